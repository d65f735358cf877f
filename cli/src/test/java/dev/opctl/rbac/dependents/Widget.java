package dev.opctl.rbac.dependents;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.Map;

/** The primary kind of the operators here: its spec has {@code size} (a number) and {@code enabled}. */
@Group("dependents.opctl.dev")
@Version("v1")
public class Widget extends CustomResource<Map<String, Object>, Map<String, Object>> implements Namespaced {
    /** The spec's {@code size}, 0 when it has none. */
    public int size() {
        return getSpec() != null && getSpec().get("size") instanceof Number n ? n.intValue() : 0;
    }

    /** The spec's {@code enabled}, false when it has none. */
    public boolean enabled() {
        return getSpec() != null && Boolean.TRUE.equals(getSpec().get("enabled"));
    }

    /** Metadata of an object named as the widget plus {@code suffix}, in its namespace. */
    public ObjectMeta owned(String suffix) {
        return new ObjectMetaBuilder().withName(getMetadata().getName() + suffix)
                .withNamespace(getMetadata().getNamespace()).build();
    }
}
