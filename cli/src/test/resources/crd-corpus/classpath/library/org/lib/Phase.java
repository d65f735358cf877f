package org.lib;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A library enum: Javadoc is not in the class file, so no description. */
public enum Phase {
    @JsonProperty("pending") PENDING,
    RUNNING,
    @JsonIgnore UNKNOWN,
    FAILED
}
