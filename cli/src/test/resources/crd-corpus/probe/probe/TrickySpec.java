package probe;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

public class TrickySpec {
    public Hiding hiding;
    public Covariant covariant;
    public FieldVsGetter fieldVsGetter;
    public NotIgnored notIgnored;
    @JsonSerialize(as = Animal.class)
    public Dog serializedAs;
    public SetterOnly setterOnly;
    public Holder<?> wildcard;
    // Raw uses of generic classes: Jackson takes each type parameter's first bound.
    @SuppressWarnings("rawtypes")
    public Holder rawHolder;
    public RawSub rawSub;
    @SuppressWarnings("rawtypes")
    public BoundedBase rawBase;
    public BoundedBase<? extends Integer> boundedWildcard;
    @SuppressWarnings("rawtypes")
    public Chained chained;
    public GenericGetters genericGetters;
    public Plugin plugin;
    public char[] chars;
    public Iterable<String> iterable;
    public java.util.Iterator<Integer> iterator;
    public Renamed renamed;
    public Credentials credentials;
    public Credentials plainCredentials;

    public static class HidingBase {
        public String value;
        public int count;
    }

    /** A field that hides one of its superclass's, with another type. */
    public static class Hiding extends HidingBase {
        public Integer value;
    }

    public static class CovariantBase {
        public Number getAmount() {
            return 1;
        }

        public Object getThing() {
            return null;
        }
    }

    /** Getters that override with a narrower return type. */
    public static class Covariant extends CovariantBase {
        @Override
        public Integer getAmount() {
            return 1;
        }

        @Override
        public String getThing() {
            return "";
        }
    }

    /** A public field and a getter of the same name, of different types: the getter serializes. */
    public static class FieldVsGetter {
        public String size;

        public int getSize() {
            return 0;
        }
    }

    public static class NotIgnored {
        @JsonIgnore(false)
        public String kept;

        @JsonIgnore
        public String dropped;
    }

    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE)
    public static class NoGetters {
        public String field;

        public String getComputed() {
            return "";
        }

        public boolean isFlag() {
            return true;
        }
    }

    @JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
    public static class NoIsGetters {
        public String field;

        public String getComputed() {
            return "";
        }

        public boolean isFlag() {
            return true;
        }
    }

    public static class Animal {
        public String name;
    }

    public static class Dog extends Animal {
        public boolean goodBoy;
    }

    @JsonIgnoreProperties(value = {"token"}, allowGetters = true)
    public static class AllowGetters {
        public String token;
        public String other;
    }

    public static class SetterOnly {
        private String written;
        private String annotated;
        public String visible;

        public void setWritten(String written) {
            this.written = written;
        }

        @JsonProperty
        public void setAnnotated(String annotated) {
            this.annotated = annotated;
        }
    }

    public static class Holder<T extends CharSequence> {
        public T content;
    }

    public static class BoundedBase<N extends Number> {
        public N number;
        public List<N> numbers;
    }

    /** A bound naming another parameter, and one with two bounds (the first counts). */
    public static class Chained<T extends Number, U extends T, L extends List<String> & java.io.Serializable,
            M extends List<T>> {
        public U value;
        public L list;
        public M numbers;
    }

    /** Getters with type parameters of their own: Jackson takes their bounds. */
    public static class GenericGetters {
        public <T extends Number> T getValue() {
            return null;
        }

        public <L extends List<String>> L getNames() {
            return null;
        }

        public <T> T getAnything() {
            return null;
        }

        public <A extends Integer, B extends A> B getChained() {
            return null;
        }
    }

    @SuppressWarnings("rawtypes")
    public static class RawSub extends BoundedBase {
        public String own;
    }

    /** An interface as a property's type: its getters. */
    public interface Plugin {
        String getName();

        default int getPriority() {
            return 0;
        }
    }

    public static class Renamed {
        @JsonProperty("alias")
        private String original;

        public String getOriginal() {
            return original;
        }
    }

    public static class Credentials {
        public String user;
        public String secret;
    }
}
