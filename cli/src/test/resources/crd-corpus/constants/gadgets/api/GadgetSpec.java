package gadgets.api;

import gadgets.shared.ApiConstants;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;

import static io.fabric8.kubernetes.api.model.HasMetadata.DNS_LABEL_END;

public class GadgetSpec {
    private static final String NAME = "[a-z]+";
    private static final long LIMIT = 4;

    @Min(-ApiConstants.MAX_REPLICAS / 2)
    @Max(ApiConstants.MAX_REPLICAS)
    public int replicas;

    @Pattern("^" + NAME + "$")
    @Size(max = LIMIT * 2)
    public String name;

    @Max((ApiConstants.MAX_REPLICAS + 0.5) * 2)
    public double weight;

    // Text blocks: spaces after the opening delimiter, escapes, a line joined with a backslash,
    // trailing spaces kept with \s and stripped otherwise, and a closing delimiter on the last line.
    @JsonPropertyDescription("""   	
            The colour of the gadget, as "name" or \"#rrggbb\".   
              Indented: kept relative to the least indented line. \
            Joined to the line above.\s
            """)
    public String colour;

    @JsonPropertyDescription("""
            One line, closed on it.""")
    public String label;

    public GadgetLimits limits;

    // A char bound widens to its code, as javac widens it to @Min's double: a literal, a cast, a
    // constant of the sources and one of the JDK.
    @Min('a')
    @Max(Character.MAX_VALUE)
    public int code;

    @Min(GadgetLimits.FIRST)
    @Max((char) 66)
    public int letter;

    @Size(min = 'b', max = GadgetLimits.FIRST)
    public java.util.List<String> letters;

    // Constants of the Kubernetes model's and Jackson's types, which opctl reads by name: by qualified
    // name, inherited (CustomResource implements HasMetadata), imported statically, and in an operation.
    // (Not in a @Pattern: HasMetadata's have lookarounds, which the API server's RE2 refuses.)
    @JsonPropertyDescription("Must match " + HasMetadata.DNS_LABEL_START + "1" + DNS_LABEL_END + ".")
    public String host;

    @JsonPropertyDescription(CustomResource.REQUIRES_NON_NULL_NAME)
    @JsonProperty(value = JsonProperty.USE_DEFAULT_NAME, index = JsonProperty.INDEX_UNKNOWN)
    public String alias;
}
