package org.lib;

/** A library class whose @JsonValue method an interface's default method implements: Jackson writes a string. */
public class Stamp implements Stamped {
    public int other;
}
