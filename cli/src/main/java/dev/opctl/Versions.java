package dev.opctl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * opctl's own version and the library and plugin versions that generated projects pin, as the
 * build recorded them in {@code dev/opctl/versions.properties}.
 */
public record Versions(
        String opctl,
        String josdk,
        String fabric8,
        String logback,
        String junit,
        String mockito,
        String micrometer,
        String cleanPlugin,
        String resourcesPlugin,
        String compilerPlugin,
        String surefirePlugin,
        String jarPlugin,
        String shadePlugin,
        String installPlugin,
        String dependencyPlugin) {

    private static final Versions CURRENT = load();

    /** The versions this build of opctl was made with. */
    public static Versions current() {
        return CURRENT;
    }

    private static Versions load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("dev/opctl/versions.properties is missing from the opctl jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Versions(
                get(p, "opctl"),
                get(p, "josdk"),
                get(p, "fabric8"),
                get(p, "logback"),
                get(p, "junit"),
                get(p, "mockito"),
                get(p, "micrometer"),
                get(p, "clean-plugin"),
                get(p, "resources-plugin"),
                get(p, "compiler-plugin"),
                get(p, "surefire-plugin"),
                get(p, "jar-plugin"),
                get(p, "shade-plugin"),
                get(p, "install-plugin"),
                get(p, "dependency-plugin"));
    }

    private static String get(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("versions.properties has no value for " + key);
        }
        return value;
    }
}
