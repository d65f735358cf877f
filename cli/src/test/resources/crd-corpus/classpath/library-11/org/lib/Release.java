package org.lib;

/** The multi-release jar's Release for Java 11 and newer: what fabric8 and opctl read. */
public class Release {
    public String name;
    public int number;
}
