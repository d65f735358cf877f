package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Values made from the constants' names, as operators write kebab-case ones: read from the bytecode. */
public enum Strategy {
    ROLLING_UPDATE, RECREATE, BLUE_GREEN;

    @JsonValue
    public String toValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** With Strings, before the case change. */
    public enum Spaced {
        NEAR_BY, FAR;

        @JsonValue
        String value() {
            return name().replace("_", " ").toLowerCase();
        }
    }
}
