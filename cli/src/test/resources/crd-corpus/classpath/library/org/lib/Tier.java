package org.lib;

/** A library enum written through the @JsonValue of an interface it implements. */
public enum Tier implements Labeled {
    GOLD("gold-tier"), SILVER("silver-tier");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
