package rec;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A component that names itself is read whatever the visibility; a boolean's accessor is a getter too. */
@JsonAutoDetect(getterVisibility = Visibility.NONE)
public record Named(@JsonProperty String a, boolean b, @JsonProperty("d") String c) {
}
