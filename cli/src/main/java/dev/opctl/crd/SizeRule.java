package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code @Size}: {@code minLength}/{@code maxLength} on strings, {@code minItems}/{@code maxItems}
 * on arrays, {@code minProperties}/{@code maxProperties} on objects. A min of 0 and a max of
 * {@code Long.MAX_VALUE} are the defaults and are left out.
 */
final class SizeRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        apply(target.finder(), target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, JsonSchema schema) {
        Consumer<Long> min;
        Consumer<Long> max;
        switch (kind) {
            case "string" -> {
                min = schema::setMinLength;
                max = schema::setMaxLength;
            }
            case "array" -> {
                min = schema::setMinItems;
                max = schema::setMaxItems;
            }
            case "object" -> {
                min = schema::setMinProperties;
                max = schema::setMaxProperties;
            }
            default -> {
                return;
            }
        }
        Optional<AnnotationUse> size = find.apply(Annotations.FABRIC8_GENERATOR + "Size");
        if (size.isEmpty()) {
            return;
        }
        double low = size.get().number("min").orElse(0.0);
        double high = size.get().number("max").orElse((double) Long.MAX_VALUE);
        if (low > 0) {
            min.accept((long) low);
        }
        if (high < Long.MAX_VALUE) {
            max.accept((long) high);
        }
    }
}
