package probe;

import com.fasterxml.jackson.annotation.JsonProperty;

public interface Toggle {
    boolean isEnabled();

    default String getDescription() {
        return "toggle";
    }

    @JsonProperty("kind")
    default String getToggleKind() {
        return "simple";
    }

    static String getStaticThing() {
        return "static";
    }
}
