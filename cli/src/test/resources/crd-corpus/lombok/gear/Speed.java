package gear;

import com.fasterxml.jackson.annotation.JsonValue;
import lombok.AllArgsConstructor;
import lombok.NonNull;

/** Lombok's @AllArgsConstructor: every field without an initializer is a parameter, in order. */
@AllArgsConstructor
public enum Speed {
    SLOW(1, "slow-ish", 10L),
    FAST(2, "fast-ish", 20L);

    private int rank;
    @NonNull
    @JsonValue
    private final String text;
    private long limit;
    private final boolean fixed = true;
}
