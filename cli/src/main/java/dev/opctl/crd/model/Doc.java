package dev.opctl.crd.model;

import java.util.List;

/**
 * What the source says of a declaration beyond its code: its Javadoc, in one line without marker
 * lines and block tags, its marker comments ({@code // +listType=map}), and where it is written, for
 * error messages. Class files have none of these.
 *
 * @param javadoc the description, or null for none
 * @param markers the markers, in the order written
 * @param where the declaration's file and line ({@code Foo.java:12}), or null when not read from a source
 */
public record Doc(String javadoc, List<Marker> markers, String where) {
    /** No comments: every declaration read from a class file. */
    public static final Doc NONE = new Doc(null, List.of(), null);

    public Doc {
        markers = List.copyOf(markers);
    }

    /** Comments of a declaration whose place is not known. */
    public Doc(String javadoc, List<Marker> markers) {
        this(javadoc, markers, null);
    }

    /** No comments, at {@code where}: a member javac or Lombok makes from one written there. */
    public static Doc at(String where) {
        return new Doc(null, List.of(), where);
    }

    /**
     * A marker comment {@code +name=value}; {@code value} is null for {@code +name}.
     *
     * @param where the comment's file and line, or null when not known
     */
    public record Marker(String name, String value, String where) {
        /** A marker whose place is not known. */
        public Marker(String name, String value) {
            this(name, value, null);
        }
    }
}
