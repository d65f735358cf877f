package conv;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Jackson's converters: what Jackson writes is what they return. */
@Group("converters.example.com")
@Version("v1")
public class Meter extends CustomResource<MeterSpec, Void> implements Namespaced {
}
