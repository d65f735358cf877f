package dev.opctl.crd.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of a Java file in the subset {@link DeclarationReader} reads, in parallel arrays (no
 * object per token): kind, text, where each starts and ends, its line, and how many comments come
 * before it, so that a declaration's comments are a slice of {@link #comments}. White space makes
 * no token; comments become {@link Comment} records as they are met.
 *
 * <p>It reads text whose Unicode escapes {@link UnicodeEscapes} has translated. It leaves (throws
 * {@link OutsideSubset}) what the subset does not hold: text blocks, non-ASCII characters outside
 * literals and comments, hexadecimal floating point, an unclosed comment or literal, a byte order
 * mark, and literals JavaParser rejects (a misplaced {@code _}, {@code 'ab'}, a Unicode escape javac
 * could not translate). {@code >} is always a token of its own, so that
 * nested type arguments close alike; the expression reader puts {@code >>}, {@code >=} and the
 * like back together where they are operators.
 */
final class JavaLexer {
    static final byte WORD = 1;
    static final byte INT = 2;
    static final byte LONG = 3;
    static final byte DOUBLE = 4;
    static final byte CHAR = 5;
    static final byte STRING = 6;
    static final byte SYMBOL = 7;
    static final byte EOF = 8;

    final String text;
    byte[] kinds;
    /** A word's text, or a symbol's (a constant string); null for literals, see {@link DeclarationReader}. */
    String[] texts;
    int[] starts;
    int[] ends;
    int[] lines;
    /** The number of comments before each token. */
    int[] marks;
    int count;
    final List<Comment> comments = new ArrayList<>();

    private JavaLexer(String text) {
        this.text = text;
        int capacity = 16 + text.length() / 4; // about a token per four characters
        kinds = new byte[capacity];
        texts = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        lines = new int[capacity];
        marks = new int[capacity];
    }

    /** The tokens of {@code text}, the last one {@link #EOF}. */
    static JavaLexer lex(String text) {
        JavaLexer lexer = new JavaLexer(text);
        lexer.run();
        return lexer;
    }

    private void run() {
        String s = text;
        int n = s.length();
        if (n > 0 && s.charAt(0) == '\uFEFF') {
            throw OutsideSubset.INSTANCE;
        }
        int i = 0;
        int line = 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            int start = i;
            if (c == '/' && i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*')) {
                if (s.charAt(i + 1) == '/') {
                    int end = i + 2;
                    while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                        end++;
                    }
                    comments.add(new Comment(Comment.Kind.LINE, s.substring(i + 2, end), line));
                    i = end;
                } else {
                    int close = s.indexOf("*/", i + 2);
                    if (close < 0) {
                        throw OutsideSubset.INSTANCE;
                    }
                    boolean javadoc = s.startsWith("/**", i) && close > i + 2;
                    String content = s.substring(javadoc ? i + 3 : i + 2, close);
                    int beginLine = line;
                    for (int k = i; k < close; k++) {
                        char d = s.charAt(k);
                        if (d == '\n' || d == '\r' && (k + 1 >= n || s.charAt(k + 1) != '\n')) {
                            line++;
                        }
                    }
                    if (content.indexOf('\r') >= 0) {
                        content = content.replace("\r\n", "\n").replace('\r', '\n');
                    }
                    comments.add(new Comment(javadoc ? Comment.Kind.JAVADOC : Comment.Kind.BLOCK, content, beginLine));
                    i = close + 2;
                }
                continue;
            }
            byte kind;
            String image = null;
            if (c < 128 && Character.isJavaIdentifierStart(c)) {
                while (i < n && isIdentifierPart(s.charAt(i))) {
                    i++;
                }
                kind = WORD;
                image = s.substring(start, i);
            } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && s.charAt(i + 1) >= '0'
                    && s.charAt(i + 1) <= '9') {
                i = number(i);
                kind = numberKind(start, i);
            } else if (c == '"' || c == '\'') {
                if (s.startsWith("\"\"\"", i)) {
                    throw OutsideSubset.INSTANCE; // text blocks span lines
                }
                i++;
                while (s.charAt(i) != c) {
                    char d = s.charAt(i);
                    if (d == '\n' || d == '\r') {
                        throw OutsideSubset.INSTANCE;
                    }
                    if (d == '\\' && s.charAt(i + 1) == 'u') {
                        checkUnicodeEscape(i);
                        i += 6;
                        continue;
                    }
                    i += d == '\\' ? 2 : 1;
                }
                i++;
                kind = c == '"' ? STRING : CHAR;
                if (kind == CHAR) {
                    checkCharacter(start + 1, i - 1);
                }
            } else {
                image = symbol(s, i);
                i += image.length();
                kind = SYMBOL;
            }
            add(kind, image, start, i, line);
        }
        add(EOF, "", n, n, line);
    }

    /**
     * The operator or separator at {@code i}, a constant; {@code >} is always one character long.
     * Anything else ({@code \}, {@code #}, a non-ASCII character) leaves the subset.
     */
    private static String symbol(String s, int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        return switch (c) {
            case '(' -> "(";
            case ')' -> ")";
            case '{' -> "{";
            case '}' -> "}";
            case '[' -> "[";
            case ']' -> "]";
            case ';' -> ";";
            case ',' -> ",";
            case '@' -> "@";
            case '?' -> "?";
            case '~' -> "~";
            case '>' -> ">";
            case '.' -> next == '.' && i + 2 < s.length() && s.charAt(i + 2) == '.' ? "..." : ".";
            case '<' -> next == '<' ? "<<" : next == '=' ? "<=" : "<";
            case '-' -> next == '>' ? "->" : next == '-' ? "--" : next == '=' ? "-=" : "-";
            case ':' -> next == ':' ? "::" : ":";
            case '&' -> next == '&' ? "&&" : next == '=' ? "&=" : "&";
            case '|' -> next == '|' ? "||" : next == '=' ? "|=" : "|";
            case '+' -> next == '+' ? "++" : next == '=' ? "+=" : "+";
            case '=' -> next == '=' ? "==" : "=";
            case '!' -> next == '=' ? "!=" : "!";
            case '*' -> next == '=' ? "*=" : "*";
            case '/' -> next == '=' ? "/=" : "/";
            case '^' -> next == '=' ? "^=" : "^";
            case '%' -> next == '=' ? "%=" : "%";
            default -> throw OutsideSubset.INSTANCE; // Unicode escapes, non-ASCII names, stray characters
        };
    }

    static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    /** INT, LONG or DOUBLE, for the number literal from {@code start} to {@code end}. */
    private byte numberKind(int start, int end) {
        char suffix = text.charAt(end - 1);
        if (suffix == 'l' || suffix == 'L') {
            return LONG;
        }
        if (text.startsWith("0x", start) || text.startsWith("0X", start)) {
            return INT;
        }
        if (suffix == 'f' || suffix == 'F' || suffix == 'd' || suffix == 'D') {
            return DOUBLE;
        }
        for (int k = start; k < end; k++) {
            char d = text.charAt(k);
            if (d == '.' || d == 'e' || d == 'E') {
                return DOUBLE;
            }
        }
        return INT;
    }

    /** The end of the number literal that starts at {@code i}. */
    private int number(int i) {
        int start = i;
        String s = text;
        int n = s.length();
        if (s.startsWith("0x", i) || s.startsWith("0X", i) || s.startsWith("0b", i) || s.startsWith("0B", i)) {
            i += 2;
            while (i < n && (Character.digit(s.charAt(i), 16) >= 0 || s.charAt(i) == '_')) {
                i++;
            }
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
                throw OutsideSubset.INSTANCE; // hexadecimal floating point
            }
        } else {
            i = digits(i);
            if (i < n && s.charAt(i) == '.' && !(i + 1 < n && s.charAt(i + 1) == '.')) {
                i = digits(i + 1);
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                i = digits(i);
            }
        }
        if (i < n && "lLfFdD".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i < n && (isIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) {
            throw OutsideSubset.INSTANCE;
        }
        boolean hex = s.startsWith("0x", start) || s.startsWith("0X", start);
        for (int k = s.indexOf('_', start); k >= 0 && k < i; k = s.indexOf('_', k + 1)) {
            if (!isDigit(s.charAt(k - 1), hex) || !isDigit(s.charAt(k + 1), hex)) {
                throw OutsideSubset.INSTANCE; // an underscore must stand between digits
            }
        }
        return i;
    }

    private static boolean isDigit(char c, boolean hex) {
        return c >= '0' && c <= '9' || c == '_' || hex && Character.digit(c, 16) >= 0;
    }

    /** Leaves a Unicode escape in a literal other than JavaParser's: one {@code u}, four hexadecimal digits. */
    private void checkUnicodeEscape(int at) {
        if (at + 6 > text.length()) {
            throw OutsideSubset.INSTANCE;
        }
        for (int k = at + 2; k < at + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                throw OutsideSubset.INSTANCE;
            }
        }
    }

    /** Leaves a character literal that is not one character or escape ({@code 'ab'}, {@code ''}, {@code '\q'}). */
    private void checkCharacter(int from, int to) {
        String content = text.substring(from, to);
        boolean valid;
        if (content.startsWith("\\u")) {
            valid = content.length() == 6 && content.substring(2).chars().allMatch(d -> Character.digit(d, 16) >= 0);
        } else if (content.startsWith("\\")) {
            valid = Literals.string(content).length() == 1; // an invalid escape throws IllegalArgumentException
        } else {
            valid = content.length() == 1 && content.charAt(0) != '\'';
        }
        if (!valid) {
            throw OutsideSubset.INSTANCE;
        }
    }

    private int digits(int i) {
        while (i < text.length() && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private void add(byte kind, String image, int start, int end, int line) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            texts = Arrays.copyOf(texts, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            lines = Arrays.copyOf(lines, size);
            marks = Arrays.copyOf(marks, size);
        }
        kinds[count] = kind;
        texts[count] = image;
        starts[count] = start;
        ends[count] = end;
        lines[count] = line;
        marks[count] = comments.size();
        count++;
    }

    /** Thrown where the text leaves the subset; one instance, without a stack trace. */
    static final class OutsideSubset extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final OutsideSubset INSTANCE = new OutsideSubset();

        private OutsideSubset() {
            super(null, null, false, false);
        }
    }
}
