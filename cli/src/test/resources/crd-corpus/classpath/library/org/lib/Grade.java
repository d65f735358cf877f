package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** @JsonValue on a field; a constant's value from a constant of the class. */
public enum Grade {
    A("grade-a"), B(Grade.B_LABEL);

    static final String B_LABEL = "grade-b";

    @JsonValue
    private final String label;

    Grade(String label) {
        this.label = label;
    }
}
