package org.lib;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A value class of a jar: its creator's parameters, read from the class file, join its properties. */
public final class Minted {
    private final long serial;
    private final String mint;
    private final Inner.Part part;

    @JsonCreator
    public Minted(@JsonProperty("serial") @JsonFormat(shape = JsonFormat.Shape.STRING) long serial,
            @JsonProperty("mint") @JsonPropertyDescription("Where it was made.") String mint,
            @JsonProperty("part") Inner.Part part) {
        this.serial = serial;
        this.mint = mint;
        this.part = part;
    }

    public long getSerial() {
        return serial;
    }

    public String getMint() {
        return mint;
    }

    public Inner.Part getPart() {
        return part;
    }

    /** A static nested class's creator counts too: a factory method here. */
    public static class Inner {
        public static final class Part {
            private final int weight;

            private Part(int weight) {
                this.weight = weight;
            }

            @JsonCreator
            public static Part of(@JsonProperty("weight") @JsonFormat(shape = JsonFormat.Shape.STRING) int weight) {
                return new Part(weight);
            }

            public int getWeight() {
                return weight;
            }
        }
    }
}
