package org.lib;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import java.util.Set;

/** A record of a library. */
public record Detail(@Required @JsonProperty("key") String name, Set<String> values, Phase[] phases) {
}
