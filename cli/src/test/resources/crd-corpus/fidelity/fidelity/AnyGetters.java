package fidelity;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import java.util.Map;

/** {@code @JsonAnyGetter} as Jackson 2.20 makes it a property, and {@code @SchemaSwap} on inherited fields. */
public class AnyGetters {
    public Plain plain;
    public FieldIgnored fieldIgnored;
    public ClassIgnored classIgnored;
    public NotAGetter notAGetter;
    public Renamed renamed;
    public Hidden hidden;
    public Disabled disabled;
    public OnField onField;
    public OnTransientField onTransientField;
    public Swapped swapped;

    /** An any-getter is a getter like another: {@code extra}. */
    public static class Plain {
        public Map<String, Object> getExtra() {
            return null;
        }

        @JsonAnyGetter
        public Map<String, String> getMore() {
            return null;
        }
    }

    /** The name it gives is ignored by a field's {@code @JsonIgnore}: Jackson keeps it as {@code getExtra}. */
    public static class FieldIgnored {
        @JsonIgnore
        private Map<String, Object> extra;
        public String name;

        @JsonAnyGetter
        public Map<String, Object> getExtra() {
            return extra;
        }

        @JsonAnySetter
        public void setExtra(String key, Object value) {
            extra.put(key, value);
        }
    }

    /** ... or by {@code @JsonIgnoreProperties}. */
    @JsonIgnoreProperties("extra")
    public static class ClassIgnored {
        public String name;

        @JsonAnyGetter
        public Map<String, Integer> getExtra() {
            return null;
        }
    }

    /** A method that is no getter by name: the property is named after it. */
    public static class NotAGetter {
        @JsonAnyGetter
        public Map<String, Object> any() {
            return null;
        }
    }

    /** Named explicitly. */
    public static class Renamed {
        @JsonAnyGetter
        @JsonProperty("more")
        public Map<String, Object> getExtra() {
            return null;
        }
    }

    /** Ignored itself. */
    public static class Hidden {
        public String name;

        @JsonAnyGetter
        @JsonIgnore
        public Map<String, Object> getHidden() {
            return null;
        }
    }

    /** {@code enabled = false}: no any-getter, and an ignored name stays ignored. */
    public static class Disabled {
        @JsonIgnore
        private Map<String, Object> extra;

        @JsonAnyGetter(enabled = false)
        public Map<String, Object> getExtra() {
            return extra;
        }
    }

    /** On a field. */
    public static class OnField {
        @JsonAnyGetter
        public Map<String, Object> extra;
    }

    /** On a transient field too (the annotation makes it a property), unless disabled. */
    public static class OnTransientField {
        @JsonAnyGetter
        private transient Map<String, String> more;
        @JsonAnyGetter(enabled = false)
        private transient Map<String, String> none;
    }

    public static class Auth {
        public String secret;
    }

    public static class SecretRef {
        public String secretName;
    }

    public static class Client {
        public Auth auth;
        public Auth backup;
    }

    /** A swap of a field the class inherits: fabric8 matches the class whose schema it makes. */
    @SchemaSwap(originalType = Swapped.class, fieldName = "auth", targetType = SecretRef.class)
    public static class Swapped extends Client {
        public String own;
    }
}
