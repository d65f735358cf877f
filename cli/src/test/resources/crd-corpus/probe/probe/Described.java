package probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Pattern;

public interface Described {
    @JsonProperty("desc")
    @Pattern("^.{0,100}$")
    default String getDescription() {
        return "";
    }
}
