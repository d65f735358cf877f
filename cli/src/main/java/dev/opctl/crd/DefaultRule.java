package dev.opctl.crd;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code default}: fabric8's {@code @Default}, or Jackson's {@code @JsonProperty(defaultValue)}, read
 * as fabric8 reads it (JSON when it looks like an object or array, YAML otherwise) and as a value of
 * the property's kind, as Jackson reads it into the field ({@code "+1"} on an {@code int} is 1,
 * {@code "TRUE"} on a {@code boolean} true; a date-time as Jackson writes it, {@link JdkDefaults}), and one
 * of an enum's values. A {@code @Default} that is
 * not one is an error; a Jackson default is then left out.
 */
final class DefaultRule implements SchemaRule {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String QUANTITY = KnownTypes.KUBERNETES_MODEL + "Quantity";
    private static final Pattern JSON_SCALAR = Pattern.compile("null|true|false|-?(0|[1-9][0-9]*)(\\.[0-9]+)?"
            + "([eE][-+]?[0-9]+)?");
    /** Text Jackson reads as an integer ({@code +1}) or a decimal number ({@code .5}, {@code 1.}). */
    private static final Pattern INTEGER_TEXT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER_TEXT = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    /** Text Jackson reads as a boolean. */
    private static final List<String> TRUE = List.of("true", "True", "TRUE");
    private static final List<String> FALSE = List.of("false", "False", "FALSE");

    /** Made when a type has a default, as an ObjectMapper is slow to set up. */
    private static final class Readers {
        static final ObjectMapper JSON_READER = new ObjectMapper();
        static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());
    }

    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        Optional<JsonNode> parsed = value(target.finder(), target.kind(), javaType(target), target.where());
        if (parsed.isEmpty()) {
            return;
        }
        JsonNode value = parsed.get();
        if (value.isNumber() && isQuantity(target)) {
            value = JSON.textNode(value.asText()); // a Quantity is text to Jackson: fabric8 writes "1", "1000.0"
        }
        // An enum's default must be one of its values: fabric8 refuses another, the API server too.
        List<JsonNode> values = schema.getEnum();
        JsonNode given = value;
        if (values != null && values.stream().noneMatch(v -> same(v, given))) {
            if (target.find(Annotations.FABRIC8_GENERATOR + "Default").isEmpty()) {
                return; // a Jackson default: left out, as fabric8 leaves it (leftOut says so)
            }
            throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") is not one of the enum's values "
                    + "(%s); write one of them", target.where(), value.asText(), values.stream()
                            .map(JsonNode::asText).collect(Collectors.joining(", "))));
        }
        // A list's, a map's or an object's default, which the API server validates by its schema: one of another
        // shape is refused (fabric8 writes it, and the API server refuses the CRD).
        if (target.find(Annotations.FABRIC8_GENERATOR + "Default").isPresent() && (value.isContainerNode()
                || "array".equals(schema.getType()) || "object".equals(schema.getType()))) {
            try {
                value = fit(value, schema, "");
            } catch (Misfit e) {
                throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") does not fit the field's type: "
                        + "%s; write it as JSON of that type", target.where(), target.find(Annotations.FABRIC8_GENERATOR
                        + "Default").flatMap(a -> a.string("value")).orElse(""), e.getMessage()));
            }
        }
        schema.setDefault(value);
    }

    /** Why a value does not fit a schema, at a path in it. */
    private static final class Misfit extends Exception {
        private static final long serialVersionUID = 1L;

        Misfit(String path, String why) {
            super((path.isEmpty() ? "it" : path) + " " + why, null, false, false);
        }
    }

    /**
     * {@code value} at {@code path}, checked to have the shape of {@code schema} (a list's, a map's, an object's,
     * and theirs within).
     *
     * @throws Misfit where it has another: an object for a list, text for an object, a property the class has not
     */
    private static JsonNode fit(JsonNode value, JsonSchema schema, String path) throws Misfit {
        if (schema == null || schema.getType() == null || Boolean.TRUE.equals(schema.getPreserveUnknownFields())
                || Boolean.TRUE.equals(schema.getIntOrString()) || Boolean.TRUE.equals(schema.getEmbeddedResource())) {
            return value; // anything, or a kind's own object
        }
        if (value.isNull()) {
            if (Boolean.TRUE.equals(schema.getNullable())) {
                return value;
            }
            throw new Misfit(path, "is null");
        }
        JsonNode typed = switch (schema.getType()) {
            case "array" -> {
                if (!value.isArray()) {
                    throw new Misfit(path, "is not a list");
                }
                ArrayNode list = JSON.arrayNode();
                for (int i = 0; i < value.size(); i++) {
                    list.add(fit(value.get(i), schema.getItems(), path + "[" + i + "]"));
                }
                yield list;
            }
            case "object" -> {
                if (!value.isObject()) {
                    throw new Misfit(path, "is not an object");
                }
                ObjectNode object = JSON.objectNode();
                for (Map.Entry<String, JsonNode> field : value.properties()) {
                    JsonSchema of = schema.getProperties() != null && schema.getProperties().containsKey(field.getKey())
                            ? schema.getProperties().get(field.getKey()) : schema.getAdditionalProperties();
                    if (of == null) {
                        throw new Misfit(path + "." + field.getKey(), "is no property of the class");
                    }
                    object.set(field.getKey(), fit(field.getValue(), of, path + "." + field.getKey()));
                }
                yield object;
            }
            // A scalar within is written as given, as fabric8 writes it (7 in a List<String>: the API server refuses it).
            default -> value.isContainerNode() ? null : value;
        };
        if (typed == null) {
            throw new Misfit(path, "is not a" + (schema.getType().equals("integer") ? "n " : " ") + schema.getType());
        }
        return typed;
    }

    /**
     * Says (to {@code say}) where the property's Jackson default, {@code @JsonProperty(defaultValue)}, is
     * left out of {@code schema}, as the property rules made it: no value of its kind, or of its enum.
     * fabric8's generator leaves such a default out without a word (but cuts a fraction on an {@code int}).
     */
    static void leftOut(SchemaTarget target, JsonSchema schema, Consumer<String> say) {
        if (schema.getDefault() != null || target.members().isEmpty() || target.members().get(0).doc().where() == null
                || target.find(Annotations.FABRIC8_GENERATOR + "Default").isPresent()) {
            return; // written, of a class file, or @Default's (an error where it does not fit)
        }
        Optional<String> value = target.find(Annotations.JACKSON + "JsonProperty")
                .flatMap(a -> a.string("defaultValue")).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return;
        }
        String why = schema.getEnum() != null ? "is not one of the enum's values (" + schema.getEnum().stream()
                .map(JsonNode::asText).collect(Collectors.joining(", ")) + "), so the schema has no default; write one "
                + "of them" : null;
        if (why == null) {
            try {
                read(value.get(), target.kind(), javaType(target));
            } catch (NumberDefaults.Unfit e) {
                why = e.getMessage().replaceFirst(";", ", so the schema has no default;");
            } catch (IOException | IllegalArgumentException e) {
                // not of the kind: said below
            }
        }
        say.accept(String.format("%s: @JsonProperty(defaultValue = \"%s\") %s", target.where(), value.get(),
                why != null ? why : "is not a valid " + target.kind() + " value, so the schema has no default; write "
                        + "it as YAML or JSON of the field's type"));
    }

    /** Whether the property is declared a Quantity. */
    private static boolean isQuantity(SchemaTarget target) {
        return QUANTITY.equals(javaType(target));
    }

    /**
     * The name of the class or primitive type the property is declared with (by its getter, field or
     * component, whichever comes first); null for another type (a type variable, an array).
     */
    private static String javaType(SchemaTarget target) {
        for (Annotated member : target.members()) {
            TypeUse type = member instanceof FieldDeclaration f ? f.type()
                    : member instanceof RecordComponent c ? c.type()
                    : member instanceof MethodDeclaration m && m.parameters().isEmpty() ? m.returnType() : null;
            if (type != null) {
                return type instanceof TypeUse.Named named ? named.name()
                        : type instanceof TypeUse.Primitive primitive ? primitive.name() : null;
            }
        }
        return null;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.equals(b) || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    /**
     * The default of a property of this kind, declared with {@code javaType} (null when not known);
     * {@code where} names it for the error.
     */
    static Optional<JsonNode> value(Function<String, Optional<AnnotationUse>> find, String kind, String javaType,
            String where) {
        Optional<String> explicit = find.apply(Annotations.FABRIC8_GENERATOR + "Default")
                .flatMap(a -> a.string("value"));
        Optional<String> value = explicit.or(() -> find.apply(Annotations.JACKSON + "JsonProperty")
                .flatMap(a -> a.string("defaultValue")).filter(v -> !v.isEmpty()));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(value.get(), kind, javaType));
        } catch (NumberDefaults.Unfit e) {
            if (explicit.isEmpty()) {
                return Optional.empty(); // left out: leftOut says why
            }
            throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") %s", where, value.get(),
                    e.getMessage()));
        } catch (IOException | IllegalArgumentException e) {
            if (explicit.isEmpty()) {
                return Optional.empty(); // fabric8 ignores a JsonProperty default it cannot read
            }
            if (kind.equals("string") && Set.of("", "null", "Null", "NULL").contains(value.get().strip())) {
                throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") is null in YAML, no string "
                        + "(fabric8 writes default: null); for the empty string write @Default(\"''\"), or remove "
                        + "it", where, value.get()));
            }
            if (JdkDefaults.rewrites(javaType)) {
                throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") is not a value Jackson reads "
                        + "into a %s, as fabric8 does; write one as Jackson writes it (%s)", where, value.get(),
                        javaType, JdkDefaults.example(javaType)));
            }
            throw OpctlException.invalidInput(String.format("%s: @Default(\"%s\") is not a valid %s value; write it "
                    + "as YAML or JSON of the field's type", where, value.get(), kind));
        }
    }

    /**
     * {@code value} (as written in the annotation) read as JSON when it looks like an object or array,
     * as YAML otherwise, as a value of the kind.
     *
     * @throws NumberDefaults.Unfit for a number the Java type cannot hold as written
     * @throws IllegalArgumentException for a value of no such kind
     */
    private static JsonNode read(String value, String kind, String javaType) throws IOException {
        String text = value.strip();
        JsonNode parsed = text.startsWith("{") || text.startsWith("[") ? Readers.JSON_READER.readTree(text)
                : yaml(value);
        boolean numeric = parsed.isNumber() && (kind.equals("integer") || kind.equals("number"));
        JsonNode typed = typed(parsed, kind, numeric ? written(value) : null, javaType);
        if (typed == null) {
            throw new IllegalArgumentException("not a " + kind);
        }
        return kind.equals("string") ? JdkDefaults.written(typed, javaType) : typed;
    }

    /**
     * The value as Jackson reads it into a field of this kind and Java type: text that reads as a number
     * or boolean is one ({@code +1}, {@code .5}, {@code TRUE}); null when it is no value of the kind. A
     * fraction on an integer is refused, where Jackson would cut it ({@code 1.5} is 1); {@code number} is
     * the exact number a number was written as.
     */
    private static JsonNode typed(JsonNode parsed, String kind, BigDecimal number, String javaType) {
        String text = parsed.isTextual() ? parsed.textValue().strip() : null;
        return switch (kind) {
            case "string" -> parsed.isValueNode() && !parsed.isNull() ? JSON.textNode(parsed.asText()) : null;
            case "integer" -> number != null ? NumberDefaults.isIntegral(number)
                    ? NumberDefaults.integer(number.toBigIntegerExact(), javaType) : null
                    : text != null && INTEGER_TEXT.matcher(text).matches()
                    ? NumberDefaults.integer(new BigInteger(text), javaType) : null;
            case "number" -> number != null ? NumberDefaults.decimal(number, javaType)
                    : text != null && NUMBER_TEXT.matcher(text).matches()
                    ? NumberDefaults.decimal(new BigDecimal(text), javaType) : null;
            case "boolean" -> parsed.isBoolean() ? parsed : text == null ? null : TRUE.contains(text)
                    ? JSON.booleanNode(true) : FALSE.contains(text) ? JSON.booleanNode(false) : null;
            default -> parsed;
        };
    }

    /** The number a YAML scalar is written as, exactly: the JSON reader makes a double of a decimal. */
    private static BigDecimal written(String yaml) throws IOException {
        try (JsonParser parser = Readers.YAML_READER.createParser(yaml)) {
            parser.nextToken();
            return new BigDecimal(parser.getText());
        }
    }

    /**
     * YAML read as fabric8 reads it, by YAML 1.2's JSON schema: a plain scalar is a number, boolean or
     * null only when written as JSON writes one, else text as written ({@code off}, {@code 0644}).
     */
    private static JsonNode yaml(String text) throws IOException {
        try (JsonParser parser = Readers.YAML_READER.createParser(text)) {
            return parser.nextToken() == null ? JSON.missingNode() : node(parser);
        }
    }

    private static JsonNode node(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JSON.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, node(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JSON.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(node(parser));
            }
            return array;
        }
        String written = parser.getText();
        if (token == JsonToken.VALUE_STRING || !JSON_SCALAR.matcher(written).matches()) {
            return JSON.textNode(written);
        }
        return Readers.JSON_READER.readTree(written);
    }
}
