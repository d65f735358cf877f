package rec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** Methods that are no getters by name: Jackson merges their annotations into a record's accessors. */
public interface Bounded {
    @Max(4)
    int level();

    @Required
    String name();

    @Pattern("^a")
    String code();

    @JsonIgnore
    String secret();

    /** Through an interface that extends another. */
    interface Levelled extends Level {
    }

    interface Level {
        @Max(9)
        int level();
    }
}
