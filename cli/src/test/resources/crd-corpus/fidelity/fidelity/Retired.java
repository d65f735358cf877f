package fidelity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/** A @JsonIgnore constant of an enum with @JsonValue values: fabric8 leaves its value out too. */
public enum Retired {
    CURRENT("current"), @JsonIgnore LEGACY("legacy"), NEXT("next");

    private final String value;

    Retired(String value) {
        this.value = value;
    }

    @JsonValue
    public String getValue() {
        return value;
    }
}
