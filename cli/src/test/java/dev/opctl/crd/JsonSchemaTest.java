package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.TypeUse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonSchema}: its JSON form (keys in name order, numbers as held), reading it back, copies. */
class JsonSchemaTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static JsonNode json(String text) throws IOException {
        return JsonTrees.read(text);
    }

    /** A schema with every keyword set, each added in an order other than its name's. */
    private static JsonSchema everything() throws IOException {
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        properties.put("zeta", JsonSchema.ofType("string"));
        properties.put("Alpha", JsonSchema.ofType("integer"));
        properties.put("alpha", JsonSchema.ofType("boolean"));
        return new JsonSchema()
                .setValidations(List.of(new JsonSchema.ValidationRule("self.a > 0", "positive", "'a: ' + self.a",
                        "FieldValueInvalid", ".a", true)))
                .setType("object").setPreserveUnknownFields(true).setMapType("granular").setListType("map")
                .setListMapKeys(List.of("name", "key")).setIntOrString(true).setEmbeddedResource(true)
                .setRequired(List.of("zeta", "alpha")).setProperties(properties).setPattern("^a")
                .setOneOf(List.of(JsonSchema.ofType("string"))).setNullable(false).setNot(JsonSchema.ofType("null"))
                .setMinimum(1L).setMinProperties(1L).setMinLength(2L).setMinItems(3L).setMaximum(2.5)
                .setMaxProperties(4L).setMaxLength(5L).setMaxItems(6L).setItems(JsonSchema.ofType("string"))
                .setFormat("int32").setExclusiveMinimum(true).setExclusiveMaximum(false)
                .setEnum(List.of(JSON.textNode("b"), json("{\"y\":1,\"x\":2}")))
                .setDescription("All of it.").setDefault(json("{\"b\":[{\"d\":1,\"c\":2}],\"a\":null}"))
                .setAnyOf(List.of(JsonSchema.ofType("integer"), JsonSchema.ofType("string")))
                .setAllOf(List.of(new JsonSchema().setDescription("all")))
                .setAdditionalProperties(JsonSchema.ofType("string").setFormat("byte"));
    }

    @Test
    void aReferenceLeftUninlinedIsNeverWrittenAsAnObject() {
        JsonSchema reference = JsonSchema.reference(new JsonSchema.Reference(Declarations.type("p.Node", Doc.NONE),
                TypeUse.Named.of("p.Node")));
        JsonSchema holder = new JsonSchema().setItems(reference).setType("array");
        IllegalStateException e = assertThrows(IllegalStateException.class, holder::toJson);
        assertEquals("a reference to p.Node was not inlined", e.getMessage());
    }

    @Test
    void keysAreWrittenInNameOrderAsCrdsListThem() throws IOException {
        JsonNode written = everything().toJson();
        List<String> keys = new ArrayList<>();
        written.properties().forEach(e -> keys.add(e.getKey()));
        assertEquals(List.of("additionalProperties", "allOf", "anyOf", "default", "description", "enum",
                "exclusiveMaximum", "exclusiveMinimum", "format", "items", "maxItems", "maxLength", "maxProperties",
                "maximum", "minItems", "minLength", "minProperties", "minimum", "not", "nullable", "oneOf", "pattern",
                "properties", "required", "type", "x-kubernetes-embedded-resource", "x-kubernetes-int-or-string",
                "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "x-kubernetes-map-type",
                "x-kubernetes-preserve-unknown-fields", "x-kubernetes-validations"), keys);
        assertEquals(JsonTrees.sorted(written).toString(), written.toString(), "every object's keys in name order");
        assertEquals("{\"Alpha\":{\"type\":\"integer\"},\"alpha\":{\"type\":\"boolean\"},\"zeta\":{\"type\":"
                + "\"string\"}}", written.get("properties").toString());
        assertEquals("[\"zeta\",\"alpha\"]", written.get("required").toString(), "required as given");
        assertEquals("{\"a\":null,\"b\":[{\"c\":2,\"d\":1}]}", written.get("default").toString());
        assertEquals("[\"b\",{\"x\":2,\"y\":1}]", written.get("enum").toString());
        assertEquals("[{\"fieldPath\":\".a\",\"message\":\"positive\",\"messageExpression\":\"'a: ' + self.a\","
                + "\"optionalOldSelf\":true,\"reason\":\"FieldValueInvalid\",\"rule\":\"self.a > 0\"}]",
                written.get("x-kubernetes-validations").toString());
    }

    @Test
    void numbersAreWrittenAsHeld() {
        assertEquals("{\"maximum\":10.0,\"minimum\":10}", new JsonSchema().setMinimum(10L).setMaximum(10.0)
                .toString());
        assertEquals("{\"maximum\":1.5,\"minimum\":-3}", new JsonSchema().setMinimum(BoundsRule.number(-3.0))
                .setMaximum(BoundsRule.number(1.5)).toString());
        assertEquals("{\"maxLength\":9007199254740993}", new JsonSchema().setMaxLength(9007199254740993L).toString());
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        String written = everything().toString();
        assertEquals(written, JsonSchema.fromJson(json(written)).toString());
        String integers = "{\"maximum\":3,\"minimum\":2147483648,\"type\":\"integer\"}";
        assertEquals(integers, JsonSchema.fromJson(json(integers)).toString());
        assertEquals(2147483648L, JsonSchema.fromJson(json(integers)).getMinimum());
    }

    @Test
    void anUnknownKeywordOrAWrongValueIsAnError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> JsonSchema.fromJson(
                json("{\"properties\":{\"a\":{\"items\":{\"$ref\":\"#/x\"}}}}")));
        assertEquals("/properties/a/items/$ref: opctl's JsonSchema has no keyword '$ref'", unknown.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> JsonSchema.fromJson(
                json("{\"minLength\":1.5}")));
        assertEquals("/minLength: not an integer: 1.5", wrong.getMessage());
        IllegalArgumentException boolForm = assertThrows(IllegalArgumentException.class, () -> JsonSchema.fromJson(
                json("{\"additionalProperties\":true}")));
        assertEquals("/additionalProperties: a schema is a JSON object, not true", boolForm.getMessage());
    }

    @Test
    void aCopyIsDeep() throws IOException {
        JsonSchema original = everything();
        String before = original.toString();
        JsonSchema copy = original.copy();
        assertEquals(before, copy.toString());
        copy.getProperties().get("zeta").setFormat("date");
        copy.getItems().setType("integer");
        copy.getAnyOf().get(0).setDescription("changed");
        ((ObjectNode) copy.getDefault()).put("a", 1);
        copy.getRequired().add("more");
        assertEquals(before, original.toString());
    }
}
