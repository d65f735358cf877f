package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;

/** Record components and their accessors, as Jackson names and merges them. */
public record Records(boolean isActive, String getName, int count, String secret, Named named) {
    @Override
    @Min(2)
    public int count() {
        return count;
    }

    @Override
    @JsonIgnore
    public String secret() {
        return secret;
    }

    public String getExtra() {
        return "";
    }

    public record Named(@Min(1) int size, String label) {
        @Override
        @JsonPropertyDescription("from the accessor")
        public String label() {
            return label;
        }
    }
}
