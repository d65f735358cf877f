package rec;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Nullable;

public interface Rules {
    @JsonSerialize(using = ToStringSerializer.class)
    long id();

    @JsonPropertyDescription("from the interface")
    String name();

    @Nullable
    String maybe();

    @Default("d")
    String dflt();
}
