package shop;

import org.lib.Labeled;

/** An enum of the sources written through the @JsonValue of a library interface it implements. */
public enum Finish implements Labeled {
    MATTE("matte-finish"), GLOSS("gloss-finish");

    private final String label;

    Finish(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
