package ondemand;

import com.fasterxml.jackson.annotation.*;
import io.fabric8.crd.generator.annotation.*;
import io.fabric8.generator.annotation.*;
import java.util.*;
import lombok.*;

/**
 * Lombok, Jackson and fabric8's annotations imported on demand. {@code Nullable} is also declared in
 * this package: the package's own type shadows fabric8's, as javac resolves it.
 */
@Data
@JsonIgnoreProperties({"dropped"})
@SchemaSwap(originalType = ShelfSpec.class, fieldName = "swapped", targetType = String.class)
public class ShelfSpec {
    private Integer swapped;

    @Required
    @JsonProperty("title")
    private String name;

    @Min(1)
    @Max(10)
    @PrinterColumn(name = "Size")
    private int size;

    @JsonIgnore
    private String hidden;

    private String dropped;

    @Pattern("^[a-z]+$")
    @JsonPropertyDescription("the shelf's label")
    private String label;

    @Nullable
    private String note;

    @Size(min = 1)
    private List<String> tags;

    @PreserveUnknownFields
    private Map<String, Object> extra;

    @SchemaFrom(type = Integer.class)
    private String count;

    @Default("oak")
    @ValidationRule("self != 'pine'")
    @ValidationRule(value = "size(self) < 10", message = "too long")
    private String wood;

    @Getter(AccessLevel.NONE)
    private String noGetter;

    private Named named;
}
