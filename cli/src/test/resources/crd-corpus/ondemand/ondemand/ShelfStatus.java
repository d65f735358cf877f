package ondemand;

import com.fasterxml.jackson.annotation.JsonFormat.*;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.fabric8.generator.annotation.Max;
import java.time.*;
import ondemand.Local.*;

/** A static nested annotation imported on demand from a class: Local.Required, not fabric8's. */
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
}
