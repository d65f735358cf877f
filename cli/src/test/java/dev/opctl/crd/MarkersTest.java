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
    void aRunOfMarkdownDocLinesIsTheDescriptionAsFromJava23() {
        // A run of /// lines, one after another, is a doc comment; the last doc comment wins, of either kind.
        assertEquals(Optional.of("The size, **in bytes**: a `List<String>` or - `one` - `two`"), Markers.description(List.of(
                javadoc(" Not this. "), line("/ The size, **in bytes**:", 2), line("/ a `List<String>` or", 3),
                line("/", 4), line("/   - `one`", 5), line("/   - `two`", 6), line(" +kubebuilder:validation:Minimum=1", 7))));
        assertEquals(Optional.of("Second run."), Markers.description(List.of(line("/ First run.", 1),
                line("/ Second run.", 3))));
        assertEquals(Optional.of("Javadoc last."), Markers.description(List.of(line("/ Markdown.", 1),
                javadoc(" Javadoc last. "))));
        // Two slashes only: no doc comment. Block tags end a Markdown one too.
        assertEquals(Optional.empty(), Markers.description(List.of(line(" A note.", 1))));
        assertEquals(Optional.of("The port."), Markers.description(List.of(line("/ The port.", 1),
                line("/ @see Other", 2))));
    }

    private static Comment line(String content, int line) {
        return new Comment(Comment.Kind.LINE, content, line);
    }

    @Test
    void blockTagsMarkerLinesAndTodoParagraphsAreLeftOut() {
        assertEquals(Optional.of("How many to run, see x: 1 to 10."), Markers.description(List.of(javadoc(
                "\n * How many to run,\n * see {@code x}: 1 to 10.\n * +kubebuilder:default=1\n *\n"
                + " * TODO: check the upper bound\n * with the team.\n *\n * @see Other\n * more tag text\n "))));
    }

    @Test
    void inlineTagsHtmlAndEntitiesBecomeTextAsTheJavadocToolShowsThem() {
        assertEquals("A link, the size, java.util.List, Spec.MAX, MAX, <T> & @ @ é one two",
                Markers.plain("A <a href=\"https://x\">link</a>, {@link java.util.List#size() the size}, "
                        + "{@linkplain java.util.List}, {@value Spec#MAX}, {@value #MAX}, {@code <T>} &amp; &#64; "
                        + "&#x40; &#233; <ul><li>one</li><li>two</li></ul>"));
        // Braces nest in an inline tag; {@inheritDoc} and {@docRoot} show nothing here.
        assertEquals("code { braces } x", Markers.plain("<pre>{@code code { braces }}</pre> {@inheritDoc}{@docRoot} x"));
        assertEquals("Sum. term multi word Returns the count.", Markers.plain("{@summary Sum.} {@index term here} "
                + "{@index \"multi word\" phrase} {@return the count}"));
        // Unknown entities and escaped ones stay as written; an unclosed tag is text.
        assertEquals("&bogus; &#64; {@code open", Markers.plain("&bogus; {@literal &#64;} {@code open"));
        // A reference's parameters hold spaces; NUL and surrogates are no characters; <mark> is inline.
        assertEquals("Foo.bar(int, String), the bar, its size, &#0;&#xD800; marked.",
                Markers.plain("{@link Foo#bar(int, String)}, {@link Foo#bar(int, String) the bar}, "
                        + "{@linkplain #size( ) its size}, &#0;&#xD800; <mark>marked</mark>."));
        assertEquals("<b>not a tag</b>", Markers.plain("{@code <b>not a tag</b>}"));
    }
}
