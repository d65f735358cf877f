package probe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.experimental.Delegate;
import lombok.Getter;

public class EdgeSpec {
    public Coded coded;
    public Leaf leaf;
    public Recursive<?> recursive;
    public Map<String, ?> wildcardMap;

    /** The constructor changes what it is given. */
    public enum Lowered {
        ALPHA("ALPHA"), BETA("BETA");

        @JsonValue
        private final String value;

        Lowered(String value) {
            this.value = value.toLowerCase();
        }
    }

    public enum Prefixed {
        ONE("one"), TWO("two");

        private final String value;

        Prefixed(String value) {
            this.value = "x-" + value;
        }

        @JsonValue
        public String getValue() {
            return value;
        }
    }

    public enum Coded {
        OK(200), NOT_FOUND(404);

        @JsonValue
        private final int code;

        Coded(int code) {
            this.code = code;
        }
    }

    /** Two constructors: one passes the name it is given, the other derives one. */
    public enum Overloaded {
        FIRST("first"), SECOND;

        @JsonValue
        private final String label;

        Overloaded(String label) {
            this.label = label;
        }

        Overloaded() {
            this("second-default");
        }
    }

    /** @JsonAnyGetter on a field (Jackson 2.14+). */
    public static class FieldAny {
        public String name;

        @JsonAnyGetter
        @JsonAnySetter
        private Map<String, Object> extra = new HashMap<>();
    }

    public static class Delegating {
        @Delegate
        private final Inner inner = new Inner();

        public String own;
    }

    public static class Inner {
        public String getDelegated() {
            return "";
        }
    }

    /** Three generic levels. */
    public static class Root<T> {
        public T value;
        public Map<String, T> byName;
    }

    public static class Middle<U> extends Root<List<U>> {
        public U single;
    }

    public static class Leaf extends Middle<String> {
    }

    public static class Recursive<T extends Recursive<T>> {
        public String name;
    }

    /** A value class written as its @JsonValue. */
    public static class Version {
        private final String text;

        public Version(String text) {
            this.text = text;
        }

        @JsonValue
        public String getText() {
            return text;
        }

        public int getMajor() {
            return 1;
        }
    }
}
