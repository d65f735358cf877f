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
                "^[a-z]+}+$", "\\12", "\\0",
                // RE2's escapes, flags, classes and repeat counts, in a class and out of one.
                "\\a\\f\\t\\n\\r\\v", "[\\a\\f\\t\\n\\r\\v\\x41\\x{42}\\0\\d\\D\\s\\S\\w\\W\\pL]", "\\x41",
                "\\A\\b\\B\\z", "a{1000}", "a{2,1000}", "(?imsU)a", "(?i-s:a)", "\\p{Inherited}+", "\\p{^Greek}",
                "\\pL\\p{Lu}\\p{Any}", "\\.\\-\\/\\ \\{", "[\\]\\[]",
                // A '-' first or last in a class is a character; a range in order.
                "[a-]", "[-a]", "[.-9]", "[^-z]", "[\\d-z]"}) {
            assertEquals(Optional.empty(), Re2Patterns.problem(pattern), pattern);
            assertEquals(Optional.empty(), Re2Patterns.syntax(pattern), pattern);
        }
    }

    /** Each refused by Go's regexp.Compile, as by Java's: no regular expression at all. */
    @Test
    void whatIsNoRegularExpressionIsNamed() {
        assertEquals(Optional.of("has a character class that is not closed ([)"), Re2Patterns.syntax("[a-z"));
        assertEquals(Optional.of("has a character class that is not closed ([)"), Re2Patterns.syntax("[a\\]"));
        assertEquals(Optional.of("has a group that is not closed (()"), Re2Patterns.syntax("(abc"));
        assertEquals(Optional.of("has a ')' that closes no group"), Re2Patterns.syntax("abc)"));
        assertEquals(Optional.of("has nothing before its *"), Re2Patterns.syntax("*x"));
        assertEquals(Optional.of("has nothing before its +"), Re2Patterns.syntax("a|+b"));
        assertEquals(Optional.of("has nothing before its {2}"), Re2Patterns.syntax("(?:{2})"));
        assertEquals(Optional.of("repeats a repeat (**)"), Re2Patterns.syntax("a**"));
        assertEquals(Optional.of("repeats a repeat (?*)"), Re2Patterns.syntax("a+?*"));
        assertEquals(Optional.of("repeats at least more times than at most ({3,1})"), Re2Patterns.syntax("a{3,1}"));
        assertEquals(Optional.of("ends in a lone backslash"), Re2Patterns.syntax("x\\"));
        assertEquals(Optional.of("has a character class range out of order (z-a)"), Re2Patterns.syntax("[z-a]"));
        assertEquals(Optional.of("has a character class range out of order (.-*)"),
                Re2Patterns.syntax("^[a-z0-9.-*[a-z0-9]$"));
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
        assertEquals(Optional.of("has a backreference (\\1)"), Re2Patterns.problem("\\18"));
        assertEquals(Optional.of("has a backreference (\\8)"), Re2Patterns.problem("(a)\\8"));
    }

    /** Each refused by envtest's kube-apiserver 1.20 ("invalid escape sequence", ...), and by opctl. */
    @Test
    void javasOwnEscapesFlagsClassesAndCountsAreNamed() {
        for (String escape : new String[] {"e", "h", "H", "Z", "G", "R", "X", "V", "E", "u0041", "cA", "N{LATIN A}",
                "\u2192"}) {
            assertEquals(Optional.of("has an escape RE2 does not have (\\" + escape.charAt(0) + ")"),
                    Re2Patterns.problem("^a\\" + escape + "$"), escape);
        }
        for (String inClass : new String[] {"[\\b]", "[\\Q]\\E]", "[\\A]", "[\\1]", "[\\z]"}) {
            assertEquals(Optional.of("has an escape RE2 does not have (\\" + inClass.charAt(2) + ")"),
                    Re2Patterns.problem(inClass), inClass);
        }
        assertEquals(Optional.of("has a flag RE2 does not have ((?x)"), Re2Patterns.problem("(?x)a b"));
        assertEquals(Optional.of("has a flag RE2 does not have ((?u)"), Re2Patterns.problem("(?iu)a"));
        assertEquals(Optional.of("has a flag RE2 does not have ((?d)"), Re2Patterns.problem("(?i-d:a)"));
        for (String name : new String[] {"Lower", "IsAlphabetic", "InGreek", "javaLowerCase", "sc=Greek"}) {
            assertEquals(Optional.of("has a character class RE2 does not have (\\p{" + name + "})"),
                    Re2Patterns.problem("^\\p{" + name + "}+$"), name);
        }
        assertEquals(Optional.of("repeats more than 1000 times ({1001})"), Re2Patterns.problem("a{1001}"));
        assertEquals(Optional.of("repeats more than 1000 times ({2,1001})"), Re2Patterns.problem("a{2,1001}"));
        assertEquals(Optional.of("repeats more than 1000 times ({99999999999})"),
                Re2Patterns.problem("a{99999999999}"));
    }

    @Test
    void theErrorSaysWhereAndWhy() {
        OpctlException e = assertThrows(OpctlException.class, () -> Re2Patterns.require("(?=x)", "Spec.java:4"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals("Spec.java:4: @Pattern(\"(?=x)\") has a lookaround ((?=), and the API server, whose regular "
                + "expressions are Go's (RE2), refuses it: write it without", e.getMessage());
    }
}
