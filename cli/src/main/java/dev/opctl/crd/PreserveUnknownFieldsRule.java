package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code @PreserveUnknownFields} on a property, a type or a superclass: keep unknown fields. */
final class PreserveUnknownFieldsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        if (target.find(Annotations.FABRIC8_CRD + "PreserveUnknownFields").isPresent()) {
            schema.put("x-kubernetes-preserve-unknown-fields", true);
        }
    }
}
