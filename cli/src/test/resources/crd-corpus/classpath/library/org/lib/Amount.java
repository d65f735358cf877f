package org.lib;

/** A library class whose @JsonValue method its interface declares: Jackson writes the value alone. */
public class Amount implements Labeled {
    public String currency;
    public int cents;

    @Override
    public String label() {
        return cents + currency;
    }
}
