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
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    @Test
    void aNumberTheJavaTypeCannotHoldAsWrittenIsRefusedWithTheReason() {
        // fabric8 refuses the first, and writes -56, 1.6777216E7 and .inf for the next three.
        assertEquals("Spec.java:3: field 'n': @Default(\"2147483648\") is out of int's range (-2147483648 to "
                + "2147483647); write a value in it, or make the field a long", refused("int", "2147483648"));
        assertEquals("Spec.java:3: field 'n': @Default(\"200\") is out of byte's range (-128 to 127); write a value "
                + "in it, or make the field a short", refused("byte", "200"));
        assertEquals("Spec.java:3: field 'n': @Default(\"16777217\") is 1.6777216E7 as a float, which Jackson reads "
                + "instead; write that, or make the field a double", refused("float", "16777217"));
        assertEquals("Spec.java:3: field 'n': @Default(\"1e39\") is beyond Float's range (largest 3.4028235E38); "
                + "write a smaller one", refused("java.lang.Float", "1e39"));
        // fabric8 writes .inf on a double; opctl wrote Infinity, a string the API server refuses on a number.
        assertEquals("Spec.java:3: field 'n': @Default(\"1e400\") is beyond double's range (largest "
                + "1.7976931348623157E308); write a smaller one", refused("double", "1e400"));
        assertEquals("Spec.java:3: field 'n': @Default(\"1e400\") is beyond the numbers the API server reads (a "
                + "64-bit float: largest 1.7976931348623157E308); write a smaller one",
                refused("java.math.BigDecimal", "1e400"));
        assertEquals("Spec.java:3: field 'n': @Default(\"9223372036854775808\") is out of long's range "
                + "(-9223372036854775808 to 9223372036854775807); write a value in it, or make the field a BigInteger",
                refused("long", "9223372036854775808"));
        // What each holds: the greatest int, a float's tenth, and integers beyond a long where a type holds them.
        assertEquals("{\"default\":2147483647}", held("int", "integer", "2147483647"));
        assertEquals("{\"default\":0.1}", held("float", "number", "0.1"));
        assertEquals("{\"default\":12345678901234567890}", held("java.math.BigInteger", "integer",
                "12345678901234567890"));
        assertEquals("{\"default\":12345678901234567890}", held("java.lang.Number", "number", "12345678901234567890"));
        assertEquals("{\"default\":1000.0}", held("java.lang.Number", "number", "1e3"));
    }

    @Test
    void aJacksonDefaultTheJavaTypeCannotHoldIsLeftOutWithTheReason() {
        var field = typed("int", annotation(J + "JsonProperty", "defaultValue", "2147483648"));
        JsonSchema schema = apply(rule, target("n", "integer", field), null);
        assertEquals("{}", schema.toString());
        assertEquals(List.of("Spec.java:3: field 'n': @JsonProperty(defaultValue = \"2147483648\") is out of int's "
                + "range (-2147483648 to 2147483647), so the schema has no default; write a value in it, or make the "
                + "field a long"), leftOut(target("n", "integer", field), schema));
    }

    @Test
    void aDateTimeOrLocaleDefaultIsWrittenAsJacksonWritesIt() {
        // As written before: a date, epoch seconds or a zone's name under format: date-time (trial /tmp/trial33 #1,
        // #2). fabric8 reads the default into the class and writes it back with Jackson, in UTC.
        assertEquals("{\"default\":\"2021-01-01T00:00:00.000+00:00\"}", held("java.util.Date", "string", "2021-01-01"));
        assertEquals("{\"default\":\"2021-01-01T00:00:00.000+00:00\"}", held("java.util.Date", "string",
                "1609459200000"));
        assertEquals("{\"default\":\"2021-01-01T00:00:00Z\"}", held("java.time.Instant", "string", "1609459200"));
        assertEquals("{\"default\":\"2020-12-31T23:00:00Z\"}", held("java.time.ZonedDateTime", "string",
                "2021-01-01T00:00:00+01:00[Europe/Paris]"));
        assertEquals("{\"default\":\"2020-12-31T22:00:00Z\"}", held("java.time.OffsetDateTime", "string",
                "2021-01-01T00:00:00+02:00"));
        assertEquals("{\"default\":\"en_US\"}", held("java.util.Locale", "string", "en-US"));
        // Others as written: a String's, a LocalDate's (Jackson writes one as given).
        assertEquals("{\"default\":\"2021-01-01\"}", held("java.lang.String", "string", "2021-01-01"));
        assertEquals("{\"default\":\"2021-01-01\"}", held("java.time.LocalDate", "string", "2021-01-01"));
        assertEquals("Spec.java:3: field 'n': @Default(\"yesterday\") is not a value Jackson reads into a "
                + "java.time.Instant, as fabric8 does; write one as Jackson writes it (2021-01-01T00:00:00Z)",
                assertThrows(OpctlException.class, () -> held("java.time.Instant", "string", "yesterday")).getMessage());
        // A Jackson default Jackson cannot read is left out, as fabric8 leaves it out.
        assertEquals("{}", apply(rule, target("n", "string", typed("java.time.Instant", annotation(J + "JsonProperty",
                "defaultValue", "yesterday"))), null).toString());
    }

    private String refused(String javaType, String value) {
        boolean integer = !javaType.contains("oat") && !javaType.contains("ouble") && !javaType.endsWith("Decimal");
        return assertThrows(OpctlException.class, () -> apply(rule, target("n", integer ? "integer" : "number",
                typed(javaType, annotation(G + "Default", "value", value))), null)).getMessage();
    }

    private String held(String javaType, String kind, String value) {
        return apply(rule, target("n", kind, typed(javaType, annotation(G + "Default", "value", value))), null)
                .toString();
    }

    /** A public field of {@code javaType} (a primitive's name or a class's qualified name), at Spec.java:3. */
    private static FieldDeclaration typed(String javaType, AnnotationUse... annotations) {
        TypeUse type = javaType.contains(".") ? TypeUse.Named.of(javaType) : new TypeUse.Primitive(javaType);
        return new FieldDeclaration("n", type, Set.of(Modifier.PUBLIC), List.of(annotations), Doc.at("Spec.java:3"));
    }

    private static List<String> leftOut(SchemaTarget target, JsonSchema schema) {
        List<String> said = new ArrayList<>();
        DefaultRule.leftOut(target, schema, said::add);
        return said;
    }
}
