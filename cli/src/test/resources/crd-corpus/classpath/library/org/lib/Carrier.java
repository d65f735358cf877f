package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** An interface whose @JsonValue method returns its type variable. */
public interface Carrier<V> {
    @JsonValue
    V carried();
}
