package shop;

/**
 * A class of the sources with the simple name of a member type Tray inherits from the jar: in Tray
 * {@code Level} is the inherited enum, as javac takes it; elsewhere in the package, this class.
 */
public class Level {
    public String floor;
    public int height;
}
