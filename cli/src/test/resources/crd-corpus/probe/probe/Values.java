package probe;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Classes Jackson writes as one value: a @JsonValue field or method, and enums whose getter Lombok makes. */
public class Values {
    public Port port;
    public Version version;
    public Id id;
    public Release release;
    public List<Port> ports;
    public Mode mode;
    public Legacy legacy;
    public Color color;

    public static class Port {
        @JsonValue
        public int number;
        public String ignoredName;
    }

    public static class Version {
        public String major;

        @JsonValue
        public String getText() {
            return major;
        }
    }

    /** The superclass's @JsonValue holds. */
    public static class Release extends Version {
        public String channel;
    }

    public static class Id {
        public String extra;

        @JsonValue
        @Override
        public String toString() {
            return "id";
        }
    }

    @RequiredArgsConstructor
    public enum Mode {
        LAST_STATE("last-state"),
        STATELESS("stateless");

        @Getter(onMethod_ = @JsonValue)
        private final String value;
    }

    @RequiredArgsConstructor
    public enum Legacy {
        OLD("old");

        @Getter(onMethod = @__(@JsonValue))
        private final String value;
    }

    /** A @JsonValue an interface declares: Jackson finds it on the enum's implementation. */
    public interface Labeled {
        @JsonValue
        String label();
    }

    public enum Color implements Labeled {
        RED("red"),
        DARK_BLUE("dark-blue");

        private final String label;

        Color(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
