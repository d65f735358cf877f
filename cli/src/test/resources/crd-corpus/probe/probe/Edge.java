package probe;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("edge.probe.io")
@Version("v1")
public class Edge extends CustomResource<EdgeSpec, Void> {
}
