package ondemand;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** Jackson databind's annotations imported on demand: the naming strategy and the serializer hold. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Named {
    public String firstName;

    @JsonSerialize(using = ToStringSerializer.class)
    public Named.Inner inner;

    public static class Inner {
        public int count;
    }
}
