package org.lib;

/** Inherits Holder's member types, and passes them on. */
public class Shelf extends Holder {
    public int rows;
}
