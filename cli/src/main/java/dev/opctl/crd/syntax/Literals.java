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
        return unicodeEscapes(raw).translateEscapes();
    }

    /**
     * A character literal's value, from what stands between its quotes.
     *
     * @throws IllegalArgumentException when that is not one character
     */
    public static Character character(String raw) {
        String value = string(raw);
        if (value.length() != 1) {
            throw new IllegalArgumentException("not one character: '" + raw + "'");
        }
        return value.charAt(0);
    }

    /**
     * The string a text block denotes, as javac reads it (JLS 3.10.6): the content starts after the
     * line terminator that ends the opening delimiter's line (white space may precede it), then
     * incidental white space is stripped and escapes are translated, by the JDK's own methods.
     *
     * @param raw what stands between the delimiters
     */
    public static String textBlock(String raw) {
        return OPENING_LINE.matcher(unicodeEscapes(raw)).replaceFirst("").stripIndent().translateEscapes();
    }

    /**
     * {@code raw} with its Unicode escapes translated (a backslash, one {@code u} or more, four
     * hexadecimal digits), which javac does before anything else (JLS 3.3) and JavaParser does not:
     * only a backslash preceded by an even number of backslashes begins one. A backslash that an
     * escape makes begins no other Unicode escape, but may begin an escape sequence.
     *
     * @throws IllegalArgumentException when the {@code u}s are not followed by four hexadecimal digits
     */
    static String unicodeEscapes(String raw) {
        if (raw.indexOf("\\u") < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int backslashes = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                int digits = i + 1;
                while (digits < raw.length() && raw.charAt(digits) == 'u') {
                    digits++;
                }
                if (digits + 4 > raw.length() || !raw.substring(digits, digits + 4).chars()
                        .allMatch(d -> Character.digit(d, 16) >= 0)) {
                    throw new IllegalArgumentException("Invalid Unicode escape: " + raw.substring(i));
                }
                out.append((char) Integer.parseInt(raw, digits, digits + 4, 16));
                i = digits + 3;
                backslashes = 0;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
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
        if (radix != 10) {
            return Integer.parseUnsignedInt(digits, radix);
        }
        // 2147483648 is only valid after a minus; it is kept as it is, so that the minus gives int's minimum.
        long value = Long.parseLong(digits);
        if (value > 1L << 31) {
            throw new NumberFormatException("integer number too large: " + text);
        }
        return value;
    }

    /** A floating-point literal's value ({@code 1.5}, {@code 2e3}, {@code 1.5f}, {@code 1_000.0}). */
    public static double floating(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }
}
