package dev.opctl.crd;

import java.util.Objects;
import java.util.Set;

/**
 * What Jackson's {@code @JsonFormat(shape = ...)} and {@code @JsonValue} do to a schema, as fabric8's
 * generator (which asks Jackson) writes it: a number or boolean written as a STRING is a string; a
 * boolean, an enum (unless it has a {@code @JsonValue}) or a Duration written as a NUMBER is an
 * integer, an instant a number (NUMBER_INT: integer milliseconds).
 */
final class JacksonShapes {
    static final String JSON_FORMAT = Annotations.JACKSON + "JsonFormat";
    private static final Set<String> SCALARS = Set.of("integer", "number", "boolean");
    /**
     * Where Jackson's serializer takes no shape: the elements of an array of primitives ({@code int[]}, and in
     * {@code List<int[]>}), written by its own array serializers, and the atomic numbers.
     */
    static final Set<String> IGNORING = Set.of("int[]", "long[]", "short[]", "double[]", "float[]", "boolean[]",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong");

    private JacksonShapes() {
    }

    /**
     * What a shape applies to: the Java type of a property's value, or of its elements when it is an
     * array, collection or map; whether that is an enum whose values come from {@code @JsonValue};
     * and, for an enum its own {@code @JsonFormat} writes as an object, its schema as constants.
     */
    record Content(String javaType, boolean enumWithJsonValue, JsonSchema enumConstants) {
    }

    /**
     * The schema of a property whose {@code @JsonFormat} has shape {@code shape}; the elements of an
     * array and the values of a map take the shape, as Jackson applies a property's format to its contents.
     */
    static JsonSchema shaped(JsonSchema schema, String shape, Content content) {
        if (IGNORING.contains(content.javaType())) {
            return schema;
        }
        if (content.enumConstants() != null && schema.getItems() == null && schema.getAdditionalProperties() == null) {
            // A property's shape undoes its enum's own OBJECT shape (for its elements too).
            return shaped(content.enumConstants(), shape, new Content(content.javaType(), false, null));
        }
        String type = Objects.toString(schema.getType(), "");
        if (schema.getItems() != null) {
            return schema.copy().setItems(shaped(schema.getItems(), shape, content));
        }
        if (schema.getAdditionalProperties() != null) {
            return schema.copy().setAdditionalProperties(shaped(schema.getAdditionalProperties(), shape, content));
        }
        if (shape.equals("STRING") && SCALARS.contains(type)) {
            return scalar("string", null);
        }
        if (shape.startsWith("NUMBER")) {
            if (type.equals("boolean") || schema.getEnum() != null && !content.enumWithJsonValue()
                    || content.javaType().equals("java.time.Duration")) {
                return scalar("integer", null);
            }
            if (type.equals("string") && "date-time".equals(schema.getFormat())) {
                return shape.equals("NUMBER_INT") ? scalar("integer", "utc-millisec") : scalar("number", null);
            }
        }
        return schema;
    }

    private static JsonSchema scalar(String type, String format) {
        return JsonSchema.ofType(type).setFormat(format);
    }
}
