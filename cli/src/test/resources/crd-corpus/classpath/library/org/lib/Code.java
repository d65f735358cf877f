package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** A @JsonValue getter that boxes the int field it returns. */
public enum Code {
    OK(200), MOVED(301);

    private final int code;

    Code(int code) {
        this.code = code;
    }

    @JsonValue
    public Integer getCode() {
        return code;
    }
}
