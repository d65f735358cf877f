package org.lib;

import com.fasterxml.jackson.annotation.JsonValue;

/** An int @JsonValue through a getter, a boxed double and a boolean beside it: fabric8 writes the values as text. */
public enum Priority {
    LOW(1, 0.5, false), HIGH(10, 2.0, true), URGENT(100, 10.25, true);

    private final int level;
    private final Double weight;
    private final boolean paging;

    Priority(int level, Double weight, boolean paging) {
        this.level = level;
        this.weight = weight;
        this.paging = paging;
    }

    @JsonValue
    public int getLevel() {
        return level;
    }

    public Double weight() {
        return weight;
    }

    public boolean paging() {
        return paging;
    }
}
