package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A library enum written through a switch (this) statement: javac compiles it to a table in Tone$1. */
public enum Tone {
    WARM, HOT, COOL, COLD;

    @JsonValue
    public String json() {
        switch (this) {
            case WARM:
            case HOT:
                return "warm-or-hot";
            case COOL:
                return "cool";
            case COLD:
                return "cold";
            default:
                throw new IllegalStateException();
        }
    }
}
