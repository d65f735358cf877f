package dev.opctl.crd;

import dev.opctl.crd.model.Doc;
import dev.opctl.crd.syntax.Comment;
import dev.opctl.crd.syntax.Expr;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Javadoc descriptions and kubebuilder-style marker comments on fields and classes of the
 * sources, opctl's additions to what fabric8 reads, into the model's {@code Doc}
 * ({@link ListMapMarkersRule} applies the markers). A marker is a line of a comment of the
 * declaration (one written between the code before it and its first token, its Javadoc included):
 *
 * <pre>
 * // +listType=map
 * // +listMapKey=name
 * public List&lt;Port&gt; ports;
 * </pre>
 *
 * <p>Marker lines are left out of descriptions, and so are {@code TODO} paragraphs (from a line
 * starting with {@code TODO} to the next blank line): they are notes to the developer.
 */
final class Markers {
    /** A marker line, {@code +name} or {@code +name=value}, once a comment's leading {@code *} is gone. */
    static final Pattern MARKER = Pattern.compile("^\\s*\\+([A-Za-z][\\w:.-]*)(?:=(.*))?$");
    private static final Pattern LEADING_STAR = Pattern.compile("^\\s*\\*");
    /** A code span of Markdown, {@code `List<String>`}: kept whole, its {@code <} no HTML tag. */
    private static final Pattern MARKDOWN_CODE = Pattern.compile("(`+)[^`].*?\\1");
    private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z]+);");
    /** HTML's inline (phrasing) elements: text runs through them. */
    private static final Set<String> INLINE_ELEMENTS = Set.of("a", "abbr", "b", "big", "cite", "code", "dfn", "em",
            "font", "i", "kbd", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u",
            "var", "mark", "ins", "del", "time", "bdi", "bdo", "data");

    private final SourceIndex index;
    private final Constants constants;

    /** Markers of the sources of {@code index}; {@code constants} gives what {@code {@value X#Y}} shows. */
    Markers(SourceIndex index, Constants constants) {
        this.index = index;
        this.constants = constants;
    }

    /**
     * The comments of a declaration of type {@code owner} (or of the type itself) written at
     * {@code line}: its description, its markers and its place.
     */
    Doc doc(List<Comment> comments, TypeDecl owner, int line) {
        if (comments.isEmpty()) {
            return Doc.at(index.location(owner, line));
        }
        return new Doc(description(comments, reference -> value(reference, owner, line)).orElse(null),
                markers(comments, owner), index.location(owner, line));
    }

    /**
     * What the javadoc tool shows for {@code {@value reference}} in a comment in {@code owner}: the
     * constant's value as Java writes it ({@code "text"}, {@code 5L}); null when it is no constant of
     * the sources or the JDK. A comment never makes the project's class path resolve, nor fails a run:
     * a name javac would find ambiguous in code is shown as written.
     */
    private String value(String reference, TypeDecl owner, int line) {
        int hash = reference.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String type = reference.substring(0, hash);
        String name = reference.substring(hash + 1);
        Object value;
        try {
            value = constants.value(type.isEmpty() ? new Expr.Name(name, name, line)
                    : new Expr.FieldAccess(type, name, reference, line), Scope.in(owner, line));
        } catch (OpctlException unresolvable) {
            return null;
        }
        if (value instanceof String text) {
            return Text.javaLiteral(text, '"');
        }
        if (value instanceof Character c) {
            return Text.javaLiteral(c.toString(), '\'');
        }
        return value instanceof Long || value instanceof Float ? value + (value instanceof Long ? "L" : "f")
                : value == null ? null : value.toString();
    }

    /**
     * The Javadoc among a declaration's comments (the last, as javac takes it: a {@code /** ... *}{@code /}
     * comment or, as from Java 23, a run of {@code ///} lines, whose Markdown stays as written), in one
     * line, without marker lines, {@code TODO} paragraphs and block tags.
     */
    static Optional<String> description(List<Comment> comments) {
        return description(comments, reference -> null);
    }

    /** The same; {@code values} gives what {@code {@value reference}} shows, or null to show the reference. */
    static Optional<String> description(List<Comment> comments, UnaryOperator<String> values) {
        // The last doc comment: a /** ... */, or a run of /// lines on lines one after another (Java 23's Markdown).
        List<Comment> doc = List.of();
        for (Comment comment : comments) {
            if (comment.kind() == Comment.Kind.JAVADOC) {
                doc = List.of(comment);
            } else if (comment.kind() == Comment.Kind.LINE && comment.content().startsWith("/")) {
                Comment last = doc.isEmpty() ? null : doc.get(doc.size() - 1);
                doc = last != null && last.kind() == Comment.Kind.LINE && last.line() == comment.line() - 1
                        ? doc : new ArrayList<>();
                doc.add(comment);
            }
        }
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        boolean markdown = doc.get(0).kind() == Comment.Kind.LINE;
        List<String> lines = new ArrayList<>();
        boolean todo = false;
        List<String> raws = markdown ? doc.stream().map(c -> MARKDOWN_CODE.matcher(c.content().substring(1))
                .replaceAll(m -> Matcher.quoteReplacement(m.group().replace("&", "&amp;").replace("<", "&lt;")
                        .replace(">", "&gt;")))).toList() : List.of(doc.get(0).content().split("\n"));
        for (String raw : raws) {
            String line = (markdown ? raw : LEADING_STAR.matcher(raw).replaceFirst("")).strip();
            if (line.startsWith("@")) {
                break; // the block tags (@param, @see, ...) end the description
            }
            // A TODO paragraph is for the developer, not for the API's users: it runs to a blank line.
            todo = line.startsWith("TODO") || todo && !line.isEmpty();
            if (!todo && !MARKER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        String text = plain(String.join(" ", lines), values);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Javadoc as text for {@code kubectl explain}: {@code {@code x}}, {@code {@link X}} and their kin
     * become their text, HTML tags and entities go, whitespace collapses.
     */
    static String plain(String javadoc) {
        return plain(javadoc, reference -> null);
    }

    /** The same; {@code values} gives what {@code {@value reference}} shows, or null to show the reference. */
    static String plain(String javadoc, UnaryOperator<String> values) {
        StringBuilder text = new StringBuilder(javadoc.length());
        int at = 0;
        for (int open = javadoc.indexOf("{@"); open >= 0; open = javadoc.indexOf("{@", at)) {
            int close = closingBrace(javadoc, open);
            if (close < 0) {
                break;
            }
            text.append(javadoc, at, open);
            String[] tagAndContent = javadoc.substring(open + 2, close).split("\\s+", 2);
            String content = inlineTag(tagAndContent[0], tagAndContent.length == 2 ? tagAndContent[1].strip() : "",
                    values);
            // Escaped, so that the tag stripping below leaves {@code <T>} alone; the entities are decoded after.
            text.append(content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            at = close + 1;
        }
        text.append(javadoc, at, javadoc.length());
        // An inline element goes without a trace (<a href="...">link</a>, stays "link,"), a block one leaves a space.
        String stripped = HTML_TAG.matcher(text).replaceAll(m -> INLINE_ELEMENTS.contains(m.group(1).toLowerCase(
                Locale.ROOT)) ? "" : " ");
        return ENTITY.matcher(stripped).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())))
                .replaceAll("\\s+", " ").strip();
    }

    /** Where the inline tag opened at {@code open} ends: its braces may nest ({@code {@code a { b }}}); -1 if never. */
    private static int closingBrace(String javadoc, int open) {
        int depth = 0;
        for (int i = open; i < javadoc.length(); i++) {
            char c = javadoc.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text an inline tag shows, as the javadoc tool renders it; none for {@code {@inheritDoc}} and the like. */
    private static String inlineTag(String tag, String content, UnaryOperator<String> values) {
        return switch (tag) {
            case "code", "literal", "summary", "systemProperty" -> content;
            case "link", "linkplain", "value" -> {
                int end = referenceEnd(content);
                String label = content.substring(end).strip();
                String value = tag.equals("value") ? values.apply(content.substring(0, end)) : null;
                yield value != null ? value : !label.isEmpty() ? label
                        : content.substring(0, end).replaceFirst("^#", "").replace('#', '.');
            }
            case "index" -> content.startsWith("\"") && content.indexOf('"', 1) > 0
                    ? content.substring(1, content.indexOf('"', 1)) : content.split("\\s+", 2)[0];
            case "return" -> content.isEmpty() ? "" : "Returns " + content + (content.endsWith(".") ? "" : ".");
            default -> "";
        };
    }

    /** Where a {@code {@link}}'s reference ends: at the first space outside its parameters ({@code #m(a, b)}). */
    private static int referenceEnd(String content) {
        int depth = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth <= 0 && Character.isWhitespace(c)) {
                return i;
            }
        }
        return content.length();
    }

    /** The character an HTML entity stands for ({@code &#64;}, {@code &#x40;}, {@code &lt;}); unknown ones stay. */
    private static String entity(String name, String written) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            try {
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                // NUL and the surrogates are no characters to HTML either: they stay as written.
                boolean character = Character.isValidCodePoint(code) && code != 0
                        && Character.getType(code) != Character.SURROGATE;
                return character ? Character.toString(code) : written;
            } catch (NumberFormatException tooLong) {
                return written;
            }
        }
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> written;
        };
    }

    /** What {@code comment} says; of a line of a Markdown doc comment ({@code /// +listType=set}), after its /. */
    static String markdownless(Comment comment) {
        return comment.kind() == Comment.Kind.LINE && comment.content().startsWith("/") ? comment.content().substring(1)
                : comment.content();
    }

    /** The marker comments ({@code +name=value}) among a declaration's comments, in the order written. */
    private List<Doc.Marker> markers(List<Comment> comments, TypeDecl owner) {
        List<Doc.Marker> found = new ArrayList<>();
        for (Comment comment : comments) {
            if (comment.content().indexOf('+') < 0) {
                continue;
            }
            String[] lines = markdownless(comment).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = MARKER.matcher(LEADING_STAR.matcher(lines[i]).replaceFirst(""));
                if (m.matches()) {   // at its own line of the comment
                    found.add(new Doc.Marker(m.group(1), m.group(2) == null ? null : m.group(2).strip(),
                            index.location(owner, comment.line() + i)));
                }
            }
        }
        return found;
    }
}
