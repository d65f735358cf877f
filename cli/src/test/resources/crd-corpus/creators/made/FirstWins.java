package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A static factory is the creator when no constructor is marked; the explicit mode counts. */
public class FirstWins {
    private final int count;

    public FirstWins(int count) {
        this.count = count;
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static FirstWins create(@JsonProperty("count") @JsonFormat(shape = JsonFormat.Shape.STRING) int count) {
        return new FirstWins(count);
    }

    public int getCount() {
        return count;
    }
}
