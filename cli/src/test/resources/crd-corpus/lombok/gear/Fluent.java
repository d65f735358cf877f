package gear;

import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Getter;
import lombok.Setter;
import lombok.experimental.Accessors;

/** Lombok's @Accessors: fluent accessors are no getters to Jackson; a prefix is left out of the name. */
@Getter
@Setter
public class Fluent {
    @Accessors(fluent = true)
    private String quiet;

    @Accessors(prefix = "m")
    private String mColor;

    @Accessors(prefix = {"f", "the"})
    private int theCount;

    @Accessors(prefix = "m")
    private String unprefixed;

    @Getter(onMethod_ = @JsonProperty("renamed"))
    private String original;

    private boolean mIsOn;
}
