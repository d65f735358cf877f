package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Function;

/** {@code @Min} and {@code @Max} on numbers: {@code minimum}, {@code maximum}, and their exclusive flags. */
final class BoundsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        apply(target.finder(), target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, ObjectNode schema) {
        if (kind.equals("integer") || kind.equals("number")) {
            bound(schema, find.apply(Annotations.FABRIC8_GENERATOR + "Min"), "minimum", "exclusiveMinimum");
            bound(schema, find.apply(Annotations.FABRIC8_GENERATOR + "Max"), "maximum", "exclusiveMaximum");
        }
    }

    private static void bound(ObjectNode schema, Optional<AnnotationUse> found, String key, String exclusiveKey) {
        if (found.isEmpty()) {
            return;
        }
        AnnotationUse annotation = found.get();
        Optional<Double> value = annotation.number("value");
        if (value.isPresent()) {
            putNumber(schema, key, value.get());
        }
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
