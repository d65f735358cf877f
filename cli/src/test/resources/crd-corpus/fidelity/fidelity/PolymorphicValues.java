package fidelity;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A @JsonValue of a polymorphic class (@JsonTypeInfo on it or a superclass): Jackson describes the
 * value as any JSON, and fabric8 writes x-kubernetes-preserve-unknown-fields (jackson-module-jsonSchema's
 * ArraySchema.SingleItems has this shape). The class itself, as a field, is its properties, as is the
 * value of a class that turns polymorphism off.
 */
public class PolymorphicValues {
    public Holder holder;
    public List<Holder> holders;
    public SubHolder subHolder;
    public Typed typed;
    public PlainHolder plainHolder;

    public static class Holder {
        @JsonValue
        public Typed value;
    }

    public static class SubHolder {
        @JsonValue
        public Sub value;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    public static class Typed {
        public String name;
    }

    public static class Sub extends Typed {
        public int more;
    }

    public static class PlainHolder {
        @JsonValue
        public Plain value;
    }

    /** Polymorphism turned off (use = NONE): the value is its properties. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    public static class Plain extends Typed {
        public int size;
    }
}
