package cfg;

import cfg.inner.InnerSpec;
import lombok.Data;
import lombok.experimental.Accessors;

/**
 * Under ../lombok.config: fields without a prefix it lists get no accessors; getters of booleans are
 * getX(); a name whose second letter is upper-case keeps its first one (getuRL()).
 */
@Data
public class ConfigSpec {
    private String mName;
    private boolean mIsCA;
    private boolean mActive;
    private String mURL;
    private String theOwner;
    private String unprefixed;
    /** An @Accessors on the field overrides the file's prefixes. */
    @Accessors(prefix = "x")
    private String xLabel;
    private InnerSpec mInner;
}
