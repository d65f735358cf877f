package gadgets.api;

import gadgets.shared.ApiConstants;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

public class GadgetSpec {
    private static final String NAME = "[a-z]+";
    private static final long LIMIT = 4;

    @Min(-ApiConstants.MAX_REPLICAS / 2)
    @Max(ApiConstants.MAX_REPLICAS)
    public int replicas;

    @Pattern("^" + NAME + "$")
    @Size(max = LIMIT * 2)
    public String name;

    @Max((ApiConstants.MAX_REPLICAS + 0.5) * 2)
    public double weight;
}
