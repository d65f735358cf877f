package org.lib;

/** An interface that inherits its @JsonValue method from another. */
public interface Titled extends Labeled {
}
