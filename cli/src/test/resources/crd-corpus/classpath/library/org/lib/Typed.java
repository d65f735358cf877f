package org.lib;

/** Binds the base class's type parameters, one of them to the library's own. */
public class Typed<X> extends Base<Integer, X> {
    public Condition.Severity level;
}
