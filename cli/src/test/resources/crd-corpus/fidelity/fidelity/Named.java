package fidelity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An interface's getters: a default one is a property; an abstract one's annotations hold for the class's. */
public interface Named {
    @JsonProperty("displayName")
    String getName();

    @JsonIgnore
    String getSecret();

    default String getKindLabel() {
        return "probe";
    }
}
