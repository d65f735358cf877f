package j25;

import com.fasterxml.jackson.annotation.JsonValue;

/** A switch statement on this whose default gives the constants without a case a value, as javac 25 compiles it. */
public enum Rest {
    A, B, C, D;

    @JsonValue
    public String json() {
        switch (this) {
            case B:
                return "b";
            case D:
                return "d";
            default:
                return "rest";
        }
    }
}
