package gear;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Getter;
import lombok.Setter;

/**
 * Lombok's onMethod in the javac 7 form (@__). On the class's @Getter, Lombok refuses onMethod
 * (with a warning): it holds for no getter.
 */
@Getter(onMethod_ = @JsonProperty(required = true))
public class OnMethod {
    private String kept;

    @Getter(onMethod = @__({@JsonProperty("legacy")}))
    private String javac7;

    @Getter(onMethod = @__(@JsonIgnore))
    private String hidden;

    @Getter
    private String own;

    /** A setter's onMethod annotations count for the property too, as Jackson merges them. */
    @Getter
    @Setter(onMethod_ = @JsonIgnore)
    private String ignoredBySetter;

    @Getter
    @Setter(onMethod = @__(@JsonIgnore))
    private String ignoredBySetterJavac7;

    @Getter
    @Setter(onMethod_ = @JsonProperty("renamedBySetter"))
    private String setterNamed;
}
