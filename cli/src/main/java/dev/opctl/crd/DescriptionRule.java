package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code description}: Jackson's {@code @JsonPropertyDescription}, else the Javadoc of the first
 * member that has one (opctl's addition: fabric8 reads no Javadoc).
 */
final class DescriptionRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        target.find(Annotations.JACKSON + "JsonPropertyDescription").flatMap(a -> a.string("value"))
                .or(target::javadoc).ifPresent(d -> schema.put("description", d));
    }
}
