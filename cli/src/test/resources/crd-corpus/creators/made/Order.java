package made;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Jackson's creators: the annotations of the parameters of the one it picks join the properties they name. */
@Group("creators.example.com")
@Version("v1")
public class Order extends CustomResource<OrderSpec, Void> implements Namespaced {
}
