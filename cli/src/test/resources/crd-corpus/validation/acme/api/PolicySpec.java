package acme.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Map;

public class PolicySpec extends BaseSpec {
    @Min(value = 0, inclusive = false)
    @Max(1.5)
    public double weight;

    @Size(min = 1, max = 63)
    @Pattern("^[a-z0-9-]+$")
    public String name;

    @Size(max = 10)
    public List<Rule> rules;

    @Size(min = 1)
    public Map<String, String> selector;

    @Nullable
    public String comment;

    @JsonProperty(value = "max-replicas", required = true)
    @Min(-3)
    public int maxReplicas;

    @JsonIgnore
    public String secret;

    @JsonPropertyDescription("What happens when a rule matches.")
    public Action action;

    public static class Rule {
        @Required
        public String match;
        public List<String> values;
    }

    public enum Action {
        @JsonProperty("allow")
        ALLOW,
        @JsonProperty("deny")
        DENY
    }
}
