package acme.api;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Constraints where fabric8's generator applies them, and where it leaves them out (opctl says so). */
@Group("policy.acme.io")
@Version("v1")
public class Gate extends CustomResource<GateSpec, Void> {
}
