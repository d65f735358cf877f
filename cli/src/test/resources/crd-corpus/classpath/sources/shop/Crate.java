package shop;

import org.lib.Holder;

/**
 * A member type of the sources, and one a nested class inherits from the jar under the same simple
 * name: javac takes the nested class's inherited Holder.Slot (its own level) before Crate.Slot (the
 * enclosing level), and Crate.Slot outside it.
 */
public class Crate {
    public Slot own;
    public Lid lid;

    public static class Slot {
        public boolean hinged;
    }

    public static class Lid extends Holder {
        public Slot slot;
    }
}
