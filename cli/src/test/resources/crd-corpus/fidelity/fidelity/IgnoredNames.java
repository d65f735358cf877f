package fidelity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An ignored member that @JsonProperty gives the name of another property: Jackson drops the
 * ignored one by its own name before it renames any, so the other keeps the name, whichever comes
 * first, in the class or its superclass; an ignored member's property that a setter names
 * explicitly stays, and merges.
 */
public class IgnoredNames extends IgnoredNamesBase {
    @JsonProperty("x")
    public String a;
    @JsonIgnore
    @JsonProperty("y")
    public String b;
    public Setter setter;

    @JsonIgnore
    @JsonProperty("x")
    public int getB() {
        return 0;
    }

    @JsonProperty("y")
    public int getC() {
        return 0;
    }

    @JsonIgnore
    @JsonProperty("inherited")
    public int getD() {
        return 0;
    }

    public static class Setter {
        @JsonProperty("x")
        public String a;

        @JsonIgnore
        @JsonProperty("x")
        public int getB() {
            return 0;
        }

        @JsonProperty("x")
        public void setB(int b) {
        }
    }
}

class IgnoredNamesBase {
    @JsonProperty("inherited")
    public String e;
}
