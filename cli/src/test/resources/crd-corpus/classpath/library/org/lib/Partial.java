package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Switches on this that opctl reads as far as sources let it (the readers must agree): a constant
 * without a case has the default's value (here and in Rest and Fallback, which a resource uses); a
 * case returning a field gives none (the enums no resource uses).
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

    /** A switch statement without a default: the return after it is the value of the constants without a case. */
    public enum Rest {
        FIRST, SECOND, THIRD;

        @JsonValue
        public String json() {
            switch (this) {
                case SECOND:
                    return "second";
                case FIRST:
            }
            return "rest";
        }
    }

    /** A switch expression's default, of numbers. */
    public enum Fallback {
        LOW, MID, HIGH;

        @JsonValue
        public int json() {
            return switch (this) {
                case MID -> 5;
                default -> 1;
            };
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
