package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opctl.crd.model.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ValidationRulesRule}: single rules and those in their container, in order, on every member. */
class ValidationRulesRuleTest {
    @Test
    void rulesInOrderWithTheirOptionalKeys() {
        var first = annotation(G + "ValidationRule", "value", "self.a > 0", "message", "a must be positive");
        var nested = annotation(G + "ValidationRule", "value", "self.b", "reason", "FieldValueInvalid",
                "optionalOldSelf", true, "fieldPath", "");
        var container = annotation(G + "ValidationRules", "value", new Value.Array(List.of(new Value.Nested(nested))));
        var inherited = annotation(G + "ValidationRule", "value", "has(self.c)");
        var target = target("x", "object", field("x", first, container), field("x", inherited));
        assertEquals("{\"x-kubernetes-validations\":[{\"message\":\"a must be positive\",\"rule\":\"self.a > 0\"},"
                + "{\"optionalOldSelf\":true,\"reason\":\"FieldValueInvalid\",\"rule\":\"self.b\"},"
                + "{\"rule\":\"has(self.c)\"}]}", apply(new ValidationRulesRule(), target, null).toString());
    }
}
