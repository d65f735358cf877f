package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A parameter that names another property than its getter's name joins nothing written. */
public class Renamed {
    private final int count;

    @JsonCreator
    public Renamed(@JsonProperty("total") @JsonFormat(shape = JsonFormat.Shape.STRING) int count) {
        this.count = count;
    }

    public int getCount() {
        return count;
    }
}
