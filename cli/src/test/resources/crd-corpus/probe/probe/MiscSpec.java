package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.PrinterColumnFormat;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

public class MiscSpec implements Contract {
    private String name;
    private int size;
    private long flag;

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getSize() {
        return size;
    }

    @Override
    public long getFlag() {
        return flag;
    }

    @SchemaFrom(type = Quantity.class)
    public String memory;
    @SchemaFrom(type = IntOrString.class)
    public String port;
    @SchemaFrom(type = Toleration.class)
    public Map<String, Object> toleration;
    @SchemaFrom(type = JsonNode.class)
    public String node;
    @SchemaFrom(type = Object.class)
    public String anything;
    @SchemaFrom(type = Map.class)
    public String rawMap;
    @SchemaFrom(type = String[].class)
    public String array;
    @SchemaFrom(type = int.class)
    public String primitive;

    @PrinterColumn
    public Instant instant;
    @PrinterColumn
    public LocalDateTime localDateTime;
    @PrinterColumn
    public Duration duration;
    @PrinterColumn
    public double ratio;
    @PrinterColumn
    public Long count;
    @PrinterColumn
    public List<String> items;
    @PrinterColumn
    public Map<String, String> labels;
    @PrinterColumn(format = PrinterColumnFormat.BYTE)
    public byte[] bytes;
    @PrinterColumn(name = "")
    public String emptyName;
    @PrinterColumn(priority = -1)
    public String negative;

    @Default("{}")
    public Map<String, Object> emptyMap;
    @Default("[]")
    public List<String> emptyList;
    @Default("{\"cpu\": \"500m\", \"memory\": 1}")
    public Map<String, Quantity> quantities;
    @Default("[\"fast\"]")
    public List<Mode> modes;
    @Default("2024-01-01T00:00:00Z")
    public Instant when;
    @Default("[1, 2]")
    public int[] ints;
    @Default("1.0")
    public String decimalText;
    @Default("'quoted'")
    public String quoted;
    @Default("~")
    public String tilde;
    @Default("-0")
    public int negativeZero;
    @Default("1E3")
    public int intScientific;
    @Default(".5")
    public float leadingDot;
    @Default("1.")
    public double trailingDot;
    @Default("+1")
    public int plusOne;
    @Default("-7")
    public Long minusSeven;
    @Default("TRUE")
    public Boolean upperTrue;
    @Default("True")
    public boolean titleTrue;
    @Default("False")
    public boolean titleFalse;
    @Default("''")
    public String emptyText;
    @Default("slow")
    public Mode slowMode;
    @Default("1")
    public Quantity oneCpu;
    @Default("1e3")
    public Quantity scientific;
    @Default("500m")
    public Quantity milli;
    @Default("8080")
    public IntOrString portNumber;
    @Default("http")
    public IntOrString portName;

    public Rec rec;
    public Accessors accessors;
    public ClassAnnotations classAnnotations;
    public Values values;
    public Records records;
    public Delegating delegating;
    public StringBuffer buffer;
    public java.sql.Time sqlTime;
    public java.net.InetSocketAddress socketAddress;
    public io.fabric8.kubernetes.api.model.KubernetesResource anyResource;
    public List<io.fabric8.kubernetes.api.model.HasMetadata> resources;
    public Owned owned;

    /** An interface of the sources that is a resource: an embedded one, as HasMetadata is. */
    public interface Owned extends io.fabric8.kubernetes.api.model.HasMetadata {
    }

    /** Record components: an explicit accessor renamed, a plain is-method, a static factory. */
    public record Rec(@Nullable String url, String URLPath, @JsonPropertyDescription("c") int count) {
        public boolean isValid() {
            return true;
        }

        @Override
        @JsonProperty("link")
        public String url() {
            return url;
        }

        public static Rec empty() {
            return null;
        }
    }

    public enum Mode {
        @JsonProperty("fast") FAST,
        @JsonProperty("slow") SLOW
    }
}
