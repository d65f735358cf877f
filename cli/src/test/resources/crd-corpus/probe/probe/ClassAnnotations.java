package probe;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIgnoreType;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Jackson's class annotations, inherited from superclasses and interfaces as Jackson finds them. */
public class ClassAnnotations extends ClassAnnotationsBase implements NamedProperties {
    public String keep;
    public String dropped;
    public String camelCase;
    public Hidden hidden;
    public Ignored ignored;
    public Tokens tokens;
    public Included included;
    public Narrowed narrowed;
    public NoGetters noGetters;
    /**
     * On a property, @JsonIgnoreProperties drops properties of its value. (fabric8 applies the first
     * use's to every use of the class; opctl each property's own, as Jackson writes them: see CrdGeneratorTest.)
     */
    @JsonIgnoreProperties("secret")
    public Credentials credentials;
    public AllGetters allGetters;

    @JsonIgnoreType
    public interface Marker {
    }

    public static class Hidden implements Marker {
        public String x;
    }

    @JsonIgnoreType
    public static class IgnoredBase {
    }

    public static class Ignored extends IgnoredBase {
        public String x;
    }

    /** Ignored for reading only: still written. */
    @JsonIgnoreProperties(value = "token", allowGetters = true)
    public static class Tokens {
        public String token;
        public String other;
    }

    @JsonIncludeProperties({"name", "kept"})
    public static class Included {
        public String name;
        public int size;
        public String kept;
    }

    /** A subclass's annotation ignores what the superclass declares. */
    @JsonIgnoreProperties("wide")
    public static class Narrowed extends Wide {
        public String narrow;
    }

    public static class Wide {
        public String wide;
        public String other;
    }

    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    public static class NoGetters {
        public String field;

        public String getComputed() {
            return "";
        }

        public boolean isFlag() {
            return true;
        }

        @JsonProperty
        public String getNamed() {
            return "";
        }
    }

    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.PROTECTED_AND_PUBLIC)
    public static class AllGetters extends NoGetters {
        protected String getProtectedOne() {
            return "";
        }

        String getPackageOne() {
            return "";
        }

        protected boolean isProtectedFlag() {
            return true;
        }
    }

    public static class Credentials {
        public String user;
        public String secret;
        public String realm;
    }
}
