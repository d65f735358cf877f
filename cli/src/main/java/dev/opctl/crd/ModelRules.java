package dev.opctl.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What fabric8's generator annotations and Jackson's defaults add to a property's schema, read
 * from the declaration model: one rule per family (bounds, pattern and size, default values,
 * validation rules), each by the kind of schema the property's type has.
 */
final class ModelRules {
    private static final String G = Annotations.FABRIC8_GENERATOR;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** For default values only: made when a type has one, as an ObjectMapper is slow to set up. */
    private static final class Readers {
        static final ObjectMapper JSON_READER = new ObjectMapper();
        static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());
    }

    private ModelRules() {
    }

    /**
     * {@code @Min}/{@code @Max} on numbers, {@code @Pattern} and {@code @Size} on strings,
     * {@code @Size} on arrays and objects.
     */
    static void constraints(String kind, Function<String, Optional<AnnotationUse>> find, ObjectNode schema) {
        Optional<AnnotationUse> size = find.apply(G + "Size");
        switch (kind) {
            case "integer", "number" -> {
                find.apply(G + "Min").ifPresent(a -> bound(schema, a, "minimum", "exclusiveMinimum"));
                find.apply(G + "Max").ifPresent(a -> bound(schema, a, "maximum", "exclusiveMaximum"));
            }
            case "string" -> {
                find.apply(G + "Pattern").flatMap(a -> a.string("value")).ifPresent(p -> schema.put("pattern", p));
                size.ifPresent(a -> size(schema, a, "minLength", "maxLength"));
            }
            case "array" -> size.ifPresent(a -> size(schema, a, "minItems", "maxItems"));
            case "object" -> size.ifPresent(a -> size(schema, a, "minProperties", "maxProperties"));
            default -> {
            }
        }
    }

    private static void bound(ObjectNode schema, AnnotationUse annotation, String key, String exclusiveKey) {
        annotation.number("value").ifPresent(v -> putNumber(schema, key, v));
        if (!annotation.bool("inclusive").orElse(true)) {
            schema.put(exclusiveKey, true);
        }
    }

    /** {@code @Size}: a min of 0 and a max of Long.MAX_VALUE are the defaults and are left out. */
    private static void size(ObjectNode schema, AnnotationUse annotation, String minKey, String maxKey) {
        annotation.number("min").filter(v -> v > 0).ifPresent(v -> putNumber(schema, minKey, v));
        annotation.number("max").filter(v -> v < Long.MAX_VALUE).ifPresent(v -> putNumber(schema, maxKey, v));
    }

    private static void putNumber(ObjectNode schema, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            schema.put(key, (long) value);
        } else {
            schema.put(key, value);
        }
    }

    /** {@code @ValidationRule}s, after any the schema has already. */
    static void validationRules(ObjectNode schema, List<AnnotationUse> rules) {
        if (rules.isEmpty()) {
            return;
        }
        ArrayNode list = schema.has("x-kubernetes-validations") ? (ArrayNode) schema.get("x-kubernetes-validations")
                : schema.putArray("x-kubernetes-validations");
        for (AnnotationUse a : rules) {
            ObjectNode rule = list.addObject();
            rule.put("rule", a.string("value").orElse(""));
            for (String key : List.of("message", "messageExpression", "reason", "fieldPath")) {
                a.string(key).filter(v -> !v.isEmpty()).ifPresent(v -> rule.put(key, v));
            }
            if (a.bool("optionalOldSelf").orElse(false)) {
                rule.put("optionalOldSelf", true);
            }
        }
    }

    /**
     * {@code @Default}, or Jackson's {@code @JsonProperty(defaultValue)}, as a value of the property's
     * type; {@code where} names the property for the error when {@code @Default} is not one.
     */
    static Optional<JsonNode> defaultValue(Function<String, Optional<AnnotationUse>> find, String kind, String where) {
        Optional<String> explicit = find.apply(G + "Default").flatMap(a -> a.string("value"));
        Optional<String> value = explicit.or(() -> find.apply(Annotations.JACKSON + "JsonProperty")
                .flatMap(a -> a.string("defaultValue")).filter(v -> !v.isEmpty()));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            // As fabric8 reads it: JSON when it looks like a JSON object or array, YAML otherwise.
            String text = value.get().strip();
            JsonNode parsed = (text.startsWith("{") || text.startsWith("[") ? Readers.JSON_READER : Readers.YAML_READER)
                    .readTree(value.get());
            JsonNode typed = switch (kind) {
                case "string" -> parsed.isValueNode() ? JSON.textNode(parsed.asText()) : null;
                case "integer" -> parsed.canConvertToExactIntegral() ? JSON.numberNode(parsed.longValue()) : null;
                case "number" -> parsed.isNumber() ? JSON.numberNode(parsed.doubleValue()) : null;
                case "boolean" -> parsed.isBoolean() ? parsed : null;
                default -> parsed;
            };
            if (typed == null) {
                throw new IllegalArgumentException("not a " + kind);
            }
            return Optional.of(typed);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (explicit.isEmpty()) {
                return Optional.empty(); // fabric8 ignores a JsonProperty default it cannot read
            }
            throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") is not a valid %s value; write it "
                    + "as YAML or JSON of the field's type", where, value.get(), kind));
        }
    }
}
