package probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.PrinterColumnFormat;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;

public class CertificateSpec {
    @Required
    @PrinterColumn(name = "Secret Name", priority = 1)
    @Pattern("^[a-z0-9.-]+$")
    public String secretName;

    @Pattern("""
            ^[0-9]+(h|m|s)$""")
    @Default("2160h")
    public String duration;

    @ValidationRule("""
            self.matches('^[0-9]+h$')
            """)
    public String renewBefore;

    @Size(min = 1, max = Constants.MAX_REPLICAS)
    public List<@Pattern("^\\*?[a-z0-9.-]+$") String> dnsNames;

    @Size(min = 1)
    public Map<String, @Size(max = 253) String> annotations;

    @Default("RSA")
    public Algorithm algorithm;

    @Default("2048")
    @Min(Constants.MAX_REPLICAS * 8)
    @Max(Integer.MAX_VALUE)
    public int keySize;

    @Default("pkcs1")
    public Encoding encoding;

    public Usage usage;

    public Level level;

    public IssuerRef issuerRef;

    public List<Key> keys;

    public Extra extra;

    @PreserveUnknownFields
    public Object raw;

    @SchemaFrom(type = String.class)
    public List<Integer> asString;

    @Min(1)
    public String minOnString;

    @Pattern("^x$")
    public int patternOnInt;

    @Size(max = 3)
    public int sizeOnInt;

    @Min(1)
    public Quantity minOnQuantity;

    @Pattern("^[0-9]+$")
    public IntOrString patternOnIntOrString;

    @Max(10)
    public List<Integer> maxOnList;

    @Nullable
    public int nullablePrimitive;

    @Default("[{\"name\": \"a\", \"size\": 1}]")
    public List<Key> defaultKeys;

    @Default("{\"kind\": \"ClusterIssuer\"}")
    public IssuerRef defaultRef;

    @Default("0.5")
    public Double defaultDouble;

    @Default("true")
    public Boolean defaultBool;

    @Default("a,b")
    public String defaultComma;

    @Min(-1.5)
    @Max(value = 1e3, inclusive = false)
    public double bounded;

    public enum Algorithm { RSA, ECDSA, Ed25519 }

    /** @JsonValue on the field, with names given by a constant expression and a char. */
    public enum Encoding {
        PKCS1("pkcs" + 1), PKCS8(Encoding.P8);

        static final String P8 = "pkcs" + (4 * 2);

        @JsonValue
        final String value;

        Encoding(String value) {
            this.value = value;
        }
    }

    /** @JsonValue on toString(). */
    public enum Usage {
        SIGNING, KEY_ENCIPHERMENT;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Written as a number. */
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public enum Level { LOW, HIGH }

    public static class IssuerRef {
        @Required
        public String name;
        @Default("Issuer")
        public String kind;
        public String group;
    }

    public static class Key {
        @PrinterColumn(name = "Key")
        public String name;
        public int size;
    }

    public static class Extra {
        public Map<String, List<Map<String, Quantity>>> deep;
        public Map<String, Object> blob;
    }
}
