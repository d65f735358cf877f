package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A boolean and a char @JsonValue: class files hold both as ints. */
public enum Switch {
    ON(true, 'y'), OFF(false, 'n');

    @JsonValue
    private final boolean on;
    private final char letter;

    Switch(boolean on, char letter) {
        this.on = on;
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}
