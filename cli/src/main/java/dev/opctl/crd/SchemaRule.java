package dev.opctl.crd;

/**
 * One family of annotations or marker comments and what it adds to a schema, as fabric8's
 * generator (or, for markers, controller-tools) writes it. {@link ModelRules} lists them in the
 * order they apply.
 */
interface SchemaRule {
    /**
     * Adds to {@code schema} what the target's annotations or markers of this family ask for.
     *
     * @throws dev.opctl.engine.OpctlException (invalid input) naming {@link SchemaTarget#where()} when they are wrong
     */
    void apply(SchemaTarget target, JsonSchema schema);
}
