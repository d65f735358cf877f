package j25;

import com.fasterxml.jackson.annotation.JsonValue;

/** A switch expression on this with a default, in a return, as javac 25 compiles it. */
public enum Tail {
    LOW, MID, HIGH;

    @JsonValue
    public int json() {
        return switch (this) {
            case MID -> 5;
            default -> 1;
        };
    }
}
