package dev.opctl.crd;

import dev.opctl.crd.model.Doc;
import dev.opctl.crd.syntax.Comment;
import dev.opctl.crd.syntax.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** Javadoc's inline tags whose text belongs in a description: {@code {@code x}}, {@code {@link X label}}, ... */
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|value|link|linkplain)\\s+([^}]*)}");
    private static final Pattern LEADING_STAR = Pattern.compile("^\\s*\\*");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private final SourceIndex index;

    Markers(SourceIndex index) {
        this.index = index;
    }

    /**
     * The comments of a declaration of type {@code owner} (or of the type itself) written at
     * {@code line}: its description, its markers and its place.
     */
    Doc doc(List<Comment> comments, TypeDecl owner, int line) {
        if (comments.isEmpty()) {
            return Doc.at(index.location(owner, line));
        }
        return new Doc(description(comments).orElse(null), markers(comments, owner), index.location(owner, line));
    }

    /**
     * The Javadoc among a declaration's comments (the last, as javac takes it), in one line, without
     * marker lines, {@code TODO} paragraphs and block tags.
     */
    static Optional<String> description(List<Comment> comments) {
        Comment javadoc = null;
        for (Comment comment : comments) {
            if (comment.kind() == Comment.Kind.JAVADOC) {
                javadoc = comment;
            }
        }
        if (javadoc == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        boolean todo = false;
        for (String raw : javadoc.content().split("\n")) {
            String line = LEADING_STAR.matcher(raw).replaceFirst("").strip();
            if (line.startsWith("@")) {
                break; // the block tags (@param, @see, ...) end the description
            }
            // A TODO paragraph is for the developer, not for the API's users: it runs to a blank line.
            todo = line.startsWith("TODO") || todo && !line.isEmpty();
            if (!todo && !MARKER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        String text = plain(String.join(" ", lines));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Javadoc as text for {@code kubectl explain}: {@code {@code x}}, {@code {@link X}} and their kin
     * become their text, HTML tags and entities go, whitespace collapses.
     */
    static String plain(String javadoc) {
        String text = INLINE_TAG.matcher(javadoc).replaceAll(m -> {
            String content = m.group(2).strip();
            if (m.group(1).startsWith("link")) {
                String[] refAndLabel = content.split("\\s+", 2);
                content = refAndLabel.length == 2 ? refAndLabel[1] : refAndLabel[0].replaceFirst("^#", "")
                        .replace('#', '.');
            }
            // Escaped, so that the tag stripping below leaves {@code <T>} alone; the entities are decoded after.
            return Matcher.quoteReplacement(content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        });
        text = HTML_TAG.matcher(text).replaceAll(" ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The marker comments ({@code +name=value}) among a declaration's comments, in the order written. */
    private List<Doc.Marker> markers(List<Comment> comments, TypeDecl owner) {
        List<Doc.Marker> found = new ArrayList<>();
        for (Comment comment : comments) {
            if (comment.content().indexOf('+') < 0) {
                continue;
            }
            for (String line : comment.content().split("\n")) {
                Matcher m = MARKER.matcher(LEADING_STAR.matcher(line).replaceFirst(""));
                if (m.matches()) {
                    found.add(new Doc.Marker(m.group(1), m.group(2) == null ? null : m.group(2).strip(),
                            index.location(owner, comment.line())));
                }
            }
        }
        return found;
    }
}
