package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;

/**
 * {@code description}: Jackson's {@code @JsonPropertyDescription}, else the Javadoc of the first
 * member that has one (opctl's addition: fabric8 reads no Javadoc).
 */
final class DescriptionRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        Optional<AnnotationUse> jackson = target.find(Annotations.JACKSON + "JsonPropertyDescription");
        Optional<String> description = jackson.isPresent() ? jackson.get().string("value") : Optional.empty();
        if (description.isEmpty()) {
            description = target.javadoc();
        }
        if (description.isPresent()) {
            schema.setDescription(description.get());
        }
    }
}
