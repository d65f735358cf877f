package dev.opctl.crd;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.TreeSet;

/**
 * JSON text as a Jackson tree, node for node what {@code ObjectMapper.readTree} gives (numbers by
 * their size, a repeated key's last value, anything after the first value ignored), read with the
 * streaming parser alone. An {@code ObjectMapper} costs 100 ms to set up in a fresh JVM, most of
 * it for features a tree reader never uses (date formats pull in every locale), and
 * {@code generate} runs in fresh JVMs.
 */
final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    static JsonNode read(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return value(parser, parser.nextToken());
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            return NODES.missingNode();
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("unexpected " + token + " in JSON");
        };
    }

    /** A copy of a schema with the keys of every object sorted, as fabric8 writes them. */
    static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            TreeSet<String> keys = new TreeSet<>();
            object.fieldNames().forEachRemaining(keys::add);
            ObjectNode sorted = NODES.objectNode();
            for (String key : keys) {
                sorted.set(key, sorted(object.get(key)));
            }
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
