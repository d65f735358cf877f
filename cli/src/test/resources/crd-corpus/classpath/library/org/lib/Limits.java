package org.lib;

import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Map;

/** Type-use annotations in a library: on type arguments of fields and of a getter's return type. */
public class Limits {
    public List<@Pattern("^[a-z]+$") @Size(max = 10) String> names;
    public Map<String, @Min(1) Integer> weights;
    private List<@Max(5) Long> levels;

    public List<@Max(5) Long> getLevels() {
        return levels;
    }
}
