package dev.opctl.crd.model;

import java.util.List;

/**
 * What the comments on a declaration say: its Javadoc, in one line without marker lines and block
 * tags, and its marker comments ({@code // +listType=map}). Class files have neither.
 *
 * @param javadoc the description, or null for none
 * @param markers the markers, in the order written
 */
public record Doc(String javadoc, List<Marker> markers) {
    /** No comments: every declaration read from a class file. */
    public static final Doc NONE = new Doc(null, List.of());

    public Doc {
        markers = List.copyOf(markers);
    }

    /** A marker comment {@code +name=value}; {@code value} is null for {@code +name}. */
    public record Marker(String name, String value) {
    }
}
