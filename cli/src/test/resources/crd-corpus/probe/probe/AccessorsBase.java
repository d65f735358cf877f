package probe;

import io.fabric8.generator.annotation.Min;

/** Fields a subclass's getters make properties of. */
public class AccessorsBase {
    @Min(2)
    private int hidden;
    @Min(1)
    int inherited;
    @Min(3)
    protected int shadowed;

    public int getHidden() {
        return hidden;
    }
}
