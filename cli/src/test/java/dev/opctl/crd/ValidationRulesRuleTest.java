package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.model.Value;
import dev.opctl.engine.OpctlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ValidationRulesRule}: single rules and those in their container, in order, on every member. */
class ValidationRulesRuleTest {
    @Test
    void rulesInOrderWithTheirOptionalKeys() {
        var first = annotation(G + "ValidationRule", "value", "self.a > 0", "message", "a must be positive");
        var nested = annotation(G + "ValidationRule", "value", "self.b == oldSelf.b", "reason", "FieldValueInvalid",
                "optionalOldSelf", true, "fieldPath", "");
        var container = annotation(G + "ValidationRules", "value", new Value.Array(List.of(new Value.Nested(nested))));
        var inherited = annotation(G + "ValidationRule", "value", "has(self.c)");
        var target = target("x", "object", field("x", first, container), field("x", inherited));
        assertEquals("{\"x-kubernetes-validations\":[{\"message\":\"a must be positive\",\"rule\":\"self.a > 0\"},"
                + "{\"optionalOldSelf\":true,\"reason\":\"FieldValueInvalid\",\"rule\":\"self.b == oldSelf.b\"},"
                + "{\"rule\":\"has(self.c)\"}]}", apply(new ValidationRulesRule(), target, null).toString());
    }

    @Test
    void aRuleTheApiServerRefusesIsAnError() {
        // fabric8 writes each as given.
        assertEquals("Spec.java:3: field 'x': @ValidationRule(\"\") has no rule, which the API server refuses; fix it",
                refused("value", ""));
        assertEquals("Spec.java:3: field 'x': @ValidationRule(\"self > 0\") has a blank message, which the API "
                + "server refuses; fix it", refused("value", "self > 0", "message", "  "));
        assertEquals("Spec.java:3: field 'x': @ValidationRule(\"self > 0\") has a message of several lines, which "
                + "the API server refuses; fix it", refused("value", "self > 0", "message", "too\nsmall"));
        assertEquals("Spec.java:3: field 'x': @ValidationRule(\"self > 0\") has the reason 'Bogus', which is none of "
                + "FieldValueInvalid, FieldValueForbidden, FieldValueRequired, FieldValueDuplicate, which the API "
                + "server refuses; fix it", refused("value", "self > 0", "reason", "Bogus"));
        assertEquals("Spec.java:3: field 'x': @ValidationRule(\"self > 0\") sets optionalOldSelf, but its rule does "
                + "not use oldSelf, which the API server refuses; fix it", refused("value", "self > 0",
                        "optionalOldSelf", true));
    }

    private static String refused(Object... attributes) {
        var target = target("x", "integer", field("x", annotation(G + "ValidationRule", attributes)));
        return assertThrows(OpctlException.class, () -> apply(new ValidationRulesRule(), target, null)).getMessage();
    }
}
