package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Function;

/** {@code @Pattern} on strings: {@code pattern}. */
final class PatternRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        apply(target.finder(), target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, ObjectNode schema) {
        if (kind.equals("string")) {
            find.apply(Annotations.FABRIC8_GENERATOR + "Pattern").flatMap(a -> a.string("value"))
                    .ifPresent(p -> schema.put("pattern", p));
        }
    }
}
