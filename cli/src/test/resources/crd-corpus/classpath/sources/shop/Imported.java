package shop;

import static org.lib.Condition.Level;
import static org.lib.Condition.Severity;
import static org.lib.Partial.*;

import java.util.*;

/**
 * Names javac finds where the sources declare none: a jar's member type imported statically by
 * name (also one named as a type of the package, which it shadows), others through a static
 * on-demand import, and JDK superclasses through java.util.*.
 */
public class Imported {
    public Severity severity;
    public Level level;
    public Rest rest;
    public Fallback fallback;
    public Watched watched;
    public Names names;

    /** Observable's own state has no getters: only the class's properties. */
    public static class Watched extends Observable {
        public int count;
    }

    /** An AbstractList: an array, whatever getters it has. */
    public static class Names extends AbstractList<String> {
        public boolean isFrozen() {
            return false;
        }

        @Override
        public String get(int index) {
            return null;
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
