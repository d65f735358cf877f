package probe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;

/** Annotations on a field, its getter and its setter: Jackson merges them, the getter's first. */
public class Accessors extends AccessorsBase {
    @Min(1)
    @Max(10)
    @Default("2")
    private int number;
    @Pattern("^field$")
    @Size(max = 5)
    private String text;
    @ValidationRule("self > 0")
    private int ruled;
    @JsonProperty("fieldName")
    private String split;
    @JsonPropertyDescription("on the field")
    private String both;
    private int viaSetter;
    private String described;
    @Max(4)
    private int onlySetter;
    /** fabric8 lists a @JsonAnyGetter field as a property of its name. */
    @JsonAnyGetter
    private Map<String, Object> extra;

    @Min(5)
    @Max(50)
    @Default("7")
    public int getNumber() {
        return number;
    }

    @Pattern("^getter$")
    @Size(max = 9)
    public String getText() {
        return text;
    }

    @ValidationRule("self < 100")
    public int getRuled() {
        return ruled;
    }

    @ValidationRule("self != 50")
    public void setRuled(int ruled) {
        this.ruled = ruled;
    }

    @JsonProperty("getterName")
    public String getSplit() {
        return split;
    }

    @JsonPropertyDescription("on the getter")
    public String getBoth() {
        return both;
    }

    public int getInherited() {
        return inherited;
    }

    public int getShadowed() {
        return shadowed;
    }

    public int getViaSetter() {
        return viaSetter;
    }

    @Max(9)
    @Required
    public void setViaSetter(int viaSetter) {
        this.viaSetter = viaSetter;
    }

    public String getDescribed() {
        return described;
    }

    @JsonPropertyDescription("from the setter")
    public void setDescribed(String described) {
        this.described = described;
    }

    @Min(1)
    public void setOnlySetter(int onlySetter) {
        this.onlySetter = onlySetter;
    }
}
