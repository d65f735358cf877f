package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Parameters that no annotation names join nothing, whatever else they carry. */
public class Unnamed {
    private final int count;
    private final int other;

    @JsonCreator
    public Unnamed(@JsonFormat(shape = JsonFormat.Shape.STRING) int count,
            @JsonProperty("other") @JsonFormat(shape = JsonFormat.Shape.STRING) int other) {
        this.count = count;
        this.other = other;
    }

    public int getCount() {
        return count;
    }

    public int getOther() {
        return other;
    }
}
