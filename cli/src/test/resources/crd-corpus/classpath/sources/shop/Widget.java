package shop;

import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("shop.example.com")
@Version("v1")
@SchemaSwap(originalType = org.lib.Display.class, fieldName = "replaced", targetType = String.class)
public class Widget extends CustomResource<WidgetSpec, WidgetStatus> implements Namespaced {
}
