package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PatternRule}: {@code @Pattern} on strings only. */
class PatternRuleTest {
    @Test
    void aPatternOnAStringOnly() {
        var field = field("s", annotation(G + "Pattern", "value", "^[a-z]+$"));
        assertEquals("{\"pattern\":\"^[a-z]+$\",\"type\":\"string\"}", apply(new PatternRule(), target("s", "string",
                field), "string").toString());
        assertEquals("{\"type\":\"integer\"}", apply(new PatternRule(), target("s", "integer", field), "integer")
                .toString());
    }
}
