package probe;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("misc.probe.io")
@Version("v1")
public class Misc extends CustomResource<MiscSpec, Void> {
    public boolean isPaused() {
        return false;
    }
}
