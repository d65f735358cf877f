package dev.opctl.crd.syntax;

/**
 * A comment.
 *
 * @param kind line, block or Javadoc
 * @param content the text between its delimiters ({@code //} and the end of the line, {@code /*} or
 *     {@code /**} and {@code *}{@code /}), line ends as {@code \n}
 * @param line the line it starts on (the first line is 1)
 */
public record Comment(Kind kind, String content, int line) {
    /** The three kinds of comment. */
    public enum Kind { LINE, BLOCK, JAVADOC }
}
