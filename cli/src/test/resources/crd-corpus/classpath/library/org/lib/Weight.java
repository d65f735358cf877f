package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A boxed double @JsonValue field, made with Double.valueOf in the static initializer. */
public enum Weight {
    LIGHT(0.5), HEAVY(2.0);

    @JsonValue
    private final Double kilograms;

    Weight(Double kilograms) {
        this.kilograms = kilograms;
    }
}
