package shapes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;

/** Dates and times in a NUMBER or ARRAY shape: arrays of numbers, numbers, integer milliseconds. */
public class TsSpec {
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public LocalDate dateNumber;
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public LocalDate dateArray;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public LocalDate dateInt;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public LocalDateTime dateTimeNumber;
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public LocalDateTime dateTimeArray;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public LocalTime timeNumber;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public OffsetTime offsetTimeNumber;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Year yearNumber;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public YearMonth yearMonthNumber;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public MonthDay monthDayNumber;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Date dateLegacy;
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public Instant instantArray;
    @JsonFormat(pattern = "yyyy-MM-dd")
    public LocalDate patterned;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public LocalDate dateString;
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public ZoneOffset offsetNumber;
}
