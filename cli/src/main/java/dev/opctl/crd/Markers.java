package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import dev.opctl.crd.model.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Javadoc descriptions and kubebuilder-style marker comments on fields and classes of the
 * sources, opctl's additions to what fabric8 reads, into the model's {@code Doc}
 * ({@link ListMapMarkersRule} applies the markers). A marker is a comment line of its own right
 * above the member or inside its Javadoc:
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

    /** The Javadoc of a member, in one line, without marker lines and block tags. */
    Optional<String> description(Node member) {
        if (!(member instanceof NodeWithJavadoc<?> documented)) {
            return Optional.empty();
        }
        return documented.getJavadoc().map(doc -> {
            List<String> lines = new ArrayList<>();
            boolean todo = false;
            for (String line : doc.getDescription().toText().split("\n")) {
                // A TODO paragraph is for the developer, not for the API's users: it runs to a blank line.
                todo = line.strip().startsWith("TODO") || todo && !line.isBlank();
                if (!todo && !MARKER.matcher(line).matches()) {
                    lines.add(line.strip());
                }
            }
            return plain(String.join(" ", lines));
        }).filter(text -> !text.isEmpty());
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

    /** The marker comments ({@code +name=value}) of a member or type, in the order written. */
    List<Doc.Marker> markers(Node member) {
        List<Doc.Marker> found = new ArrayList<>();
        for (Comment comment : comments(member)) {
            for (String line : comment.getContent().split("\n")) {
                Matcher m = MARKER.matcher(LEADING_STAR.matcher(line).replaceFirst(""));
                if (m.matches()) {
                    found.add(new Doc.Marker(m.group(1), m.group(2) == null ? null : m.group(2).strip(),
                            index.location(comment)));
                }
            }
        }
        return found;
    }

    /** The member's own comment and the comments on the lines right above it. */
    private static List<Comment> comments(Node member) {
        List<Comment> found = new ArrayList<>();
        member.getComment().ifPresent(found::add);
        int begin = member.getBegin().map(p -> p.line).orElse(-1);
        Node parent = member.getParentNode().orElse(null);
        if (parent == null || begin < 0) {
            return found;
        }
        List<Comment> orphans = parent.getOrphanComments();
        if (orphans.stream().noneMatch(c -> !(c instanceof JavadocComment) && c.getBegin().map(p -> p.line)
                .orElse(0) < begin)) {
            return found; // no comment line above it but its own: no need to find where the one before ends
        }
        int previousEnd = 0;
        for (Node sibling : parent.getChildNodes()) {
            if (sibling == member || sibling instanceof Comment) {
                continue;
            }
            int end = sibling.getEnd().map(p -> p.line).orElse(0);
            if (end < begin) {
                previousEnd = Math.max(previousEnd, end);
            }
        }
        for (Comment orphan : orphans) {
            int line = orphan.getBegin().map(p -> p.line).orElse(0);
            if (line > previousEnd && line < begin && !(orphan instanceof JavadocComment)) {
                found.add(orphan);
            }
        }
        return found;
    }
}
