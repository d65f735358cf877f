package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;

/** @JsonValue fields that a constructor sets through another, by this(...). */
public class DelegatedValues {
    public Overloaded overloaded;
    public Chained chained;
    public Constant constant;

    /** The constructor without a name passes a constant one. */
    public enum Overloaded {
        FIRST("first"), SECOND;

        @JsonValue
        private final String label;

        Overloaded(String label) {
            this.label = label;
        }

        Overloaded() {
            this("second-default");
        }
    }

    /** Through two constructors, the parameters reordered on the way. */
    public enum Chained {
        LOW("low", 1), MIDDLE("middle"), HIGH(3, "high"), UNSET;

        private static final String FALLBACK = "fallback";

        @JsonValue
        private final String name;
        private final int weight;

        Chained(String name) {
            this(name, 10);
        }

        Chained(int weight, String name) {
            this(name, weight);
        }

        Chained(String name, int weight) {
            this.name = name;
            this.weight = weight;
        }

        Chained() {
            this(FALLBACK);
        }
    }

    /** A boolean value, passed as a literal. */
    public enum Constant {
        ON, OFF(false);

        @JsonValue
        private final boolean enabled;

        Constant() {
            this(true);
        }

        Constant(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
