package probe;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** Annotations on interface getters hold for the implementations. */
public interface Contract {
    @Pattern("^[a-z]+$")
    @Required
    @JsonPropertyDescription("the name")
    String getName();

    @Min(3)
    @Default("4")
    @Nullable
    int getSize();

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    long getFlag();
}
