package org.lib;

/** A library class whose member types subclasses in the sources name by their simple names. */
public abstract class Holder {
    public static final int ROWS_MIN = 2;

    public String owner;

    /** A member class. */
    public static class Slot {
        public static final int LIMIT = 12;

        public String name;
        public int size;

        /** A member of a member. */
        public static class Part {
            public long weight;
        }
    }

    /** A member enum. */
    public enum Level {
        LOW, HIGH
    }
}
