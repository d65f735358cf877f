package org.lib;

/**
 * A class of a multi-release jar: Java 11 and newer load the one under META-INF/versions/11
 * (classpath/library-11), with a field more, and so does fabric8's class loader.
 */
public class Release {
    public String name;
}
