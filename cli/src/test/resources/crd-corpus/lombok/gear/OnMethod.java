package gear;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Getter;

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
}
