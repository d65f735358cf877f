package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Re2Patterns}: what Java's regular expressions have and the API server's (RE2) do not. */
class Re2PatternsTest {
    @Test
    void patternsBothHaveAreAccepted() {
        for (String pattern : new String[] {"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "a+?b*?c??", "x{2,3}?", "[*+?]+",
                "[]+]+", "[^]+]", "\\++", "\\\\1", "(?i)abc", "(?:ab)+", "(?P<name>a)", "\\Q(?=\\E", "[(?=]",
                // RE2 takes these, though Java's compiler refuses some: no judge of RE2.
                "^\\p{L}+$", "^\\P{Cc}+$", "\\x{41}+", "^\\p{Greek}+$", "^{{.*}}$", "a{,3}", "x{}", "[[]",
                "^[a-z]+}+$", "\\12", "\\0"}) {
            assertEquals(Optional.empty(), Re2Patterns.problem(pattern), pattern);
        }
    }

    @Test
    void whatRe2LeavesOutIsNamed() {
        assertEquals(Optional.of("has a lookaround ((?!)"), Re2Patterns.problem("^(?!-)[a-z]+$"));
        assertEquals(Optional.of("has a lookaround ((?<=)"), Re2Patterns.problem("(?<=a)b"));
        assertEquals(Optional.of("has an atomic group ((?>)"), Re2Patterns.problem("(?>a|b)"));
        assertEquals(Optional.of("has a possessive quantifier (++)"), Re2Patterns.problem("^[a-z0-9-]++$"));
        assertEquals(Optional.of("has a possessive quantifier (}+)"), Re2Patterns.problem("a{2}+"));
        assertEquals(Optional.of("has a backreference (\\1)"), Re2Patterns.problem("^([a-z])\\1$"));
        assertEquals(Optional.of("has a backreference (\\k)"), Re2Patterns.problem("(?<c>a)\\k<c>"));
    }

    @Test
    void theErrorSaysWhereAndWhy() {
        OpctlException e = assertThrows(OpctlException.class, () -> Re2Patterns.require("(?=x)", "Spec.java:4"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals("Spec.java:4: @Pattern(\"(?=x)\") has a lookaround ((?=), and the API server, whose regular "
                + "expressions are Go's (RE2), refuses it: write it without", e.getMessage());
    }
}
