package relay;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class RelaySpec {
    /** Unwrapped: its properties become the spec's own. */
    @JsonUnwrapped
    public Endpoint endpoint;

    @JsonUnwrapped(prefix = "backup", suffix = "Addr")
    public Endpoint backup;

    public Level level;

    public Mode mode;

    public List<Level> levels;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public int port;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Instant since;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public boolean enabled;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Level levelNumber;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public Instant sinceSeconds;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Boolean flag;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public double ratio;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Long big;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public java.time.Duration timeout;

    @JsonFormat(pattern = "yyyy-MM-dd")
    public java.time.LocalDate day;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public List<Integer> numbers;

    public Priority priority;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    public java.time.ZonedDateTime zoned;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public java.time.Duration period;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER_FLOAT)
    public java.time.OffsetDateTime offset;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public java.util.Map<String, Integer> counts;

    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public Mode modeNumber;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Endpoint endpointString;

    public Tier tier;

    public Target target;

    public List<Target> targets;

    /** Of a subclass that turns the polymorphism off (use = NONE): its properties alone. */
    public PlainTarget plainTarget;

    public Renamed renamed;

    public static class Endpoint {
        public String host;
        public int port;
    }

    /** An enum written through @JsonValue. */
    public enum Level {
        LOW("low"), HIGH("high");

        private final String text;

        Level(String text) {
            this.text = text;
        }

        @JsonValue
        public String text() {
            return this.text;
        }
    }

    /** Written as its index. */
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public enum Priority { LOW, HIGH }

    /** @JsonValue on a field. */
    public enum Tier {
        GOLD("gold-tier"), SILVER(Tier.SILVER_NAME);

        static final String SILVER_NAME = "silver-tier";

        @JsonValue
        private final String label;

        Tier(String label) {
            this.label = label;
        }
    }

    /** Both getX() and isX(): Jackson takes getX(), whichever comes first; isX() alone makes a boolean. */
    public boolean isSecure() {
        return true;
    }

    public String getSecure() {
        return "tls";
    }

    public Integer getPaused() {
        return 0;
    }

    public Boolean isPaused() {
        return false;
    }

    public boolean isDraining() {
        return false;
    }

    public Limits limits;

    /** Maps fabric8 maps too: a raw Map, an EnumMap keyed by an enum. */
    @SuppressWarnings("rawtypes")
    public Map settings;

    public EnumMap<Mode, String> routes;

    public NavigableMap<String, Integer> ranks;

    public ConcurrentMap<String, Boolean> flags;

    public ConcurrentHashMap<String, List<String>> aliases;

    /** A base class whose annotations on abstract getters hold for the overriding getters. */
    public abstract static class Bounds {
        @JsonIgnore
        public abstract String getSummary();

        @JsonProperty("ceiling")
        public abstract int getMax();
    }

    public static class Limits extends Bounds {
        public int min;

        @Override
        public String getSummary() {
            return min + "..";
        }

        @Override
        public int getMax() {
            return 10;
        }
    }

    /** An enum with @JsonProperty names. */
    public enum Mode {
        @JsonProperty("fast") FAST,
        @JsonProperty("safe") SAFE,
        OFF
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = HttpTarget.class, name = "http"),
        @JsonSubTypes.Type(value = QueueTarget.class, name = "queue")
    })
    public abstract static class Target {
        public String name;

        /** Ignored here, and so in every subclass that overrides it without a word. */
        @JsonIgnore
        public abstract String getCredentials();

        @JsonProperty("weight")
        public abstract int getPriority();
    }

    public static class HttpTarget extends Target {
        public String url;

        @Override
        public String getCredentials() {
            return "basic";
        }

        @Override
        public int getPriority() {
            return 1;
        }
    }

    public static class QueueTarget extends Target {
        public String queue;
        public int partitions;

        @Override
        public String getCredentials() {
            return "sasl";
        }

        @Override
        public int getPriority() {
            return 2;
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    public static class PlainTarget extends QueueTarget {
    }

    /**
     * Setters that name a property otherwise than its field or getter does: Jackson splits them off into
     * properties it only reads, and writes the field's and the getter's names.
     */
    public static class Renamed {
        @JsonProperty("f")
        private String f;
        private String g;
        private String h;

        @JsonSetter("ff")
        public void setF(String f) {
            this.f = f;
        }

        @JsonProperty("g")
        public String getG() {
            return g;
        }

        @JsonSetter("gg")
        public void setG(String g) {
            this.g = g;
        }

        /** Named by the setter alone: the whole property takes its name. */
        public String getH() {
            return h;
        }

        @JsonSetter("hh")
        public void setH(String h) {
            this.h = h;
        }
    }

    /** An enum with no constants, and one whose constants are all ignored: a string, with no enum. */
    public Silence silence;

    public Muted muted;

    public enum Silence {
    }

    public enum Muted {
        @JsonIgnore
        QUIET,
        @JsonIgnore
        HUSHED
    }
}
