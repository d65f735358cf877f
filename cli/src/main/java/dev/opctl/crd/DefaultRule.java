package dev.opctl.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.engine.OpctlException;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code default}: fabric8's {@code @Default}, or Jackson's {@code @JsonProperty(defaultValue)}, read
 * as fabric8 reads it (JSON when it looks like an object or array, YAML otherwise) and as a value of
 * the property's kind. A {@code @Default} that is not one is an error; a Jackson default is then left out.
 */
final class DefaultRule implements SchemaRule {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Made when a type has a default, as an ObjectMapper is slow to set up. */
    private static final class Readers {
        static final ObjectMapper JSON_READER = new ObjectMapper();
        static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());
    }

    @Override
    public void apply(SchemaTarget target, JsonSchema schema) {
        Optional<JsonNode> value = value(target.finder(), target.kind(), target.where());
        if (value.isPresent()) {
            schema.setDefault(value.get());
        }
    }

    /** The default of a property of this kind; {@code where} names it for the error. */
    static Optional<JsonNode> value(Function<String, Optional<AnnotationUse>> find, String kind, String where) {
        Optional<String> explicit = find.apply(Annotations.FABRIC8_GENERATOR + "Default")
                .flatMap(a -> a.string("value"));
        Optional<String> value = explicit.or(() -> find.apply(Annotations.JACKSON + "JsonProperty")
                .flatMap(a -> a.string("defaultValue")).filter(v -> !v.isEmpty()));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
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
