package dev.opctl.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.OpctlException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {
    @Test
    void refusesInvisibleCharactersThatReorderCodeButKeepsJoiners() {
        OpctlException e = assertThrows(OpctlException.class,
                () -> Text.requireOneLine("owner", "Acme \u202eCorp", 200, "Example Corp."));
        assertEquals("invalid owner 'Acme \\u202eCorp': it holds the invisible character U+202E (RIGHT-TO-LEFT "
                + "OVERRIDE), which changes how the code around it reads (CVE-2021-42574, 'Trojan Source'); remove it",
                e.getMessage());
        assertEquals("\u0645\u06cc\u200c\u0631\u0648\u06cc", Text.requireOneLine("owner",
                "\u0645\u06cc\u200c\u0631\u0648\u06cc", 200, "Example Corp."), "a Persian name keeps its ZWNJ");
    }

    @Test
    void showsValuesOnOneLineAndShort() {
        assertEquals("a\\nb\\tc\\rd\\u0000e\\u007f\\u2028", Text.shown("a\nb\tc\rd\0e\u007f\u2028"));
        assertEquals("Zoë", Text.shown("Zoë"));
        String shown = Text.shown("x".repeat(1000));
        assertTrue(shown.endsWith("...(1000 characters)") && shown.length() < 100, shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a\nb", "a\tb", "a\0", "a\u0085b"})
    void freeTextIsOneLineWithoutControls(String value) {
        OpctlException e = assertThrows(OpctlException.class,
                () -> Text.requireOneLine("owner", value, 200, "Acme"));
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("\t"), e.getMessage());
    }

    @Test
    void freeTextHasALengthLimitAndNoUnicodeEscapes() {
        assertEquals("Zoë & Co.", Text.requireOneLine("owner", "Zoë & Co.", 200, "Acme"));
        assertThrows(OpctlException.class, () -> Text.requireOneLine("owner", "x".repeat(201), 200, "Acme"));
        assertThrows(OpctlException.class, () -> Text.requireNoUnicodeEscape("owner", "A\\u000aB"));
    }

    @Test
    void commaListsRefuseEmptyAndRepeatedValues() {
        assertEquals(List.of("a", "b", "c"), Names.commaList("--short-names", List.of("a,b", "c")));
        assertEquals(List.of(), Names.commaList("--short-names", List.of()));
        for (List<String> bad : List.of(List.of(","), List.of(""), List.of("a,"), List.of("a,,b"), List.of("a,a"),
                List.of("a", "a"))) {
            assertThrows(OpctlException.class, () -> Names.commaList("--short-names", bad), bad::toString);
        }
    }
}
