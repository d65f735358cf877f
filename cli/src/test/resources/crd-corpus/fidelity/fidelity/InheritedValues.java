package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;

/** Classes whose @JsonValue method an interface declares: Jackson writes the implementation's value alone. */
public class InheritedValues {
    public Money price;
    public Count count;
    public Scaled scaled;

    public interface Valued {
        @JsonValue
        String text();
    }

    /** Its @JsonValue method returns a type variable: the implementation's return type is the value's. */
    public interface Typed<T> {
        @JsonValue
        T value();
    }

    /** Through an interface of an interface. */
    public interface Quantity extends Typed<Long> {
    }

    public static class Money implements Valued {
        public String currency;
        public int cents;

        @Override
        public String text() {
            return cents + currency;
        }
    }

    public static class Count implements Typed<Integer> {
        public String unit;

        @Override
        public Integer value() {
            return 1;
        }
    }

    public static class Scaled implements Quantity {
        public double factor;

        @Override
        public Long value() {
            return 2L;
        }
    }
}
