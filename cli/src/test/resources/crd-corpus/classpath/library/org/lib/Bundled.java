package org.lib;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jackson annotation bundles of a library, on a library class: read from the class files, a bundle
 * carries its annotations to each member it is on; one written on the member wins; a bundle may hold
 * another, and its getter's.
 */
public class Bundled {
    @Port
    public int port;
    @Port
    @Max(100)
    public int small;
    @Secret
    public String password;
    @Renamed
    public String original;
    @NamedPort
    public int both;
    private String host;

    @Dns
    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

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
    @JsonIgnore
    public @interface Secret {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonProperty("bundled")
    @JsonPropertyDescription("Named by a library's bundle.")
    public @interface Renamed {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @Pattern("^[a-z.]+$")
    public @interface Dns {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @Port
    @JsonPropertyDescription("A port named by two bundles.")
    public @interface NamedPort {
    }
}
