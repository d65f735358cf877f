package relay;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("jackson.example.com")
@Version("v1")
public class Relay extends CustomResource<RelaySpec, Void> implements Namespaced {
}
