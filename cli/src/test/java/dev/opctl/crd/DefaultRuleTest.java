package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.J;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DefaultRule}: a default of the property's kind, from YAML or JSON; an error names the field. */
class DefaultRuleTest {
    private final DefaultRule rule = new DefaultRule();

    @Test
    void aDefaultOfThePropertysKind() {
        assertEquals("{\"default\":3}", apply(rule, target("n", "integer", field("n", annotation(G + "Default",
                "value", "3"))), null).toString());
        assertEquals("{\"default\":\"3\"}", apply(rule, target("n", "string", field("n", annotation(G + "Default",
                "value", "3"))), null).toString());
        assertEquals("{\"default\":{\"a\":[1,2]}}", apply(rule, target("n", "object", field("n",
                annotation(G + "Default", "value", "{\"a\": [1, 2]}"))), null).toString());
    }

    @Test
    void aWrongDefaultNamesTheField() {
        OpctlException e = assertThrows(OpctlException.class, () -> apply(rule, target("n", "integer", field("n",
                annotation(G + "Default", "value", "many"))), null));
        assertEquals("Spec.java:3: field 'n': @Default(\"many\") is not a valid integer value; write it as YAML or "
                + "JSON of the field's type", e.getMessage());
    }

    @Test
    void textIsReadAsJacksonReadsItIntoTheField() {
        assertEquals("{\"default\":1}", apply(rule, target("n", "integer", field("n", annotation(G + "Default",
                "value", "+1"))), null).toString());
        assertEquals("{\"default\":0.5}", apply(rule, target("n", "number", field("n", annotation(G + "Default",
                "value", ".5"))), null).toString());
        assertEquals("{\"default\":1.0}", apply(rule, target("n", "number", field("n", annotation(G + "Default",
                "value", "1."))), null).toString());
        assertEquals("{\"default\":true}", apply(rule, target("n", "boolean", field("n", annotation(G + "Default",
                "value", "TRUE"))), null).toString());
        assertEquals("{\"default\":false}", apply(rule, target("n", "boolean", field("n", annotation(G + "Default",
                "value", "False"))), null).toString());
        // YAML 1.2's JSON schema still: 'yes' is no boolean, a fraction no integer (Jackson would cut it to 1).
        assertThrows(OpctlException.class, () -> apply(rule, target("n", "boolean", field("n",
                annotation(G + "Default", "value", "yes"))), null));
        assertThrows(OpctlException.class, () -> apply(rule, target("n", "integer", field("n",
                annotation(G + "Default", "value", "1.5"))), null));
        assertThrows(OpctlException.class, () -> apply(rule, target("n", "integer", field("n",
                annotation(G + "Default", "value", "99999999999999999999"))), null));
    }

    @Test
    void aNullStringDefaultSaysHowToWriteTheEmptyString() {
        for (String value : new String[] {"", "null"}) {
            OpctlException e = assertThrows(OpctlException.class, () -> apply(rule, target("s", "string", field("s",
                    annotation(G + "Default", "value", value))), null));
            assertEquals("Spec.java:3: field 's': @Default(\"" + value + "\") is null in YAML, no string (fabric8 "
                    + "writes default: null); for the empty string write @Default(\"''\"), or remove it",
                    e.getMessage());
        }
        assertEquals("{\"default\":\"\"}", apply(rule, target("s", "string", field("s", annotation(G + "Default",
                "value", "''"))), null).toString());
    }

    @Test
    void anEnumsDefaultIsOneOfItsValues() {
        JsonSchema schema = new JsonSchema().setType("string").setEnum(List.of(TextNode.valueOf("fast"),
                TextNode.valueOf("slow")));
        rule.apply(target("mode", "string", field("mode", annotation(G + "Default", "value", "slow"))), schema);
        assertEquals(TextNode.valueOf("slow"), schema.getDefault());
        OpctlException e = assertThrows(OpctlException.class, () -> rule.apply(target("mode", "string",
                field("mode", annotation(G + "Default", "value", "SLOW"))), schema));
        assertEquals("Spec.java:3: field 'mode': @Default(\"SLOW\") is not one of the enum's values (fast, slow); "
                + "write one of them", e.getMessage());
        JsonSchema numbers = new JsonSchema().setType("integer").setEnum(List.of(IntNode.valueOf(1),
                IntNode.valueOf(2)));
        rule.apply(target("n", "integer", field("n", annotation(G + "Default", "value", "2"))), numbers);
        assertEquals("2", numbers.getDefault().toString());
    }

    @Test
    void anUnreadableJacksonDefaultIsLeftOutAndSaid() {
        var jackson = field("n", annotation(J + "JsonProperty", "defaultValue", "many"));
        JsonSchema integer = apply(rule, target("n", "integer", jackson), null);
        assertEquals("{}", integer.toString());
        assertEquals(List.of("Spec.java:3: field 'n': @JsonProperty(defaultValue = \"many\") is not a valid integer "
                + "value, so the schema has no default; write it as YAML or JSON of the field's type"),
                leftOut(target("n", "integer", jackson), integer));
        JsonSchema string = apply(rule, target("n", "string", jackson), null);
        assertEquals("{\"default\":\"many\"}", string.toString());
        assertEquals(List.of(), leftOut(target("n", "string", jackson), string));
    }

    @Test
    void aJacksonDefaultThatIsNoneOfAnEnumsValuesIsLeftOutAndSaid() {
        // As fabric8 leaves it out; a @Default is an error (above).
        JsonSchema schema = new JsonSchema().setType("string").setEnum(List.of(TextNode.valueOf("ephemeral"),
                TextNode.valueOf("persistent")));
        var target = target("mode", "string", field("mode", annotation(J + "JsonProperty", "defaultValue",
                "EPHEMERAL")));
        rule.apply(target, schema);
        assertEquals(null, schema.getDefault());
        assertEquals(List.of("Spec.java:3: field 'mode': @JsonProperty(defaultValue = \"EPHEMERAL\") is not one of "
                + "the enum's values (ephemeral, persistent), so the schema has no default; write one of them"),
                leftOut(target, schema));
        var valid = target("mode", "string", field("mode", annotation(J + "JsonProperty", "defaultValue",
                "persistent")));
        rule.apply(valid, schema);
        assertEquals(TextNode.valueOf("persistent"), schema.getDefault());
        assertEquals(List.of(), leftOut(valid, schema));
    }

    private static List<String> leftOut(SchemaTarget target, JsonSchema schema) {
        List<String> said = new ArrayList<>();
        DefaultRule.leftOut(target, schema, said::add);
        return said;
    }
}
