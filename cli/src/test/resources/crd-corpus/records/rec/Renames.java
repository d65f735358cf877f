package rec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

public interface Renames {
    @JsonProperty("renamed")
    String name();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    long id();
}
