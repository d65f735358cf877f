package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link BoundsRule}: {@code @Min} and {@code @Max} on integers and numbers only. */
class BoundsRuleTest {
    private final BoundsRule rule = new BoundsRule();

    @Test
    void boundsOfNumbersWithExclusiveFlags() {
        var field = field("n", annotation(G + "Min", "value", 1.5), annotation(G + "Max", "value", 10.0,
                "inclusive", false));
        JsonSchema number = apply(rule, target("n", "number", field), "number");
        assertEquals("{\"exclusiveMaximum\":true,\"maximum\":10,\"minimum\":1.5,\"type\":\"number\"}",
                number.toString());
        assertEquals(1.5, number.getMinimum());
        assertEquals(10L, number.getMaximum(), "a whole bound is an integer");
        assertEquals(true, number.getExclusiveMaximum());
        assertNull(number.getExclusiveMinimum());
        assertEquals("{\"exclusiveMaximum\":true,\"maximum\":10,\"minimum\":1.5,\"type\":\"integer\"}",
                apply(rule, target("n", "integer", field), "integer").toString());
    }

    @Test
    void otherKindsHaveNone() {
        var field = field("s", annotation(G + "Min", "value", 1));
        assertEquals("{\"type\":\"string\"}", apply(rule, target("s", "string", field), "string").toString());
    }
}
