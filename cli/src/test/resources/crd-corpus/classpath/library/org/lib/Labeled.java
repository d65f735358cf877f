package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** An interface whose @JsonValue method the enums implementing it inherit, as Jackson finds it. */
public interface Labeled {
    @JsonValue
    String label();
}
