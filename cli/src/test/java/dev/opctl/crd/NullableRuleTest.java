package dev.opctl.crd;

import static dev.opctl.crd.Declarations.G;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.apply;
import static dev.opctl.crd.Declarations.field;
import static dev.opctl.crd.Declarations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link NullableRule}: {@code @Nullable} on any member. */
class NullableRuleTest {
    @Test
    void nullableOnAnyMemberMakesItNullable() {
        var plain = field("a");
        var nullable = field("a", annotation(G + "Nullable"));
        assertEquals("{\"nullable\":true}", apply(new NullableRule(), target("a", "object", plain, nullable), null)
                .toString());
        assertEquals("{}", apply(new NullableRule(), target("a", "object", plain), null).toString());
    }
}
