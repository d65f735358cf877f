package dev.opctl.crd;

/** {@code @Nullable}: {@code nullable: true}. */
final class NullableRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        if (target.find(Annotations.FABRIC8_GENERATOR + "Nullable").isPresent()) {
            schema.setNullable(true);
        }
    }
}
