package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A @JsonValue field a constructor sets through others, by this(...): from a parameter, reordered, or a constant. */
public enum Delegated {
    LOW("low", 1), MIDDLE("middle"), HIGH(3L, "high"), UNSET;

    private static final String FALLBACK = "fallback";

    @JsonValue
    private final String name;
    private final long weight;

    Delegated(String name) {
        this(name, 10);
    }

    Delegated(long weight, String name) {
        this(name, weight);
    }

    Delegated(String name, long weight) {
        this.name = name;
        this.weight = weight;
    }

    Delegated() {
        this(FALLBACK);
    }
}
