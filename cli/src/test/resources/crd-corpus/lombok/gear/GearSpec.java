package gear;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import lombok.AccessLevel;
import lombok.Data;
import lombok.Getter;

@Data
public class GearSpec {
    private static String ignored;

    @Required
    private String name;
    private int size;
    private boolean active;
    private Boolean enabled;
    @JsonIgnore
    private String hidden;
    @JsonProperty("renamed")
    private String original;
    private transient String temp;
    @Getter(AccessLevel.NONE)
    private String noGetter;
    private Part part;
    private Fluent fluent;
    private OnMethod onMethod;
    private Policy policy;
    private Speed speed;
    // Lombok names these getters isCA(), getXName(), getPValue(), getHTTPPort(), isURL(), getXId():
    // Jackson's properties are "ca", "xname", "pvalue", "httpport", "url", and "x-id" besides "xid".
    private boolean isCA;
    private String xName;
    @Required
    private int pValue;
    private String HTTPPort;
    private boolean URL;
    @JsonProperty("x-id")
    private String xId;
    // Anything but a lower-case letter after "is" keeps the name: is2fa(), is_on(), so "2fa" and "_on";
    // and the class's @Data passes over a field that starts with $.
    private boolean is2fa;
    private boolean is_on;
    private String $internal;
    private Existing existing;
}
