package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.engine.OpctlException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code @Min} and {@code @Max} on numbers: {@code minimum}, {@code maximum}, and their exclusive flags. */
final class BoundsRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        apply(target.finder(), target.kind(), schema, target.where());
    }

    /** The bounds {@code find} finds on a value of this kind; {@code where} names it in errors. */
    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, JsonSchema schema, String where) {
        if (kind.equals("integer") || kind.equals("number")) {
            bound(find.apply(Annotations.FABRIC8_GENERATOR + "Min"), "Min", schema::setMinimum,
                    schema::setExclusiveMinimum, where);
            bound(find.apply(Annotations.FABRIC8_GENERATOR + "Max"), "Max", schema::setMaximum,
                    schema::setExclusiveMaximum, where);
        }
    }

    private static void bound(Optional<AnnotationUse> found, String name, Consumer<Number> bound,
            Consumer<Boolean> exclusive, String where) {
        if (found.isEmpty()) {
            return;
        }
        AnnotationUse annotation = found.get();
        Optional<Double> value = annotation.number("value");
        if (value.isPresent() && !Double.isFinite(value.get())) {
            // YAML would read NaN or Infinity as text, and the API server refuses a bound that is no number.
            throw OpctlException.invalidInput(String.format("%s: @%s(%s) is no finite number, which a CRD's bound "
                    + "must be; write one, or remove it", where, name, value.get()));
        }
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
