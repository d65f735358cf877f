package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A creator Jackson is told not to use: its parameters join nothing. */
public class Disabled {
    private int count;

    public Disabled() {
    }

    @JsonCreator(mode = JsonCreator.Mode.DISABLED)
    public Disabled(@JsonProperty("count") @JsonFormat(shape = JsonFormat.Shape.STRING) int count) {
        this.count = count;
    }

    public int getCount() {
        return count;
    }
}
