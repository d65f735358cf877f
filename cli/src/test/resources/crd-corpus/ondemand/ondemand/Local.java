package ondemand;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Annotations nested in a class, imported on demand from it elsewhere. */
public final class Local {
    private Local() {
    }

    /** Not fabric8's Required. */
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Required {
    }
}
