package fidelity;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreType;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

public class ProbeSpec {
    public Snake snake;
    public Detected detected;
    public Hidden hidden;
    public String plain;
    private String renamed;
    private String aliased;
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public String password;
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public String computed;
    public ZoneId zone;
    public Path path;
    public YearMonth month;
    public Calendar calendar;
    public Properties properties;
    public Queue<String> queue;
    public AtomicLong counter;
    public JdkTypes jdk;
    public Person person;
    public Ignorals ignorals;
    public Outer.Derived.Inner inherited;
    public Outer.Derived.FromInterface fromInterface;
    public fidelity.Outer.Derived.Inner qualified;
    public AnyGetters anyGetters;
    public Accessors accessors;
    public Letter letter;
    public ReturnedValues returnedValues;
    public InheritedValues inheritedValues;
    public EmbeddedResource embeddedResource;
    public PolymorphicValues polymorphicValues;
    public JdkSupertypes jdkSupertypes;
    public NamedValues namedValues;
    public io.fabric8.sample.MultiMaps multiMaps;
    public Serialized serialized;
    public Yaml12Defaults yaml12Defaults;
    public NumberDefaults numberDefaults;
    public OverriddenIgnorals.Sub overriddenIgnorals;
    public Inferred inferred;
    public Retired retired;
    public KebabValues kebabValues;
    public PropertyFilters propertyFilters;
    public SharedNames sharedNames;
    public IgnoredNames ignoredNames;
    public Bundles bundles;
    public DelegatedValues delegatedValues;

    @JsonGetter("renamedByGetter")
    public String renamed() {
        return renamed;
    }

    @JsonProperty("alias")
    public String aliased() {
        return aliased;
    }

    @com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public static class Snake {
        public String firstName;
        public int maxRetryCount;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static class Detected {
        private String secret;
        String packagePrivate;
    }

    @JsonIgnoreType
    public static class Hidden {
        public String x;
    }
}
