package dev.opctl.crd;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.utils.PositionUtils;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Gives each comment of a tree {@link DeclarationParser} built to the node it comments, or to its
 * parent as an orphan, exactly as JavaParser's {@code CommentsInserter} does under JavaParser's
 * default settings (which {@link SourceIndex#configuration()} keeps): this is that class's
 * algorithm (JavaParser, Apache License 2.0), step for step. JavaParser's own needs a
 * {@code ParserConfiguration}, whose first use builds a validator for every Java version: 40 ms of a
 * run that has no other use for them. {@code DeclarationParserTest} compares the results.
 */
final class CommentAttribution {
    private CommentAttribution() {
    }

    static void attribute(CompilationUnit unit, Collection<Comment> comments) {
        TreeSet<Comment> sorted = new TreeSet<>(Node.NODE_BY_BEGIN_POSITION);
        sorted.addAll(comments);
        insert(unit, sorted);
    }

    private static void insert(Node node, TreeSet<Comment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        if (node instanceof CompilationUnit unit) {
            // The first comment belongs to the file when it precedes the package declaration.
            Comment first = comments.first();
            if (unit.getPackageDeclaration().isPresent() && (unit.getChildNodes().isEmpty()
                    || PositionUtils.areInOrder(first, unit.getPackageDeclaration().get()))) {
                unit.setComment(first);
                comments.remove(first);
            }
        }
        // A comment inside a child is that child's to attribute; comments are never a modifier's.
        List<Node> children = new ArrayList<>();
        for (Node child : node.getChildNodes()) {
            if (!(child instanceof Modifier)) {
                children.add(child);
            }
        }
        for (Node child : children) {
            TreeSet<Comment> inside = new TreeSet<>(Node.NODE_BY_BEGIN_POSITION);
            for (Comment comment : comments) {
                if (comment.hasRange() && PositionUtils.nodeContains(child, comment, false)) {
                    inside.add(comment);
                }
            }
            comments.removeAll(inside);
            insert(child, inside);
        }
        attributeLineCommentsOnSameLine(comments, children);
        // A comment on the line right before the node is the node's.
        if (!comments.isEmpty() && isOnNextLine(node, comments.first())) {
            node.setComment(comments.first());
            comments.remove(comments.first());
        }
        // Otherwise a comment is the next child's, unless an empty line or another comment comes between.
        List<Node> childrenAndComments = new ArrayList<>(children);
        childrenAndComments.addAll(comments);
        PositionUtils.sortByBeginPosition(childrenAndComments, false);
        List<Comment> attributed = new ArrayList<>();
        Comment previous = null;
        for (Node thing : childrenAndComments) {
            if (thing instanceof Comment comment) {
                previous = comment.isOrphan() ? comment : null;
            } else if (previous != null && thing.getComment().isEmpty() && !linesBetween(previous, thing)) {
                thing.setComment(previous);
                attributed.add(previous);
                previous = null;
            }
        }
        comments.removeAll(attributed);
        for (Comment comment : comments) {
            if (comment.isOrphan()) {
                node.addOrphanComment(comment);
            }
        }
    }

    /** A line comment after something on its line is that thing's, or its innermost child's there. */
    private static void attributeLineCommentsOnSameLine(TreeSet<Comment> comments, List<Node> children) {
        List<Comment> attributed = new ArrayList<>();
        for (Comment comment : comments) {
            if (!comment.hasRange() || !comment.isLineComment()) {
                continue;
            }
            Range commentRange = comment.getRange().get();
            for (Node child : children) {
                if (child.hasRange() && child.getRange().get().end.line == commentRange.begin.line
                        && attributeLineComment(child, comment.asLineComment())) {
                    attributed.add(comment);
                }
            }
        }
        comments.removeAll(attributed);
    }

    private static boolean attributeLineComment(Node node, LineComment comment) {
        if (!node.hasRange() || !comment.hasRange()) {
            return false;
        }
        if (node.getBegin().get().line == comment.getBegin().get().line && node.getComment().isEmpty()) {
            if (!(node instanceof Comment)) {
                node.setComment(comment);
            }
            return true;
        }
        // The children from the last to the first: the nearest to the comment first.
        List<Node> children = new ArrayList<>(node.getChildNodes());
        PositionUtils.sortByBeginPosition(children);
        Collections.reverse(children);
        for (Node child : children) {
            if (attributeLineComment(child, comment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linesBetween(Node a, Node b) {
        if (!a.hasRange() || !b.hasRange()) {
            return true;
        }
        if (!PositionUtils.areInOrder(a, b)) {
            return linesBetween(b, a);
        }
        return b.getBegin().get().line > a.getEnd().get().line + 1;
    }

    private static boolean isOnNextLine(Node node, Comment comment) {
        return comment.hasRange() && node.hasRange()
                && comment.getRange().get().end.line + 1 == node.getRange().get().begin.line;
    }
}
