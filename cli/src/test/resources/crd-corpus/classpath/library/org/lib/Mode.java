package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A library enum written through a @JsonValue getter. */
public enum Mode {
    FAST("fast-mode", 1), SAFE("safe-mode", 2);

    private final String text;
    private final int weight;

    Mode(String text, int weight) {
        this.text = text;
        this.weight = weight;
    }

    @JsonValue
    public String text() {
        return text;
    }

    public int weight() {
        return weight;
    }
}
