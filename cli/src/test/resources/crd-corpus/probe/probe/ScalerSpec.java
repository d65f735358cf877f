package probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class ScalerSpec extends ScalerBase {
    @SpecReplicas
    @PrinterColumn(name = "Replicas")
    private int replicas;

    @Min(0)
    public int getReplicas() {
        return replicas;
    }

    public Map<String, List<@Pattern("^[a-z]+$") String>> groups;

    public List<List<@Min(1) Integer>> grid;

    public List<@Size(min = 1) List<String>> nonEmptyLists;

    @Size(max = 2)
    public String[] pair;

    @Default("http")
    public IntOrString namedPort;

    @Default("1.0")
    public String decimalText;

    @Default("1e3")
    public double scientific;

    @Default("-0")
    public int negativeZero;

    @Default("PT1H")
    public Duration hour;

    @Default("3")
    public long three;

    @Default("'quoted'")
    public String quoted;

    @Min(value = 0, inclusive = false)
    @Max(value = 100.5)
    public BigDecimal price;

    @Max(value = 10, inclusive = false)
    public Long boxedLimit;

    public Node root;

    public List<Target> targets;

    @SchemaFrom(type = Simple.class)
    public Map<String, String> swappedMap;

    public Phased phased;

    @Override
    public String getName() {
        return "scaler";
    }

    public static class Node {
        public String value;
        public Node next;
    }

    @ValidationRule("self.weight >= 0")
    public record Target(@Required String name, @PrinterColumn(name = "Weight") int weight,
            @SchemaFrom(type = String.class) Quantity amount) {
    }

    public record Simple(String kind) {
    }

    @ValidationRule("self == 'A' || self == 'B'")
    public enum Phased { A, B, C }
}
