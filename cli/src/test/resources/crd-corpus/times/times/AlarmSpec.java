package times;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Default;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;

/** Defaults of date-time and other JDK classes, which fabric8 writes as Jackson writes the value read. */
public class AlarmSpec {
    @Default("2021-01-01")
    public Date date;

    @Default("2021-01-01T10:00:00Z")
    public Date dateTime;

    @Default("1609459200000")
    public Date epochMillis;

    @Default("2021-01-01")
    public Calendar calendar;

    @Default("1609459200")
    public Instant epochSeconds;

    @Default("2021-01-01T00:00:00.500Z")
    public Instant instant;

    @Default("2021-01-01T00:00:00+01:00[Europe/Paris]")
    public ZonedDateTime zoned;

    @Default("2021-01-01T00:00:00+02:00")
    public OffsetDateTime offset;

    @Default("2021-01-01T10:15:30")
    public LocalDateTime local;

    @Default("10:15:30+01:00")
    public OffsetTime time;

    @Default("2021-01-01")
    public LocalDate day;

    @Default("PT1H")
    public Duration duration;

    @Default("P1D")
    public Period period;

    @Default("en-US")
    public Locale locale;

    @Default("de_DE")
    public Locale german;

    @JsonProperty(defaultValue = "2021-01-01")
    public Date jacksonDefault;
}
