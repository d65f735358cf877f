package dev.opctl.crd;

import dev.opctl.engine.OpctlException;

/** {@code @PreserveUnknownFields} on a property, a type or a superclass: keep unknown fields. */
final class PreserveUnknownFieldsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        if (target.find(Annotations.FABRIC8_CRD + "PreserveUnknownFields").isPresent()) {
            if (Boolean.TRUE.equals(schema.getIntOrString())) {
                throw OpctlException.invalidInput(String.format("%s: @PreserveUnknownFields on an int-or-string "
                        + "(IntOrString) value, which the API server refuses (x-kubernetes-preserve-unknown-fields "
                        + "must be false where x-kubernetes-int-or-string is true); remove it", target.where()));
            }
            schema.setPreserveUnknownFields(true);
        }
    }
}
