package probe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Its @JsonIgnoreProperties loses to the interface's of the subclass. */
@JsonIgnoreProperties({"keep"})
public class ClassAnnotationsBase {
    public String fromBase;
    public String alsoFromBase;
}
