package conv;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

public class MeterSpec {
    /** A class with a converter of its own is written as what the converter returns: "1/2". */
    public Ratio ratio;
    /** Its subclass inherits the converter. */
    public Scaled scaled;
    public List<Ratio> ratios;
    @JsonSerialize(contentConverter = Length.class)
    public List<String> lengths;
    @JsonSerialize(contentConverter = Length.class)
    public Map<String, String> lengthsByName;
    private List<String> words;

    @JsonSerialize(contentConverter = Length.class)
    public List<String> getWords() {
        return words;
    }
}
