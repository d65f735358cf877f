package j25;

import com.fasterxml.jackson.annotation.JsonValue;

/** A switch expression on this, of ints, as javac 25 compiles it: on ordinal() itself. */
public enum Size {
    S, M, L;

    @JsonValue
    public int json() {
        return switch (this) {
            case S -> 1;
            case M -> 20;
            case L -> 300;
        };
    }
}
