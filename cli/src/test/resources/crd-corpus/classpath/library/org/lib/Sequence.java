package org.lib;

import java.util.AbstractList;

/** A library list (as Commons Collections' TreeList): Jackson writes an array of its elements. */
public class Sequence<E> extends AbstractList<E> {
    public boolean isFrozen() {
        return false;
    }

    @Override
    public E get(int index) {
        return null;
    }

    @Override
    public int size() {
        return 0;
    }
}
