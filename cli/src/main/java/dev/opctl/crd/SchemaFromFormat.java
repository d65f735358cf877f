package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The {@code format} of a property whose schema comes from {@code @SchemaFrom(type = ...)}: fabric8
 * keeps the format of the type the property is declared with (an {@code Instant} stays
 * {@code date-time}, a {@code LocalDate} {@code date}, whatever the replacing type) and drops the
 * replacing type's own (a {@code String} from {@code UUID} has none).
 */
final class SchemaFromFormat {
    private SchemaFromFormat() {
    }

    /** Gives {@code schema} the format of the type {@code declared} (a qualified name), or none if it has none. */
    static void keep(ObjectNode schema, String declared) {
        schema.remove("format");
        String fixed = KnownTypes.FIXED.get(declared);
        JsonNode format = fixed == null ? null : read(fixed).get("format");
        if (format != null) {
            schema.set("format", format);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JsonTrees.read(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
