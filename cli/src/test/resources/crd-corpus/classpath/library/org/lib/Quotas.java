package org.lib;

/** Constants in a library, which annotations of the sources use: their class files hold the values. */
public class Quotas implements Units {
    public static final int MAX_ITEMS = 100;
    public static final long MAX_BYTES = 1L << 40;
    public static final float RATIO = 0.1f;
    public static final char SEPARATOR = '-';
    public static final byte SMALL = (byte) 200;
    public static final String PREFIX = "q" + SEPARATOR;

    protected Quotas() {
    }
}
