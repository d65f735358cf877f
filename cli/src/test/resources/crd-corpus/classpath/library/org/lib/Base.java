package org.lib;

import java.util.List;

/** A generic library base class. */
public abstract class Base<T, L> {
    private T value;
    private List<L> items;

    public T getValue() { return value; }
    public List<L> getItems() { return items; }
}
