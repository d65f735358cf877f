package gear;

import com.fasterxml.jackson.annotation.JsonValue;
import lombok.RequiredArgsConstructor;

/** An enum whose constructor Lombok writes: the @JsonValue getter returns the field it sets. */
@RequiredArgsConstructor
public enum Policy {
    RETAIN("Retain", 1),
    DELETE("Delete", 2);

    private static final String PREFIX = "policy-";

    private final String value;
    private final int weight;
    private int uses;
    private final String label = "kept";

    @JsonValue
    public String toValue() {
        return value;
    }
}
