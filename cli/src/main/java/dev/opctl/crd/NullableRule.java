package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code @Nullable}: {@code nullable: true}. */
final class NullableRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        if (target.find(Annotations.FABRIC8_GENERATOR + "Nullable").isPresent()) {
            schema.put("nullable", true);
        }
    }
}
