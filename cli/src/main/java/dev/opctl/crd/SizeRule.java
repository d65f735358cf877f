package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.AnnotationUse;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code @Size}: {@code minLength}/{@code maxLength} on strings, {@code minItems}/{@code maxItems}
 * on arrays, {@code minProperties}/{@code maxProperties} on objects. A min of 0 and a max of
 * {@code Long.MAX_VALUE} are the defaults and are left out.
 */
final class SizeRule implements SchemaRule {
    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        apply(target.finder(), target.kind(), schema);
    }

    static void apply(Function<String, Optional<AnnotationUse>> find, String kind, ObjectNode schema) {
        String[] keys = switch (kind) {
            case "string" -> new String[] {"minLength", "maxLength"};
            case "array" -> new String[] {"minItems", "maxItems"};
            case "object" -> new String[] {"minProperties", "maxProperties"};
            default -> null;
        };
        if (keys == null) {
            return;
        }
        Optional<AnnotationUse> size = find.apply(Annotations.FABRIC8_GENERATOR + "Size");
        if (size.isEmpty()) {
            return;
        }
        double min = size.get().number("min").orElse(0.0);
        double max = size.get().number("max").orElse((double) Long.MAX_VALUE);
        if (min > 0) {
            BoundsRule.putNumber(schema, keys[0], min);
        }
        if (max < Long.MAX_VALUE) {
            BoundsRule.putNumber(schema, keys[1], max);
        }
    }
}
