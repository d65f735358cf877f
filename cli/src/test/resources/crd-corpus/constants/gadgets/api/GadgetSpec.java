package gadgets.api;

import gadgets.shared.ApiConstants;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

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
}
