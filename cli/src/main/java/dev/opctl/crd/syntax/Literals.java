package dev.opctl.crd.syntax;

import java.util.regex.Pattern;

/** The values of Java literals as javac computes them, for both readers. */
public final class Literals {
    /** What follows a text block's opening delimiter on its line: white space, then a line terminator. */
    private static final Pattern OPENING_LINE = Pattern.compile("^[ \\t\\f]*(\\r\\n|\\r|\\n)");

    private Literals() {
    }

    /** A string literal's value, from what stands between its quotes. */
    public static String string(String raw) {
        return raw.translateEscapes();
    }

    /**
     * The string a text block denotes, as javac reads it (JLS 3.10.6): the content starts after the
     * line terminator that ends the opening delimiter's line (white space may precede it), then
     * incidental white space is stripped and escapes are translated, by the JDK's own methods.
     *
     * @param raw what stands between the delimiters
     */
    public static String textBlock(String raw) {
        return OPENING_LINE.matcher(raw).replaceFirst("").stripIndent().translateEscapes();
    }

    /**
     * An integer literal's value ({@code 10}, {@code 0x1F}, {@code 0b101}, {@code 017}, {@code 1_000},
     * {@code 10L}): hexadecimal, octal and binary {@code int}s wrap as javac's do ({@code 0xFFFFFFFF} is -1).
     *
     * @throws NumberFormatException when it is not one
     */
    public static long integer(String text) {
        String digits = text.replace("_", "");
        boolean isLong = digits.endsWith("L") || digits.endsWith("l");
        if (isLong) {
            digits = digits.substring(0, digits.length() - 1);
        }
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        if (isLong) {
            return radix == 10 ? Long.parseLong(digits) : Long.parseUnsignedLong(digits, radix);
        }
        // 2147483648 is only valid after a minus; it is kept as it is, so that the minus gives int's minimum.
        return radix == 10 ? Long.parseLong(digits) : Integer.parseUnsignedInt(digits, radix);
    }

    /** A floating-point literal's value ({@code 1.5}, {@code 2e3}, {@code 1.5f}, {@code 1_000.0}). */
    public static double floating(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }
}
