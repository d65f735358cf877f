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
        apply(target::find, target.kind(), schema);
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
        find.apply(Annotations.FABRIC8_GENERATOR + "Size").ifPresent(a -> {
            a.number("min").filter(v -> v > 0).ifPresent(v -> BoundsRule.putNumber(schema, keys[0], v));
            a.number("max").filter(v -> v < Long.MAX_VALUE).ifPresent(v -> BoundsRule.putNumber(schema, keys[1], v));
        });
    }
}
