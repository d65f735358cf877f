package dev.opctl.crd;

/** {@code @PreserveUnknownFields} on a property, a type or a superclass: keep unknown fields. */
final class PreserveUnknownFieldsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        if (target.find(Annotations.FABRIC8_CRD + "PreserveUnknownFields").isPresent()) {
            schema.setPreserveUnknownFields(true);
        }
    }
}
