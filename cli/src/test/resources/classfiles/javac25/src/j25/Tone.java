package j25;

import com.fasterxml.jackson.annotation.JsonValue;

/** A switch statement on this with shared cases and a throwing default, as javac 25 compiles it. */
public enum Tone {
    WARM, HOT, COOL;

    @JsonValue
    public String json() {
        switch (this) {
            case WARM:
            case HOT:
                return "warm-or-hot";
            case COOL:
                return "cool";
            default:
                throw new IllegalStateException();
        }
    }
}
