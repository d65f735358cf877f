package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Enums whose @JsonValue method returns the constant's name, as it is or lower- or upper-cased. */
public class NamedValues {
    public Named named;
    public Lower lower;
    public Upper upper;

    public enum Named {
        ONE, TWO;

        @JsonValue
        public String value() {
            return name();
        }
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
}
