package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Value;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ModelRules} on its own, on annotations of the declaration model. */
class ModelRulesTest {
    private static final String G = Annotations.FABRIC8_GENERATOR;

    private static Function<String, Optional<AnnotationUse>> annotated(AnnotationUse... annotations) {
        return type -> List.of(annotations).stream().filter(a -> a.type().equals(type)).findFirst();
    }

    private static AnnotationUse annotation(String type, Map<String, Value> values) {
        return new AnnotationUse(type, values);
    }

    private static JsonSchema apply(String kind, AnnotationUse... annotations) {
        JsonSchema schema = new JsonSchema();
        ModelRules.constraints(kind, annotated(annotations), schema, "Spec.java:1");
        return schema;
    }

    @Test
    void boundsApplyToNumbersOnly() {
        AnnotationUse min = annotation(G + "Min", Map.of("value", new Value.Number(1.5)));
        AnnotationUse max = annotation(G + "Max", Map.of("value", new Value.Number(10.0),
                "inclusive", new Value.Bool(false)));
        assertEquals("{\"exclusiveMaximum\":true,\"maximum\":10,\"minimum\":1.5}", apply("number", min, max)
                .toString());
        assertEquals("{}", apply("string", min, max).toString());
    }

    @Test
    void sizeFitsTheKindAndLeavesOutItsDefaults() {
        AnnotationUse size = annotation(G + "Size", Map.of("min", new Value.Number(0L), "max", new Value.Number(3L)));
        assertEquals("{\"maxLength\":3}", apply("string", size).toString());
        assertEquals("{\"maxItems\":3}", apply("array", size).toString());
        assertEquals("{\"maxProperties\":3}", apply("object", size).toString());
        assertEquals("{}", apply("integer", size).toString());
        AnnotationUse unbounded = annotation(G + "Size", Map.of("min", new Value.Number(2L),
                "max", new Value.Number(Long.MAX_VALUE)));
        assertEquals("{\"minItems\":2}", apply("array", unbounded).toString());
    }

    @Test
    void patternAppliesToStrings() {
        AnnotationUse pattern = annotation(G + "Pattern", Map.of("value", new Value.Text("^a+$")));
        assertEquals("{\"pattern\":\"^a+$\"}", apply("string", pattern).toString());
        assertEquals("{}", apply("array", pattern).toString());
    }

    @Test
    void validationRulesKeepOnlyWhatIsGiven() {
        JsonSchema schema = new JsonSchema();
        ValidationRulesRule.add(schema, List.of(
                annotation(G + "ValidationRule", Map.of("value", new Value.Text("self > 0"),
                        "message", new Value.Text(""), "reason", new Value.Text("FieldValueInvalid"))),
                annotation(G + "ValidationRule", Map.of("value", new Value.Text("self >= oldSelf"),
                        "optionalOldSelf", new Value.Bool(true)))), "Spec.java:3: field 'n'");
        assertEquals("{\"x-kubernetes-validations\":[{\"reason\":\"FieldValueInvalid\",\"rule\":\"self > 0\"},"
                + "{\"optionalOldSelf\":true,\"rule\":\"self >= oldSelf\"}]}", schema.toString());
    }

    @Test
    void defaultsAreValuesOfTheKind() {
        AnnotationUse three = annotation(G + "Default", Map.of("value", new Value.Text("3")));
        assertEquals("3", DefaultRule.value(annotated(three), "integer", null, "here").orElseThrow().toString());
        assertEquals("\"3\"", DefaultRule.value(annotated(three), "string", null, "here").orElseThrow().toString());
        AnnotationUse list = annotation(G + "Default", Map.of("value", new Value.Text("[1, 2]")));
        assertEquals("[1,2]", DefaultRule.value(annotated(list), "array", null, "here").orElseThrow().toString());

        OpctlException bad = assertThrows(OpctlException.class,
                () -> DefaultRule.value(annotated(list), "integer", null, "Foo.java:3: field 'n'"));
        assertEquals("Foo.java:3: field 'n': @Default(\"[1, 2]\") is not a valid integer value; write it as YAML or "
                + "JSON of the field's type", bad.getMessage());

        // Jackson's defaultValue is taken when it reads, and left out when it does not, as fabric8 does.
        AnnotationUse jackson = annotation(Annotations.JACKSON + "JsonProperty",
                Map.of("defaultValue", new Value.Text("x")));
        assertEquals(Optional.empty(), DefaultRule.value(annotated(jackson), "integer", null, "here"));
        assertEquals("\"x\"", DefaultRule.value(annotated(jackson), "string", null, "here").orElseThrow().toString());
    }
}
