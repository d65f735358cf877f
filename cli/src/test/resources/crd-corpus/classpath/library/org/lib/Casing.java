package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** @JsonValue getters that return the constant's name, lower- or upper-cased or as it is. */
public final class Casing {
    private Casing() {
    }

    public enum Lower {
        FIRST_ONE, SECOND;

        @JsonValue
        public String toValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Upper {
        alpha, beta;

        @JsonValue
        public String toValue() {
            return name().toUpperCase();
        }
    }

    public enum Same {
        ONE, TWO;

        @JsonValue
        public String toValue() {
            return name();
        }
    }
}
