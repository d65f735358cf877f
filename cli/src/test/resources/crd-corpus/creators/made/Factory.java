package made;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A static factory method marked @JsonCreator. */
public class Factory {
    private final int num;
    private final String name;

    private Factory(int num, String name) {
        this.num = num;
        this.name = name;
    }

    @JsonCreator
    public static Factory of(@JsonProperty("num") @JsonFormat(shape = JsonFormat.Shape.STRING) int num,
            @JsonProperty("name") String name) {
        return new Factory(num, name);
    }

    /** Not a creator: it does not return a Factory. */
    public static String describe(@JsonProperty("name") @JsonFormat(shape = JsonFormat.Shape.NUMBER) String name) {
        return name;
    }

    public int getNum() {
        return num;
    }

    public String getName() {
        return name;
    }
}
