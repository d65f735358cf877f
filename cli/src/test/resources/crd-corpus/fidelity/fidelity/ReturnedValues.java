package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;

/** Enums whose @JsonValue method switches on the constant (a switch leaves the file to JavaParser). */
public class ReturnedValues {
    public Family family;
    public Mode mode;
    public Level level;
    public Weight weight;
    public Speed speed;
    public Tier tier;
    public Shade shade;

    /** Strimzi's shape: a switch statement, cases sharing a return, a default for the rest. */
    public enum Family {
        IPV4, IPV6, DUAL, BOTH;

        @JsonValue
        public String toValue() {
            switch (this) {
                case IPV4:
                    return "IPv4";
                case IPV6:
                    return "IPv6";
                case DUAL:
                case BOTH:
                    return Constants.DUAL_STACK;
                default:
                    return null;
            }
        }
    }

    /** A returned switch expression, with a case for two constants and a default that throws. */
    public enum Mode {
        FULL, REMOVE, ADD;

        @JsonValue
        public String toValue() {
            return switch (this) {
                case FULL -> "full";
                case REMOVE, ADD -> {
                    yield "partial";
                }
                default -> throw new IllegalStateException();
            };
        }
    }

    /** Arrows in a switch statement, each a block that returns, and a throw after it. */
    public enum Level {
        LOW, HIGH;

        @JsonValue
        public String toValue() {
            switch (this) {
                case LOW -> {
                    return "low";
                }
                case HIGH -> {
                    return "high";
                }
            }
            throw new IllegalStateException("unknown level " + this);
        }
    }

    /** A number per constant. */
    public enum Weight {
        LIGHT, HEAVY;

        @JsonValue
        public int toValue() {
            return switch (this) {
                case LIGHT -> 1;
                case HEAVY -> 2 * 8;
            };
        }
    }

    /** A default that gives the constants without a case one value: fabric8 lists it once. */
    public enum Speed {
        FAST, SLOW, STEADY;

        @JsonValue
        public String toValue() {
            switch (this) {
                case FAST:
                    return "fast";
                default:
                    return "other";
            }
        }
    }

    /** A return after the switch gives the constants without a case their value. */
    public enum Tier {
        GOLD, SILVER, BRONZE;

        @JsonValue
        public String toValue() {
            switch (this) {
                case BRONZE:
                    return "bronze";
                case GOLD:
                    return "gold";
            }
            return Constants.DUAL_STACK;
        }
    }

    /** A switch expression's default. */
    public enum Shade {
        DARK, LIGHT, PALE, DIM;

        @JsonValue
        public String toValue() {
            return switch (this) {
                case LIGHT -> "light";
                case DIM -> "dim";
                default -> "dark";
            };
        }
    }

    static final class Constants {
        static final String DUAL_STACK = "Dual" + "Stack";

        private Constants() {
        }
    }
}
