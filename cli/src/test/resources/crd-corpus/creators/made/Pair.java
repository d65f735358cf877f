package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A record with a creator besides its canonical constructor: the creator's parameters count. */
public record Pair(int left, int right) {
    @JsonCreator
    public Pair(@JsonProperty("left") @JsonFormat(shape = JsonFormat.Shape.STRING) int left) {
        this(left, 0);
    }
}
