package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CrdVersion#capDescriptions}: controller-tools' maxDescLen, everywhere in a schema. */
class CrdVersionTest {
    private static JsonSchema described(String description) {
        return JsonSchema.ofType("string").setDescription(description);
    }

    private static JsonSchema schema() {
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        properties.put("a", described("How many replicas run."));
        properties.put("b", new JsonSchema().setType("array").setItems(described("Each item, in order.")));
        properties.put("c", new JsonSchema().setType("object").setAdditionalProperties(described("Short.")));
        properties.put("d", new JsonSchema().setAnyOf(List.of(described("Averyveryverylongword"))));
        return new JsonSchema().setType("object").setDescription("The spec of it all.").setProperties(properties);
    }

    @Test
    void descriptionsAreCutAtAWordEverywhere() {
        JsonSchema schema = schema();
        CrdVersion.capDescriptions(schema, 9);
        assertEquals("{\"description\":\"The spec...\",\"properties\":{"
                + "\"a\":{\"description\":\"How many...\",\"type\":\"string\"},"
                + "\"b\":{\"items\":{\"description\":\"Each...\",\"type\":\"string\"},\"type\":\"array\"},"
                + "\"c\":{\"additionalProperties\":{\"description\":\"Short.\",\"type\":\"string\"},"
                + "\"type\":\"object\"},"
                + "\"d\":{\"anyOf\":[{\"description\":\"Averyvery...\",\"type\":\"string\"}]}},\"type\":\"object\"}",
                schema.toString());
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // Four emoji, two UTF-16 units each: cut after three characters, not between an emoji's halves.
        JsonSchema schema = described("\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00");
        CrdVersion.capDescriptions(schema, 3);
        assertEquals("\ud83d\ude00\ud83d\ude00\ud83d\ude00...", schema.getDescription());
        JsonSchema whole = described("\ud83d\ude00\ud83d\ude00");
        CrdVersion.capDescriptions(whole, 2);
        assertEquals("\ud83d\ude00\ud83d\ude00", whole.getDescription(), "two characters fit in two");
    }

    @Test
    void zeroDropsThem() {
        JsonSchema schema = schema();
        CrdVersion.capDescriptions(schema, 0);
        assertEquals("{\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"items\":{\"type\":\"string\"},"
                + "\"type\":\"array\"},\"c\":{\"additionalProperties\":{\"type\":\"string\"},\"type\":\"object\"},"
                + "\"d\":{\"anyOf\":[{\"type\":\"string\"}]}},\"type\":\"object\"}", schema.toString());
    }
}
