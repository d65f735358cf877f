package org.lib;

import java.util.List;

/**
 * A generic class with bounded type parameters, which a raw use binds to their first bounds: the
 * class file's signature has them (an interface's bound after the empty class bound of L).
 */
public class Bounded<N extends Number, U extends N, L extends List<String>> {
    public N number;
    public U chained;
    public List<N> numbers;
    public L list;

    /** A getter with a type parameter of its own. */
    public <T extends Integer> T getMeasured() {
        return null;
    }
}
