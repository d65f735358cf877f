package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;

/**
 * {@code description}: Jackson's {@code @JsonPropertyDescription} (of a class, its
 * {@code @JsonClassDescription}), else the Javadoc of the first member that has one (opctl's
 * additions: fabric8 7.5.2 reads neither Javadoc nor {@code @JsonClassDescription}).
 */
final class DescriptionRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        Optional<AnnotationUse> jackson = target.find(Annotations.JACKSON + "JsonPropertyDescription")
                .or(() -> target.find(Annotations.JACKSON + "JsonClassDescription"));
        Optional<String> description = jackson.isPresent() ? jackson.get().string("value") : Optional.empty();
        if (description.isEmpty()) {
            description = target.javadoc();
        }
        if (description.isPresent()) {
            schema.setDescription(description.get());
        }
    }
}
