package times;

import io.fabric8.crd.generator.annotation.SchemaFrom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** @SchemaFrom(type = String.class) on types with a format of their own, and the other way round. */
public class ClockSpec {
    @SchemaFrom(type = String.class)
    public Instant instant;

    @SchemaFrom(type = String.class)
    public OffsetDateTime offsetDateTime;

    @SchemaFrom(type = String.class)
    public ZonedDateTime zonedDateTime;

    @SchemaFrom(type = String.class)
    public LocalDateTime localDateTime;

    @SchemaFrom(type = String.class)
    public LocalDate localDate;

    @SchemaFrom(type = String.class)
    public LocalTime localTime;

    @SchemaFrom(type = String.class)
    public Duration duration;

    @SchemaFrom(type = String.class)
    public Period period;

    @SchemaFrom(type = String.class)
    public Date date;

    @SchemaFrom(type = String.class)
    public UUID uuid;

    @SchemaFrom(type = String.class)
    public List<Instant> instants;

    @SchemaFrom(type = Integer.class)
    public Instant epoch;

    @SchemaFrom(type = Instant.class)
    public String text;

    @SchemaFrom(type = UUID.class)
    public String id;

    @SchemaFrom(type = LocalDate.class)
    public Instant day;

    @SchemaFrom(type = Object.class)
    public Instant anything;

    @SchemaFrom(type = String.class)
    public Window window;

    public static class Window {
        public Instant from;
    }

    // Elements keep no format: fabric8 writes none on items or additionalProperties.
    public List<Instant> times;

    public Instant[] timeArray;

    public java.util.Set<UUID> ids;

    public java.util.Map<String, UUID> idsByName;

    public java.util.Map<String, LocalDate> days;

    public java.util.Map<String, List<OffsetDateTime>> history;

    public List<LocalTime> clocks;

    @SchemaFrom(type = Instant[].class)
    public String stamps;
}
