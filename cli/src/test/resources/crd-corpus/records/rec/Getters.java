package rec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.generator.annotation.Max;

public interface Getters {
    @Max(4)
    int getLevel();

    @JsonIgnore
    String getSecret();
}
