package dev.opctl.rbac.dependents;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.Map;

/** A kind a widget's operator creates only while its CustomResourceDefinition exists. */
@Group("dependents.opctl.dev")
@Version("v1")
public class Sprocket extends CustomResource<Map<String, Object>, Void> implements Namespaced {
}
