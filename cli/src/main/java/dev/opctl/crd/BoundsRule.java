package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Function;

/** {@code @Min} and {@code @Max} on numbers: {@code minimum}, {@code maximum}, and their exclusive flags. */
final class BoundsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        apply(target::find, target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, ObjectNode schema) {
        if (kind.equals("integer") || kind.equals("number")) {
            find.apply(Annotations.FABRIC8_GENERATOR + "Min").ifPresent(a -> bound(schema, a, "minimum",
                    "exclusiveMinimum"));
            find.apply(Annotations.FABRIC8_GENERATOR + "Max").ifPresent(a -> bound(schema, a, "maximum",
                    "exclusiveMaximum"));
        }
    }

    private static void bound(ObjectNode schema, AnnotationUse annotation, String key, String exclusiveKey) {
        annotation.number("value").ifPresent(v -> putNumber(schema, key, v));
        if (!annotation.bool("inclusive").orElse(true)) {
            schema.put(exclusiveKey, true);
        }
    }

    /** A whole number as an integer, as fabric8 writes it; others as they are. */
    static void putNumber(ObjectNode schema, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            schema.put(key, (long) value);
        } else {
            schema.put(key, value);
        }
    }
}
