package gear;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("lombok.example.com")
@Version("v1")
public class Gear extends CustomResource<GearSpec, GearStatus> implements Namespaced {
}
