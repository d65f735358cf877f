package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link SizeRule}: lengths of strings, items of arrays, properties of objects; defaults left out. */
class SizeRuleTest {
    private final SizeRule rule = new SizeRule();

    @Test
    void eachKindHasItsKeys() {
        var field = field("x", annotation(G + "Size", "min", 1L, "max", 5L));
        assertEquals("{\"maxLength\":5,\"minLength\":1}", apply(rule, target("x", "string", field), null).toString());
        assertEquals("{\"maxItems\":5,\"minItems\":1}", apply(rule, target("x", "array", field), null).toString());
        assertEquals("{\"maxProperties\":5,\"minProperties\":1}", apply(rule, target("x", "object", field), null)
                .toString());
        assertEquals("{}", apply(rule, target("x", "integer", field), null).toString());
    }

    @Test
    void theDefaultsAreLeftOut() {
        var field = field("x", annotation(G + "Size", "min", 0L, "max", Long.MAX_VALUE));
        assertEquals("{}", apply(rule, target("x", "string", field), null).toString());
    }
}
