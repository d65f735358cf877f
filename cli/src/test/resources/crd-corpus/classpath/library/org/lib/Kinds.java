package org.lib;

/** An interface's member type, inherited by its implementations. */
public interface Kinds {
    enum Kind {
        SMALL, LARGE
    }
}
