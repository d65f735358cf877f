package acme.api;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("policy.acme.io")
@Version("v1beta1")
public class Policy extends CustomResource<PolicySpec, PolicyStatus> {
}
