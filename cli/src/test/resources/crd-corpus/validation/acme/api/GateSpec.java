package acme.api;

import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class GateSpec {
    // Left out: a constraint on a schema it does not fit.
    @Pattern("[0-9]+")
    public int port;
    @Min(1)
    @Max(9)
    public String name;
    @Size(max = 3)
    public boolean enabled;
    @Pattern("[a-z]+")
    public List<String> tags;
    // Left out: on a type argument other than a property's List element or Map value.
    public Set<@Pattern("[a-z]+") String> hosts;
    public ArrayList<@Size(max = 9) String> paths;
    public Map<@Pattern("[a-z]+") String, List<@Max(9) Integer>> limits;
    public List<@Min(1) String> aliases;
    public List<@Size(max = 2) List<String>> groups;
    // Applied.
    @Min(1)
    @Max(9)
    public int replicas;
    @Pattern("[a-z]+")
    @Size(max = 9)
    public String mode;
    @Size(max = 3)
    public List<@Pattern("[a-z]+") @Size(max = 9) String> names;
    public Map<String, @Min(0) Integer> weights;
    @SchemaFrom(type = String.class)
    @Min(1)
    public int timeout;
    // Left out: on a type argument of an accessor's type; fabric8 reads those of the field's.
    private List<String> zones;

    public List<@Pattern("[a-z]+") String> getZones() {
        return zones;
    }

    public Map<String, @Min(0) Integer> getQuotas() {
        return Map.of();
    }
}
