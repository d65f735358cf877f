package ondemand;

import com.fasterxml.jackson.annotation.JsonFormat.*;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.fabric8.generator.annotation.Max;
import java.beans.*;
import java.time.*;
import ondemand.Local.*;

/**
 * A static nested annotation imported on demand from a class: Local.Required, not fabric8's; and
 * java.beans' Transient, which Jackson reads as @JsonIgnore.
 */
@lombok.Getter
@lombok.Setter
public class ShelfStatus {
    @Required
    private String phase;

    @Max(3)
    private int attempts;

    @JsonFormat(shape = Shape.STRING)
    private long since;

    private Instant updated;

    @Transient
    public String getScratch() {
        return "";
    }
}
