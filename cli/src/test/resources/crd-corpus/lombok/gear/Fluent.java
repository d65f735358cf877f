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

    private Merged merged;

    /** Lombok merges @Accessors attribute by attribute: the field's, its class's, an enclosing class's. */
    @Getter
    @Accessors(prefix = "f")
    public static class Merged {
        @Accessors(chain = true)
        private String fName;
        private String fAge;
        private Inner inner;

        @Getter
        @Accessors(chain = false)
        public static class Inner {
            private String fDepth;
            @Accessors(prefix = "x")
            private String xLevel;
            private String unprefixed;
        }
    }
}
