package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code @Min} and {@code @Max} on numbers: {@code minimum}, {@code maximum}, and their exclusive flags. */
final class BoundsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        apply(target.finder(), target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, JsonSchema schema) {
        if (kind.equals("integer") || kind.equals("number")) {
            bound(find.apply(Annotations.FABRIC8_GENERATOR + "Min"), schema::setMinimum, schema::setExclusiveMinimum);
            bound(find.apply(Annotations.FABRIC8_GENERATOR + "Max"), schema::setMaximum, schema::setExclusiveMaximum);
        }
    }

    private static void bound(Optional<AnnotationUse> found, Consumer<Number> bound, Consumer<Boolean> exclusive) {
        if (found.isEmpty()) {
            return;
        }
        AnnotationUse annotation = found.get();
        Optional<Double> value = annotation.number("value");
        if (value.isPresent()) {
            bound.accept(number(value.get()));
        }
        if (!annotation.bool("inclusive").orElse(true)) {
            exclusive.accept(true);
        }
    }

    /** A whole number as an integer ({@code Long}), as fabric8 writes it; others as they are. */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
