package probe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Class annotations on an interface: Jackson finds them before the superclass's. */
@JsonIgnoreProperties({"dropped", "from-base"})
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public interface NamedProperties {
}
