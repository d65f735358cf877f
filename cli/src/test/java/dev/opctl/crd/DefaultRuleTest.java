package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.J;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.engine.OpctlException;
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
    void anUnreadableJacksonDefaultIsLeftOut() {
        var jackson = field("n", annotation(J + "JsonProperty", "defaultValue", "many"));
        assertEquals("{}", apply(rule, target("n", "integer", jackson), null).toString());
        assertEquals("{\"default\":\"many\"}", apply(rule, target("n", "string", jackson), null).toString());
    }
}
