package probe;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Cluster-scoped. */
@Group("bundle.probe.io")
@Version("v1")
public class Bundle extends CustomResource<BundleSpec, BundleStatus> {
}
