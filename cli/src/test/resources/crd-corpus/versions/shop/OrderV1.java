package shop;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("shop.example.com")
@Version("v1")
@Kind("Order")
@Plural("orders")
@Singular("order")
@ShortNames({"ord", "o"})
public class OrderV1 extends CustomResource<OrderSpec, OrderStatus> implements Namespaced {
}
