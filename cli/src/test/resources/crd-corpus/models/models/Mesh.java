package models;

import io.fabric8.istio.api.api.networking.v1alpha3.DestinationRule;
import io.fabric8.istio.api.api.networking.v1alpha3.VirtualService;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;

/** Istio's routing types, from istio-model's jar: interfaces, one-of fields, Struct and Duration. */
@Group("models.example.com")
@Version("v1")
public class Mesh extends CustomResource<Mesh.Spec, Void> implements Namespaced {
    public static class Spec {
        public VirtualService virtualService;
        public List<DestinationRule> destinationRules;
    }
}
