package ondemand;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Not fabric8's: it shadows io.fabric8.generator.annotation.Nullable in this package. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Nullable {
}
