package made;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** No @JsonCreator: the constructor whose parameters @JsonProperty names is the creator. */
public class Implicit {
    private final long size;

    public Implicit(@JsonProperty("size") @JsonFormat(shape = JsonFormat.Shape.STRING) long size) {
        this.size = size;
    }

    public long getSize() {
        return size;
    }
}
