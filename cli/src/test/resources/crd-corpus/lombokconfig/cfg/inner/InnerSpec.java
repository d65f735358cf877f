package cfg.inner;

import lombok.Getter;

/** Under its own lombok.config too, which clears the prefixes and turns isX() back on. */
@Getter
public class InnerSpec {
    private boolean isCA;
    private boolean enabled;
    private String uRL;
    private String mName;
}
