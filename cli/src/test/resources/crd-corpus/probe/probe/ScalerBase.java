package probe;

import io.fabric8.generator.annotation.Required;
import java.util.Map;

public abstract class ScalerBase implements Described {
    public Map<String, Object> opaque;

    @Required
    public abstract String getName();
}
