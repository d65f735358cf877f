package shop;

import org.lib.Mode;

public class GadgetSpec {
    public String size;
    public Mode mode;
}
