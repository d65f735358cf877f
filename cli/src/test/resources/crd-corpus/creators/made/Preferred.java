package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A constructor marked @JsonCreator wins over one that only names its parameters, and over a factory. */
public class Preferred {
    private final int count;

    @JsonCreator
    public Preferred(@JsonProperty("count") int count) {
        this.count = count;
    }

    public Preferred(@JsonProperty("count") @JsonFormat(shape = JsonFormat.Shape.STRING) int count, String unused) {
        this.count = count;
    }

    @JsonCreator
    public static Preferred of(@JsonProperty("count") @JsonFormat(shape = JsonFormat.Shape.STRING) int count,
            int more) {
        return new Preferred(count + more);
    }

    public int getCount() {
        return count;
    }
}
