package probe;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("tricky.probe.io")
@Version("v1")
public class Tricky extends CustomResource<TrickySpec, Void> {
}
