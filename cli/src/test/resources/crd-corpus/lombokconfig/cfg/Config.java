package cfg;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("cfg.example.com")
@Version("v1")
public class Config extends CustomResource<ConfigSpec, Void> implements Namespaced {
}
