package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opctl.crd.syntax.Comment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A declaration's description from its comments. */
class MarkersTest {
    private static Comment javadoc(String content) {
        return new Comment(Comment.Kind.JAVADOC, content, 1);
    }

    @Test
    void theLastJavadocIsTheDescriptionAsJavacTakesItMarkerLinesAfterItOrNot() {
        // JavaParser gave the line comment to the field and left the Javadoc an orphan: no description.
        assertEquals(Optional.of("The port."), Markers.description(List.of(javadoc(" The port. "),
                new Comment(Comment.Kind.LINE, " +kubebuilder:validation:Minimum=1", 2))));
        assertEquals(Optional.of("Second."), Markers.description(List.of(javadoc(" First. "), javadoc(" Second. "))));
        assertEquals(Optional.empty(), Markers.description(List.of(new Comment(Comment.Kind.BLOCK, " Not doc. ", 1))));
    }

    @Test
    void blockTagsMarkerLinesAndTodoParagraphsAreLeftOut() {
        assertEquals(Optional.of("How many to run, see x: 1 to 10."), Markers.description(List.of(javadoc(
                "\n * How many to run,\n * see {@code x}: 1 to 10.\n * +kubebuilder:default=1\n *\n"
                + " * TODO: check the upper bound\n * with the team.\n *\n * @see Other\n * more tag text\n "))));
    }
}
