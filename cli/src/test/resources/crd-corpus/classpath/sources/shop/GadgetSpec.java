package shop;

import static org.lib.Quotas.MAX_ITEMS;

import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import org.lib.Mode;
import org.lib.Quotas;

public class GadgetSpec {
    private static final long TWICE = Quotas.MAX_ITEMS * 2L;

    public String size;
    public Mode mode;

    // Constants of a library's class files: by qualified name, static import, inherited from an
    // interface, in a constant of the sources, each kept in its type (float, byte, char).
    @Max(MAX_ITEMS)
    public int items;
    @Max(Quotas.MAX_BYTES)
    public long bytes;
    @Min(Quotas.RATIO)
    public double ratio;
    @Max(Quotas.KIBI * Quotas.SMALL)
    public int blocks;
    @Max(TWICE + Quotas.SEPARATOR)
    public long total;
    @Pattern("^" + Quotas.PREFIX + "[a-z]+$")
    public String tag;
    public Tray tray;
    public Level level;
    public Rack rack;
    public Imported imported;
    public Crate crate;
    public org.lib.Minted minted;
}
