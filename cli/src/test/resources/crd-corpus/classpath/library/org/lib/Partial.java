package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Switches on this that opctl reads as far as sources let it (no resource uses them; the readers must
 * agree): a constant left to the default has no value, so none has; a case returning a field gives none.
 */
public enum Partial {
    ONE, TWO, OTHER;

    @JsonValue
    public String json() {
        switch (this) {
            case ONE:
                return "one";
            case TWO:
                return "two";
            default:
                return "other";
        }
    }

    /** Its cases return a field: no constant's value is known. */
    public enum Unreadable {
        A, B;

        private final String label = "x";

        @JsonValue
        public String json() {
            switch (this) {
                case A:
                    return "a";
                default:
                    return label;
            }
        }
    }

    /** The switch expression's value goes on to more code than a return: no values. */
    public enum Shouting {
        LOW, HIGH;

        @JsonValue
        public String json() {
            return (switch (this) {
                case LOW -> "low";
                case HIGH -> "high";
            }).toUpperCase();
        }
    }

    /** A case switches again: its value is not one constant, so none is known. */
    public enum Nested {
        A, B;

        static int mode = 1;

        @JsonValue
        public String json() {
            switch (this) {
                case A:
                    switch (mode) {
                        case 1:
                            return "a1";
                        default:
                            return "a";
                    }
                case B:
                    return "b";
                default:
                    throw new IllegalStateException();
            }
        }
    }

    /** valueOf of a String is no boxing: no values. */
    public enum Parsed {
        A, B;

        @JsonValue
        public Integer json() {
            switch (this) {
                case A:
                    return Integer.valueOf("ff", 16);
                default:
                    return 2;
            }
        }
    }
}
