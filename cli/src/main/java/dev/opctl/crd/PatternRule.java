package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Function;

/** {@code @Pattern} on strings: {@code pattern}. */
final class PatternRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        apply(target.finder(), target.kind(), schema, target.where());
    }

    /** The pattern, one the API server accepts ({@link Re2Patterns}); {@code where} names it in errors. */
    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, JsonSchema schema, String where) {
        if (kind.equals("string")) {
            Optional<String> pattern = find.apply(Annotations.FABRIC8_GENERATOR + "Pattern")
                    .flatMap(a -> a.string("value"));
            if (pattern.isPresent()) {
                Re2Patterns.require(pattern.get(), where);
                schema.setPattern(pattern.get());
            }
        }
    }
}
