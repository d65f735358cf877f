package dev.opctl.naming;

import dev.opctl.engine.OpctlException;
import java.nio.file.Path;

/**
 * Free text the user gives (an owner, a path, any argument), checked and shown safely: an error
 * message must stay one line, and a generated file must not gain a line the user did not write.
 */
public final class Text {
    /** The longest free text opctl takes (an owner): it goes into one header line of every file. */
    public static final int MAX_FREE_TEXT = 200;
    /** Values longer than this are shortened in messages. */
    private static final int SHOWN_LENGTH = 80;

    private Text() {
    }

    /**
     * {@code value} as a message shows it: control characters escaped ({@code \n}, {@code \t}, backslash-u and
     * four hex digits for the others), and a very long value cut, saying how long it was.
     */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > SHOWN_LENGTH
                ? value.substring(0, SHOWN_LENGTH - 20) + "...(" + value.length() + " characters)" : value;
        return escapeControls(cut);
    }

    /**
     * {@code value} as a Java literal quoted by {@code quote} ({@code '"'} for a String, {@code '\''} for a
     * char), escaped as JavaPoet's {@code $S} escapes it.
     */
    public static String javaLiteral(String value, char quote) {
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c == quote ? "\\" + c
                        : Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append(quote).toString();
    }

    /**
     * {@code text} with every control character (and invisible one, {@link #isHidden}) escaped as in a Java string
     * literal, so it stays one line and shows what it holds.
     */
    public static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c) || isHidden(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is a control character (C0, DEL, C1) or a line or paragraph separator. */
    public static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@code value} has a control character anywhere. */
    public static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> isControl((char) c));
    }

    /** Whether {@code value} has only ASCII characters. */
    public static boolean isAscii(String value) {
        return value.chars().allMatch(c -> c < 0x80);
    }

    /**
     * Checks text that goes into a Java comment: javac reads a backslash-u sequence as a Unicode
     * escape even there, so backslash-u000a would end the comment's line.
     */
    public static String requireNoUnicodeEscape(String what, String value) {
        if (value.contains("\\u")) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': javac reads '\\u' as a Unicode "
                    + "escape even in comments; write the character itself", what, shown(value)));
        }
        return value;
    }

    /** Checks a path option: not empty ({@code --dir ""}), which would mean the current directory unasked. */
    public static Path requirePath(String option, Path path) {
        if (path.toString().isEmpty()) {
            throw OpctlException.invalidInput(String.format("invalid %s '': give a directory, e.g. %s demo-operator, "
                    + "or %s . for the current one", option, option, option));
        }
        return path;
    }

    /**
     * Checks free text: not blank, at most {@code maxLength} characters, no control characters
     * (a line break would end a header line or a message early).
     *
     * @param what how the value is named in the error message, e.g. "owner"
     * @param example a valid value, for the hint
     */
    public static String requireOneLine(String what, String value, int maxLength, String example) {
        if (value.isBlank() || value.length() > maxLength || hasControl(value)) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': use one line of at most %d "
                    + "characters, without tabs or other control characters, e.g. %s", what, shown(value), maxLength,
                    example));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isHidden(c)) {
                throw OpctlException.invalidInput(String.format("invalid %s '%s': it holds the invisible character "
                        + "U+%04X (%s), which changes how the code around it reads (CVE-2021-42574, 'Trojan Source'); "
                        + "remove it", what, shown(value), (int) c, Character.getName(c)));
            }
        }
        return value;
    }

    /**
     * Whether {@code c} is a character that free text in generated code must not hold, for it is invisible and
     * has no use in a name: the bidirectional controls and marks, which reorder what is shown (not the joiners
     * U+200C and U+200D, which Persian and Indic names need), a zero-width space, a byte order mark.
     */
    static boolean isHidden(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || c == '\u200B' || c == '\uFEFF';
    }
}
