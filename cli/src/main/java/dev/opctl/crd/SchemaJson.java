package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The JSON form of a {@link JsonSchema}: written with every object's keys in name order, as fabric8
 * writes a CRD's schema (keywords, property names, the keys of defaults and enum values, of
 * validation rules); read back from JSON of the keywords {@link JsonSchema} knows, any other one an
 * error. Numbers are written as they are held, so an integer stays one.
 */
final class SchemaJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaJson() {
    }

    /** {@code schema} as JSON, keywords in name order. */
    static ObjectNode write(JsonSchema s) {
        if (s.getReference() != null) {
            throw new IllegalStateException("a reference to " + s.getReference().type().name() + " was not inlined");
        }
        ObjectNode o = JSON.objectNode();
        if (s.getAdditionalProperties() != null) {
            o.set("additionalProperties", write(s.getAdditionalProperties()));
        }
        schemas(o, "allOf", s.getAllOf());
        schemas(o, "anyOf", s.getAnyOf());
        if (s.getDefault() != null) {
            o.set("default", JsonTrees.sorted(s.getDefault()));
        }
        text(o, "description", s.getDescription());
        if (s.getEnum() != null) {
            ArrayNode values = o.putArray("enum");
            s.getEnum().forEach(v -> values.add(JsonTrees.sorted(v)));
        }
        bool(o, "exclusiveMaximum", s.getExclusiveMaximum());
        bool(o, "exclusiveMinimum", s.getExclusiveMinimum());
        text(o, "format", s.getFormat());
        if (s.getItems() != null) {
            o.set("items", write(s.getItems()));
        }
        number(o, "maxItems", s.getMaxItems());
        number(o, "maxLength", s.getMaxLength());
        number(o, "maxProperties", s.getMaxProperties());
        number(o, "maximum", s.getMaximum());
        number(o, "minItems", s.getMinItems());
        number(o, "minLength", s.getMinLength());
        number(o, "minProperties", s.getMinProperties());
        number(o, "minimum", s.getMinimum());
        if (s.getNot() != null) {
            o.set("not", write(s.getNot()));
        }
        bool(o, "nullable", s.getNullable());
        schemas(o, "oneOf", s.getOneOf());
        text(o, "pattern", s.getPattern());
        if (s.getProperties() != null) {
            ObjectNode properties = o.putObject("properties");
            new TreeMap<>(s.getProperties()).forEach((name, schema) -> properties.set(name, write(schema)));
        }
        texts(o, "required", s.getRequired());
        text(o, "type", s.getType());
        bool(o, "x-kubernetes-embedded-resource", s.getEmbeddedResource());
        bool(o, "x-kubernetes-int-or-string", s.getIntOrString());
        texts(o, "x-kubernetes-list-map-keys", s.getListMapKeys());
        text(o, "x-kubernetes-list-type", s.getListType());
        text(o, "x-kubernetes-map-type", s.getMapType());
        bool(o, "x-kubernetes-preserve-unknown-fields", s.getPreserveUnknownFields());
        if (s.getValidations() != null) {
            ArrayNode rules = o.putArray("x-kubernetes-validations");
            for (JsonSchema.ValidationRule r : s.getValidations()) {
                ObjectNode rule = rules.addObject();
                text(rule, "fieldPath", r.fieldPath());
                text(rule, "message", r.message());
                text(rule, "messageExpression", r.messageExpression());
                bool(rule, "optionalOldSelf", r.optionalOldSelf());
                text(rule, "reason", r.reason());
                text(rule, "rule", r.rule());
            }
        }
        return o;
    }

    private static void text(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void bool(ObjectNode o, String key, Boolean value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void texts(ObjectNode o, String key, List<String> values) {
        if (values != null) {
            ArrayNode list = o.putArray(key);
            values.forEach(list::add);
        }
    }

    private static void schemas(ObjectNode o, String key, List<JsonSchema> values) {
        if (values != null) {
            ArrayNode list = o.putArray(key);
            values.forEach(v -> list.add(write(v)));
        }
    }

    private static void number(ObjectNode o, String key, Number value) {
        if (value instanceof Long l) {
            o.put(key, l);
        } else if (value instanceof Integer i) {
            o.put(key, i);
        } else if (value instanceof Double d) {
            o.put(key, d);
        } else if (value instanceof Float f) {
            o.put(key, f);
        } else if (value instanceof BigInteger b) {
            o.put(key, b);
        } else if (value instanceof BigDecimal b) {
            o.put(key, b);
        } else if (value != null) {
            throw new IllegalArgumentException(key + ": a " + value.getClass().getName() + " is not a JSON number");
        }
    }

    /** The schema {@code json}; {@code at} is its path, for errors. */
    static JsonSchema read(JsonNode json, String at) {
        if (!(json instanceof ObjectNode object)) {
            throw bad(at, "a schema is a JSON object, not " + json);
        }
        JsonSchema s = new JsonSchema();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            String path = at + "/" + key;
            switch (key) {
                case "type" -> s.setType(text(v, path));
                case "format" -> s.setFormat(text(v, path));
                case "description" -> s.setDescription(text(v, path));
                case "pattern" -> s.setPattern(text(v, path));
                case "properties" -> {
                    Map<String, JsonSchema> properties = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> property : object(v, path).properties()) {
                        properties.put(property.getKey(), read(property.getValue(), path + "/" + property.getKey()));
                    }
                    s.setProperties(properties);
                }
                case "required" -> s.setRequired(list(v, path, SchemaJson::text));
                case "items" -> s.setItems(read(v, path));
                case "additionalProperties" -> s.setAdditionalProperties(read(v, path));
                case "not" -> s.setNot(read(v, path));
                case "anyOf" -> s.setAnyOf(list(v, path, SchemaJson::read));
                case "oneOf" -> s.setOneOf(list(v, path, SchemaJson::read));
                case "allOf" -> s.setAllOf(list(v, path, SchemaJson::read));
                case "enum" -> s.setEnum(list(v, path, (value, p) -> value.deepCopy()));
                case "default" -> s.setDefault(v.deepCopy());
                case "minimum" -> s.setMinimum(number(v, path));
                case "maximum" -> s.setMaximum(number(v, path));
                case "exclusiveMinimum" -> s.setExclusiveMinimum(bool(v, path));
                case "exclusiveMaximum" -> s.setExclusiveMaximum(bool(v, path));
                case "minLength" -> s.setMinLength(integer(v, path));
                case "maxLength" -> s.setMaxLength(integer(v, path));
                case "minItems" -> s.setMinItems(integer(v, path));
                case "maxItems" -> s.setMaxItems(integer(v, path));
                case "minProperties" -> s.setMinProperties(integer(v, path));
                case "maxProperties" -> s.setMaxProperties(integer(v, path));
                case "nullable" -> s.setNullable(bool(v, path));
                case "x-kubernetes-preserve-unknown-fields" -> s.setPreserveUnknownFields(bool(v, path));
                case "x-kubernetes-int-or-string" -> s.setIntOrString(bool(v, path));
                case "x-kubernetes-embedded-resource" -> s.setEmbeddedResource(bool(v, path));
                case "x-kubernetes-list-type" -> s.setListType(text(v, path));
                case "x-kubernetes-list-map-keys" -> s.setListMapKeys(list(v, path, SchemaJson::text));
                case "x-kubernetes-map-type" -> s.setMapType(text(v, path));
                case "x-kubernetes-validations" -> s.setValidations(list(v, path, SchemaJson::rule));
                default -> throw bad(path, "opctl's JsonSchema has no keyword '" + key + "'");
            }
        }
        return s;
    }

    private static JsonSchema.ValidationRule rule(JsonNode json, String at) {
        String rule = null;
        String message = null;
        String messageExpression = null;
        String reason = null;
        String fieldPath = null;
        Boolean optionalOldSelf = null;
        for (Map.Entry<String, JsonNode> e : object(json, at).properties()) {
            String path = at + "/" + e.getKey();
            switch (e.getKey()) {
                case "rule" -> rule = text(e.getValue(), path);
                case "message" -> message = text(e.getValue(), path);
                case "messageExpression" -> messageExpression = text(e.getValue(), path);
                case "reason" -> reason = text(e.getValue(), path);
                case "fieldPath" -> fieldPath = text(e.getValue(), path);
                case "optionalOldSelf" -> optionalOldSelf = bool(e.getValue(), path);
                default -> throw bad(path, "a validation rule has no key '" + e.getKey() + "'");
            }
        }
        return new JsonSchema.ValidationRule(rule, message, messageExpression, reason, fieldPath, optionalOldSelf);
    }

    private static ObjectNode object(JsonNode json, String at) {
        if (json instanceof ObjectNode object) {
            return object;
        }
        throw bad(at, "not a JSON object: " + json);
    }

    private static <T> List<T> list(JsonNode json, String at, BiFunction<JsonNode, String, T> item) {
        if (!json.isArray()) {
            throw bad(at, "not a JSON array: " + json);
        }
        List<T> list = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            list.add(item.apply(json.get(i), at + "/" + i));
        }
        return list;
    }

    private static String text(JsonNode json, String at) {
        return checked(json, JsonNode::isTextual, at, "a string").textValue();
    }

    private static Boolean bool(JsonNode json, String at) {
        return checked(json, JsonNode::isBoolean, at, "a boolean").booleanValue();
    }

    private static Number number(JsonNode json, String at) {
        return checked(json, JsonNode::isNumber, at, "a number").numberValue();
    }

    private static Long integer(JsonNode json, String at) {
        return checked(json, j -> j.isIntegralNumber() && j.canConvertToLong(), at, "an integer").longValue();
    }

    private static JsonNode checked(JsonNode json, Predicate<JsonNode> test, String at, String what) {
        if (!test.test(json)) {
            throw bad(at, "not " + what + ": " + json);
        }
        return json;
    }

    private static IllegalArgumentException bad(String at, String message) {
        return new IllegalArgumentException((at.isEmpty() ? "/" : at) + ": " + message);
    }
}
