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
    /** Dates and times Jackson writes as an array of numbers in a NUMBER or ARRAY shape ([2024, 1, 2]). */
    private static final Set<String> FIELD_ARRAYS = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetTime", "java.time.YearMonth", "java.time.MonthDay");
    private static final Set<String> INSTANTS = Set.of("java.time.Instant", "java.time.OffsetDateTime",
            "java.time.ZonedDateTime");
    private static final Set<String> LEGACY_DATES = Set.of("java.util.Date", "java.util.Calendar",
            "java.util.GregorianCalendar", "java.sql.Timestamp", "java.sql.Date");
    /**
     * Where Jackson's serializer takes no shape: the elements of an array of primitives ({@code int[]}, and in
     * {@code List<int[]>}), written by its own array serializers (a {@code byte[]} as Base64 text whatever the
     * shape, which its schema, an array of integers as fabric8 writes it, refuses: a warning), and the atomic
     * numbers.
     */
    static final Set<String> IGNORING = Set.of("int[]", "long[]", "short[]", "double[]", "float[]", "boolean[]",
            "byte[]", "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong");

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
        // fabric8 keeps no format on elements and values (an Instant's date-time, its NUMBER_INT milliseconds).
        if (schema.getItems() != null) {
            return schema.copy().setItems(withoutFormat(shaped(schema.getItems(), shape, content)));
        }
        if (schema.getAdditionalProperties() != null) {
            return schema.copy().setAdditionalProperties(withoutFormat(shaped(schema.getAdditionalProperties(), shape,
                    content)));
        }
        if (shape.equals("STRING") && SCALARS.contains(type)) {
            return scalar("string", null);
        }
        JsonSchema time = timeShaped(content.javaType(), shape);
        if (time != null) {
            return time;
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

    /**
     * A date or time in a NUMBER or ARRAY shape, as Jackson's serializers (its Java time module's) describe
     * it to fabric8, also as an element: the local dates and times, an array of their fields' numbers; a
     * {@code Year} an integer; an instant a number (NUMBER_INT: integer milliseconds), a {@code Duration} in an
     * array an integer, a legacy date integer milliseconds. Null for another type or shape.
     */
    private static JsonSchema timeShaped(String javaType, String shape) {
        boolean number = shape.startsWith("NUMBER");
        if (!number && !shape.equals("ARRAY")) {
            return null;
        }
        if (FIELD_ARRAYS.contains(javaType)) {
            return JsonSchema.ofType("array").setItems(scalar("integer", null));
        }
        if (INSTANTS.contains(javaType)) {
            return shape.equals("NUMBER_INT") ? scalar("integer", "utc-millisec") : scalar("number", null);
        }
        if (number && LEGACY_DATES.contains(javaType)) {
            return scalar("integer", "utc-millisec");
        }
        return number && javaType.equals("java.time.Year") || javaType.equals("java.time.Duration")
                ? scalar("integer", null) : null;
    }

    private static JsonSchema withoutFormat(JsonSchema schema) {
        return schema.getFormat() == null ? schema : schema.copy().setFormat(null);
    }

    private static JsonSchema scalar(String type, String format) {
        return JsonSchema.ofType(type).setFormat(format);
    }
}
