package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Function;

/** {@code @Pattern} on strings: {@code pattern}. */
final class PatternRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        apply(target.finder(), target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, JsonSchema schema) {
        if (kind.equals("string")) {
            find.apply(Annotations.FABRIC8_GENERATOR + "Pattern").flatMap(a -> a.string("value"))
                    .ifPresent(schema::setPattern);
        }
    }
}
