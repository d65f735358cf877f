package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A library enum through an interface of an interface, and one that turns the @JsonValue off. */
public enum Stage implements Titled {
    ALPHA("alpha-stage"), BETA("beta-stage");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** @JsonValue(false) on the implementation: the constants' names. */
    public enum Plain implements Labeled {
        ONE, TWO;

        @Override
        @JsonValue(false)
        public String label() {
            return "same";
        }
    }
}
