package rec;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/** Jackson reads a component through its accessor, a getter to @JsonAutoDetect: none here. */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public record Hidden(String a, boolean b) {
    public String getC() {
        return "";
    }
}
