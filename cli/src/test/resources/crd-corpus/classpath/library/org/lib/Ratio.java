package org.lib;

/** A library Number with a getter of its own (as Commons Lang's MutableInt): Jackson writes a number. */
public class Ratio extends Number {
    private static final long serialVersionUID = 1L;

    public int getScale() {
        return 0;
    }

    @Override
    public int intValue() {
        return 0;
    }

    @Override
    public long longValue() {
        return 0;
    }

    @Override
    public float floatValue() {
        return 0;
    }

    @Override
    public double doubleValue() {
        return 0;
    }
}
