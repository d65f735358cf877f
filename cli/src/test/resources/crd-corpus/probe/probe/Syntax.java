package probe;

import static probe.Constants.MAX_REPLICAS;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("syntax.probe.io")
@Version("v1")
public class Syntax extends CustomResource<SyntaxSpec, Void> {
    static {
        int unused = MAX_REPLICAS;
    }
}
