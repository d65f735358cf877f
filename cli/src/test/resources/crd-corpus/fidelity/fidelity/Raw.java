package fidelity;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("fidelity.example.com")
@Version("v1")
@SuppressWarnings("rawtypes")
public class Raw extends CustomResource implements Namespaced {
}
