package fidelity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Members that @JsonProperty gives one name and Jackson merges: a field and a getter, an explicitly
 * named getter and an implicit one, an explicitly named field and an implicit one, a subclass's
 * field and its superclass's property.
 */
public class SharedNames extends SharedNamesBase {
    @JsonProperty("b")
    public String a;
    @JsonProperty("inherited")
    public String mine;
    public Fields fields;

    public int getB() {
        return 0;
    }

    public static class Fields {
        @JsonProperty("d")
        public String c;
        public String d;
    }
}

class SharedNamesBase {
    public String inherited;

    @JsonProperty("x")
    public String getY() {
        return null;
    }

    public String getX() {
        return null;
    }
}
