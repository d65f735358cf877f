package dev.opctl.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as block-style YAML, the way Kubernetes manifests are written: two-space
 * indentation, sequences not indented under their key, strings plain unless a YAML 1.1 or 1.2
 * reader (kubectl's included) could take them for something else, multi-line strings as literal
 * blocks, no line folding. The text reads back to an equal tree.
 *
 * <p>opctl writes its CRDs with this rather than through jackson-dataformat-yaml and SnakeYAML's
 * emitter, which took a fifth of {@code opctl generate}'s time; the output is the same for every
 * CRD opctl writes except for strings SnakeYAML leaves ambiguous ({@code 1e3}, {@code 0x1F},
 * {@code 1:30}, {@code <<} and {@code =}, which this quotes: PyYAML refuses a plain {@code =}), and
 * for text with leading or trailing spaces, which this double-quotes where SnakeYAML may single-quote
 * it (both read back the same).
 */
public final class YamlWriter {
    /** Words YAML 1.1 reads as booleans or null, its merge key and its value key. */
    private static final Set<String> RESERVED = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            "null", "Null", "NULL", "~", "<<", "=");
    /** Integers, floats (also with '_', sexagesimal, hex, octal, binary, infinity, NaN) and timestamps. */
    private static final Pattern NUMBER_OR_DATE = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9]+)?"
                    + "|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO]?[0-7_]+|[-+]?0[bB][01_]+"
                    + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?");
    /** Characters that start something other than a plain scalar. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** The indicators SnakeYAML single-quotes text for when nothing else in it needs quoting. */
    private static final String SINGLE_QUOTED_START = "&*!|>'\"%@`";

    private static final char[] SPACES = " ".repeat(64).toCharArray();

    private final StringBuilder out = new StringBuilder(4096);

    private YamlWriter() {
    }

    /** The YAML text of {@code node}, ending in a newline. */
    public static String write(JsonNode node) {
        YamlWriter writer = new YamlWriter();
        if (node.isContainerNode() && !node.isEmpty()) {
            writer.block(node, 0);
        } else {
            writer.out.append(writer.inline(node)).append('\n');
        }
        return writer.out.toString();
    }

    /** A non-empty mapping or sequence whose first line continues the current one, the rest at {@code indent}. */
    private void block(JsonNode node, int indent) {
        boolean first = true;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); first = false) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!first) {
                    indent(indent);
                }
                out.append(key(field.getKey())).append(':');
                value(field.getValue(), indent, false);
            }
        } else {
            for (JsonNode item : node) {
                if (!first) {
                    indent(indent);
                }
                first = false;
                out.append('-');
                value(item, indent + 2, true);
            }
        }
    }

    /** The value after "key:" or "-": on the same line, or as a block below. */
    private void value(JsonNode value, int indent, boolean inSequence) {
        if (value.isContainerNode() && !value.isEmpty()) {
            if (inSequence) {
                out.append(' ');
                block(value, indent);
            } else if (value.isArray()) {
                out.append('\n');
                indent(indent);
                block(value, indent);
            } else {
                out.append('\n');
                indent(indent + 2);
                block(value, indent + 2);
            }
        } else {
            out.append(' ').append(value.isTextual() ? scalar(value.textValue(), inSequence ? indent : indent + 2)
                    : inline(value)).append('\n');
        }
    }

    private String inline(JsonNode node) {
        if (node.isTextual()) {
            return scalar(node.textValue(), 2);
        } else if (node.isArray()) {
            return "[]";
        } else if (node.isObject()) {
            return "{}";
        } else if (node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return node.asText();
    }

    private void indent(int indent) {
        for (int left = indent; left > 0; left -= SPACES.length) {
            out.append(SPACES, 0, Math.min(left, SPACES.length));
        }
    }

    /** A mapping key, double-quoted where it starts as a number might ({@code "2fa"}, {@code "-x"}), as Jackson's. */
    private static String key(String text) {
        return !text.isEmpty() && "0123456789+-.".indexOf(text.charAt(0)) >= 0 ? doubleQuoted(text) : scalar(text, 0);
    }

    /**
     * A string as a plain scalar, a literal block (indented by {@code indent}), a single-quoted scalar
     * (text that would be plain but for a leading {@code ---} or {@code ...}, YAML's document markers,
     * or the indicator it begins with, as SnakeYAML writes it) or a double-quoted scalar.
     */
    private static String scalar(String text, int indent) {
        boolean marker = text.startsWith("---") || text.startsWith("...");
        if (!marker && isPlain(text)) {
            return text;
        }
        // What Jackson left to SnakeYAML: text that would be plain but for the indicator it begins with.
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        boolean restPlain = INDICATORS.indexOf(first) >= 0 && isPlain("x" + text.substring(1));
        if (restPlain && !marker && "-?:".indexOf(first) >= 0 && text.length() > 1 && text.charAt(1) != ' '
                && !NUMBER_OR_DATE.matcher(text).matches()) {
            return text; // -a, ?a, :a are plain scalars
        }
        if (marker && isPlain("x" + text.substring(3)) || restPlain && (SINGLE_QUOTED_START.indexOf(first) >= 0
                || first == '?' && text.length() == 1
                || (first == '-' || first == '?') && text.length() > 1 && text.charAt(1) == ' ')) {
            return "'" + text.replace("'", "''") + "'";
        }
        if (indent > 0 && isLiteral(text)) {
            StringBuilder block = new StringBuilder(text.length() + 16).append(text.endsWith("\n") ? "|" : "|-");
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            for (String line : body.split("\n", -1)) {
                block.append('\n');
                if (!line.isEmpty()) {
                    block.append(" ".repeat(indent)).append(line);
                }
            }
            return block.toString();
        }
        return doubleQuoted(text);
    }

    private static boolean isPlain(String text) {
        if (text.isEmpty() || RESERVED.contains(text) || INDICATORS.indexOf(text.charAt(0)) >= 0
                || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ' || text.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                continue; // most characters, and plain anywhere
            }
            if (!printable(text, i) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
                    || (c == ':' && text.charAt(i + 1) == ' ') || (c == '#' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        // Every number and date starts with a digit, a sign or a dot; the pattern is slow next to this test.
        char first = text.charAt(0);
        return !(first >= '0' && first <= '9' || first == '+' || first == '.')
                || !NUMBER_OR_DATE.matcher(text).matches();
    }

    /** Multi-line text a literal block keeps exactly: printable, no trailing spaces, at most one final newline. */
    private static boolean isLiteral(String text) {
        if (text.indexOf('\n') < 0 || text.endsWith("\n\n") || text.startsWith(" ") || text.startsWith("\n")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' ? i > 0 && text.charAt(i - 1) == ' ' : !printable(text, i)) {
                return false;
            }
        }
        return !text.endsWith(" ");
    }

    /**
     * Whether the character at {@code i} is printable in YAML and safe to leave unescaped: not a
     * control character, a line or paragraph separator, a byte order mark or half a surrogate pair.
     */
    private static boolean printable(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        } else if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c >= 0x20 && c < 0x7f || c >= 0xa0 && c != 0x2028 && c != 0x2029 && c != 0xfeff && c != 0xfffe
                && c != 0xffff;
    }

    private static String doubleQuoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (printable(text, i)) {
                        quoted.append(c);
                    } else {
                        quoted.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
