package dev.opctl.crd.syntax;

/**
 * javac's first step, which both readers take before they read a file: every Unicode escape
 * ({@code \}{@code u0061}, also {@code \}{@code uu0061}) becomes the character it stands for, in
 * names, literals and comments alike; a backslash escaped by another one ({@code \\u}) starts none.
 */
final class UnicodeEscapes {
    private UnicodeEscapes() {
    }

    /** {@code text} with its Unicode escapes translated; {@code text} itself when it has none. */
    static String translate(String text) {
        int first = text.indexOf("\\u");
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0; // the run of backslashes just before i, as written
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                int value = j + 4 <= text.length() ? hex(text, j) : -1;
                if (value >= 0) {
                    out.append((char) value);
                    // A translated backslash starts no escape of its own, as in javac.
                    backslashes = 0;
                    i = j + 4;
                    continue;
                }
            }
            out.append(c);
            backslashes = c == '\\' ? backslashes + 1 : 0;
            i++;
        }
        return out.toString();
    }

    /** The value of the four hexadecimal digits at {@code at}, or -1 (javac rejects the escape; the reader says so). */
    private static int hex(String text, int at) {
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = Character.digit(text.charAt(k), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
