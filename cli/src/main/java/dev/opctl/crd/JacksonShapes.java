package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * What Jackson's {@code @JsonFormat(shape = ...)} and {@code @JsonValue} do to a schema, as fabric8's
 * generator (which asks Jackson) writes it: a number or boolean written as a STRING is a string; a
 * boolean, an enum (unless it has a {@code @JsonValue}) or a Duration written as a NUMBER is an
 * integer, an instant a number (NUMBER_INT: integer milliseconds).
 */
final class JacksonShapes {
    static final String JSON_FORMAT = Annotations.JACKSON + "JsonFormat";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> SCALARS = Set.of("integer", "number", "boolean");

    private JacksonShapes() {
    }

    /**
     * What a shape applies to: the Java type of a property's value, or of its elements when it is an
     * array, collection or map, and whether that is an enum whose values come from {@code @JsonValue}.
     */
    record Content(String javaType, boolean enumWithJsonValue) {
    }

    /**
     * The schema of a property whose {@code @JsonFormat} has shape {@code shape}; the elements of an
     * array and the values of a map take the shape, as Jackson applies a property's format to its contents.
     */
    static ObjectNode shaped(ObjectNode schema, String shape, Content content) {
        String type = schema.path("type").asText();
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.get(nested) instanceof ObjectNode elements) {
                ObjectNode container = schema.deepCopy();
                container.set(nested, shaped(elements, shape, content));
                return container;
            }
        }
        if (shape.equals("STRING") && SCALARS.contains(type)) {
            return scalar("string", null);
        }
        if (shape.startsWith("NUMBER")) {
            if (type.equals("boolean") || schema.has("enum") && !content.enumWithJsonValue()
                    || content.javaType().equals("java.time.Duration")) {
                return scalar("integer", null);
            }
            if (type.equals("string") && schema.path("format").asText().equals("date-time")) {
                return shape.equals("NUMBER_INT") ? scalar("integer", "utc-millisec") : scalar("number", null);
            }
        }
        return schema;
    }

    private static ObjectNode scalar(String type, String format) {
        ObjectNode schema = JSON.objectNode();
        if (format != null) {
            schema.put("format", format);
        }
        schema.put("type", type);
        return schema;
    }
}
