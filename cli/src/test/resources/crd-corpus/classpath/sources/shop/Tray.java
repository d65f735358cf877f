package shop;

import org.lib.Kinds;
import org.lib.Shelf;

/**
 * Member types inherited from classes of a jar, named by simple name as javac finds them: through
 * the superclass's superclass, an interface, and in a nested class of the sources.
 */
public class Tray extends Shelf implements Kinds {
    public Slot slot;
    public Slot.Part part;
    public Level level;
    public Kind kind;
    public Inside inside;

    public static class Inside {
        public Level level;
    }
}
