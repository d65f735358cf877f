package rec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.generator.annotation.Max;

public interface Of<T> {
    @Max(5)
    T level();

    @JsonIgnore
    T hidden();
}
