package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of fabric8's annotations, as javac takes them: one an annotation does not have
 * ({@code @Max(value = 3, foo = 1)}), or a value of another kind ({@code @Max("ten")}), is an error
 * of the property or type it is on, each said ({@link Fabric8Attributes} words them), not of the
 * type that declares it, whose other properties are built and checked.
 */
final class AttributesRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        List<OpctlException> errors = new ArrayList<>();
        for (Annotated member : target.members()) {
            for (AnnotationUse annotation : member.annotations()) {
                try {
                    annotation.requireValid();
                } catch (OpctlException e) {
                    TypeErrors.record(errors, e);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw TypeErrors.together(errors);
        }
    }
}
