package fidelity;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Classes whose @JsonValue method an interface declares, and generic ones whose @JsonValue is of a type
 * variable: Jackson writes the value alone, of the type the implementation returns or the use binds.
 */
public class InheritedValues {
    public Money price;
    public Count count;
    public Scaled scaled;
    public Reading reading;
    public Wrapper<String> wrapped;
    public Wrapper<Integer> number;
    public Flag flag;
    public Rank rank;
    public Unvalued unvalued;
    public Unlabeled unlabeled;
    public Stamp stamp;
    public Chained chained;
    /** A raw use: nothing binds the type variable, whose erasure (Object) is the value's type. */
    @SuppressWarnings("rawtypes")
    public Wrapper untyped;

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

    /** A record's accessor implements the interface's method. */
    public record Reading(Double value, String unit) implements Typed<Double> {
    }

    public static class Wrapper<T> {
        @JsonValue
        public T inner;
        public String other;
    }

    /** The superclass's type variable, bound by the extends clause. */
    public static class Flag extends Wrapper<Boolean> {
    }

    public interface Labeled {
        @JsonValue
        String label();
    }

    public interface Titled extends Labeled {
    }

    /** An enum through an interface of an interface. */
    public enum Rank implements Titled {
        LOW("low-rank"), HIGH("high-rank");

        private final String label;

        Rank(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** @JsonValue(false) on the implementation turns the interface's off: an object. */
    public static class Unvalued implements Valued {
        public String currency;

        @Override
        @JsonValue(false)
        public String text() {
            return currency;
        }
    }

    /** And for an enum: the constants' names. */
    public enum Unlabeled implements Labeled {
        ONE, TWO;

        @Override
        @JsonValue(false)
        public String label() {
            return "same";
        }
    }

    /** An interface's default method implements the @JsonValue method of the interface it extends. */
    public interface Stamped extends Typed<String> {
        @Override
        default String value() {
            return "stamp";
        }
    }

    public static class Stamp implements Stamped {
        public int other;
    }

    /** A default method of a type variable, which the class binds through the interfaces. */
    public interface Relay<X> extends Typed<X> {
        @Override
        default X value() {
            return null;
        }
    }

    public static class Chained implements Relay<Long> {
        public int other;
    }
}
