package features;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.PrinterColumnFormat;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.crd.generator.annotation.SelectableField;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@JsonIgnoreProperties({"legacy"})
@SchemaSwap(originalType = WidgetSpec.Tree.class, fieldName = "child", depth = 1)
public class WidgetSpec extends GenericSpec<String> {
    @SpecReplicas
    @PrinterColumn(name = "Desired", format = PrinterColumnFormat.INT32)
    @Default("1")
    @Min(0)
    public int replicas;

    @SelectableField
    @Pattern("^[a-z]+$")
    @Size(min = 2)
    public String tier;

    @Default("fast")
    public Mode mode;

    @JsonProperty(defaultValue = "7")
    public Integer retries;

    @Default("{\"a\": 1}")
    public Map<String, Integer> limits;

    @Default("[\"x\", \"y\"]")
    public List<String> tags;

    @PreserveUnknownFields
    public Map<String, Object> extra;

    @SchemaFrom(type = Simplified.class)
    public Complicated complicated;

    @SchemaFrom(type = void.class)
    @Required
    public String hidden;

    @ValidationRule("self >= 0")
    @ValidationRule(value = "self < 100", message = "too big", reason = "FieldValueForbidden")
    @Max(value = 100, inclusive = false)
    public int percent;

    public List<@Pattern("^[a-z]+$") @Size(max = 10) String> words;

    public Map<String, @Min(1) Integer> weights;

    /** Type annotations count on the field, as fabric8 reads them, not on a getter's return type. */
    private List<@Pattern("^f") String> onField;
    private Map<String, @Min(2) Integer> onMapField;
    private List<String> onGetter;

    public List<String> getOnField() {
        return onField;
    }

    public Map<String, Integer> getOnMapField() {
        return onMapField;
    }

    public List<@Pattern("^g") String> getOnGetter() {
        return onGetter;
    }

    public List<@Pattern("^o") String> getOnlyGetter() {
        return null;
    }

    /** Wildcards: {@code ? extends T} is T to Jackson. */
    public List<? extends Labels> labelSets;

    public Map<String, ? extends List<? extends Number>> measures;

    @Size(max = 5)
    public Labels labels;

    public Tree tree;

    public Wrapper<Long> wrapped;

    public Opaque opaque;

    public String legacy;

    public transient String scratch;

    private String secret;

    private final Map<String, Object> other = new HashMap<>();

    public String getSecret() {
        return secret;
    }

    public String getComputed() {
        return "computed";
    }

    public boolean isEnabled() {
        return true;
    }

    public Boolean isBoxed() {
        return true;
    }

    @JsonIgnore
    public String getIgnored() {
        return "";
    }

    public String getURL() {
        return "";
    }

    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String key, Object value) {
        other.put(key, value);
    }

    public enum Mode {
        fast,
        safe,
        @JsonIgnore
        legacy
    }

    /** A Map subclass: a map to Jackson, whatever else it declares. */
    public static class Labels extends HashMap<String, String> {
        private static final long serialVersionUID = 1L;
    }

    public static class Tree {
        public String name;
        public Tree child;
    }

    public static class Wrapper<T> {
        public T content;
        public Map<String, T> byName;
    }

    public static class Complicated {
        public Map<String, List<Map<String, String>>> deep;
    }

    public record Simplified(String name, int size) {
    }

    @PreserveUnknownFields
    @ValidationRule("has(self.kind)")
    static class Opaque {
        public String kind;
    }
}
