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
}
