package shop;

import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import org.lib.*;

/**
 * Constants of the class path named through an on-demand import: of a class imported so, of a
 * member type inherited from the jar's superclass, and inherited by simple name.
 */
public class Rack extends Shelf {
    @Max(Quotas.MAX_ITEMS)
    public int items;
    @Max(Slot.LIMIT)
    public int slots;
    @Min(ROWS_MIN)
    public int shelves;
}
