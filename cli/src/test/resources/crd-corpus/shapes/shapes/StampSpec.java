package shapes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Legacy dates, durations and instants in shapes, and as the elements of collections and maps. */
public class StampSpec {
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Calendar calendar;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public java.sql.Timestamp timestamp;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public java.sql.Date sqlDate;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Date dateString;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public Date dateInt;
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public Duration durationArray;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public Duration durationInt;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_FLOAT)
    public Instant instantFloat;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public List<LocalDate> dates;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Map<String, LocalTime> times;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public List<Instant> instants;
    public java.util.Date plainDate;
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public java.time.OffsetDateTime offsetArray;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public List<Instant> instantMillis;
}
