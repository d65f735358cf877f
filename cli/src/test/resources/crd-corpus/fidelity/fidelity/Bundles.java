package fidelity;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jackson annotation bundles: an annotation type marked @JacksonAnnotationsInside carries its
 * annotations, Jackson's and fabric8's, to every member it is written on; one written directly on
 * the member wins; a bundle may hold another. A bundle not kept at run time (of the default retention,
 * or SOURCE) is invisible to Jackson and fabric8: its annotations do nothing.
 */
public class Bundles {
    @Port
    public int port;
    @Dns
    public String host;
    @Secret
    public String password;
    @Renamed
    public String original;
    @AsText
    public int number;
    @Port
    @Max(100)
    public int small;
    @DnsPort
    public int both;
    @ClassOnly
    public int kept;
    @SourceOnly
    public String shown;

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @JacksonAnnotationsInside
    @Min(1)
    @Max(65535)
    @Required
    public @interface Port {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @Pattern("^[a-z]+$")
    @Size(max = 63)
    public @interface Dns {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonIgnore
    public @interface Secret {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonProperty("bundled")
    @JsonPropertyDescription("Named by a bundle.")
    public @interface Renamed {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public @interface AsText {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @Port
    @Dns
    public @interface DnsPort {
    }

    @JacksonAnnotationsInside
    @JsonProperty("renamedByClassRetention")
    @Min(3)
    @Required
    public @interface ClassOnly {
    }

    @Retention(RetentionPolicy.SOURCE)
    @JacksonAnnotationsInside
    @JsonIgnore
    public @interface SourceOnly {
    }

    /** Not a bundle: its annotations stay on it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Min(5)
    public @interface Plain {
    }
}
