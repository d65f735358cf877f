package probegen;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("gen.probe.io")
@Version("v1")
public class Gen extends CustomResource<GenSpec, Void> {
}
