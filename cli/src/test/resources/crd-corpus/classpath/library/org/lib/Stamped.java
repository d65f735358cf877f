package org.lib;

/** Implements Carrier's @JsonValue method with a default method of its own, of the type it binds. */
public interface Stamped extends Carrier<String> {
    @Override
    default String carried() {
        return "stamp";
    }
}
