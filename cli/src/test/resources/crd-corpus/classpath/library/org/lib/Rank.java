package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A library enum written through a switch expression on this, of ints. */
public enum Rank {
    LOW, MID, HIGH;

    @JsonValue
    public int json() {
        return switch (this) {
            case LOW -> 1;
            case MID -> 20;
            case HIGH -> 300;
        };
    }
}
