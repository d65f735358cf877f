package dev.opctl.project;

import dev.opctl.engine.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Maven reads, besides pom.xml, to resolve a project's class path ({@link MavenClasspath} keys its
 * cache by it), and the settings of a pom that override what opctl asks of Maven's dependency plugin.
 */
final class MavenInputs {
    /** The files under {@code .mvn/} that change what Maven resolves. */
    private static final List<String> MVN_FILES = List.of("maven.config", "jvm.config", "extensions.xml");
    private static final Pattern PARENT = Pattern.compile("<parent>(.*?)</parent>", Pattern.DOTALL);
    /** The dependency plugin's element, and its settings that override opctl's. */
    private static final Pattern DEPENDENCY_PLUGIN = Pattern.compile(
            "<artifactId>\\s*maven-dependency-plugin\\s*</artifactId>(.*?)</plugin>", Pattern.DOTALL);
    private static final Pattern SCOPE_OR_OUTPUT = Pattern.compile("<(includeScope|excludeScope|outputFile)>");
    /** The Java a pom compiles for, in the order the compiler plugin takes them: a number, or a property. */
    private static final List<Pattern> RELEASE = List.of(
            Pattern.compile("<release>\\s*([^<]*?)\\s*</release>"),
            Pattern.compile("<maven\\.compiler\\.release>\\s*([^<]*?)\\s*</maven\\.compiler\\.release>"),
            Pattern.compile("<target>\\s*([^<]*?)\\s*</target>"),
            Pattern.compile("<maven\\.compiler\\.target>\\s*([^<]*?)\\s*</maven\\.compiler\\.target>"));
    private static final Pattern JAVA = Pattern.compile("(?:1\\.)?([0-9]{1,3})");
    private static final Pattern RELATIVE_PATH = Pattern.compile("<relativePath>\\s*([^<]*?)\\s*</relativePath>");

    private MavenInputs() {
    }

    /**
     * The setting of the dependency plugin that {@code pom} configures for all its executions (outside
     * {@code <executions>}) and that overrides opctl's {@code -DincludeScope} or {@code -Dmdep.outputFile}, as a
     * pom's configuration overrides a user property: {@code <includeScope>}, ...; none where it sets none.
     */
    static Optional<String> overridden(String pom) {
        Matcher plugin = DEPENDENCY_PLUGIN.matcher(pom); // in <pluginManagement> too, where the build's may be
        while (plugin.find()) {
            Matcher setting = SCOPE_OR_OUTPUT.matcher(plugin.group(1).replaceAll("(?s)<executions>.*?</executions>",
                    ""));
            if (setting.find()) {
                return Optional.of("<" + setting.group(1) + ">");
            }
        }
        return Optional.empty();
    }

    /**
     * The Java release {@code pom} compiles for: the compiler plugin's {@code <release>}, else
     * {@code maven.compiler.release}, else the target; a {@code ${property}} the pom defines is read. 0
     * when the pom does not say, or says it through a parent (not read).
     */
    static int release(String pom) {
        for (Pattern setting : RELEASE) {
            Matcher found = setting.matcher(pom);
            if (found.find()) {
                String value = found.group(1);
                if (value.startsWith("${") && value.endsWith("}")) {
                    Matcher property = Pattern.compile("<" + Pattern.quote(value.substring(2, value.length() - 1))
                            + ">\\s*([^<]*?)\\s*</").matcher(pom);
                    value = property.find() ? property.group(1) : "";
                }
                Matcher java = JAVA.matcher(value);
                return java.matches() ? Integer.parseInt(java.group(1)) : 0;
            }
        }
        return 0;
    }

    /**
     * What Maven reads besides pom.xml to resolve it, as text: the parent poms on their relative paths (as
     * far as they are files), the files under the build's {@code .mvn/} (the nearest directory upwards
     * with one, as Maven finds it), the user's {@code settings.xml}, {@code MAVEN_ARGS}, and {@code maven}.
     */
    static String configuration(Path projectDir, String maven) throws IOException {
        StringBuilder text = new StringBuilder("maven ").append(maven).append('\n');
        text.append("MAVEN_ARGS ").append(System.getenv().getOrDefault("MAVEN_ARGS", "")).append('\n');
        Path pom = projectDir.resolve("pom.xml");
        for (int depth = 0; depth < 10; depth++) { // a cycle of relative paths ends
            Matcher parent = PARENT.matcher(Files.readString(pom, StandardCharsets.ISO_8859_1));
            if (!parent.find()) {
                break;
            }
            Matcher relative = RELATIVE_PATH.matcher(parent.group(1));
            String path = relative.find() ? relative.group(1) : "../pom.xml";
            Path next = path.isEmpty() ? null : pom.getParent().resolve(path);
            next = next != null && Files.isDirectory(next) ? next.resolve("pom.xml") : next;
            if (next == null || !Files.isRegularFile(next)) {
                break; // from a repository: the pom names its version, and a new version is a new pom
            }
            pom = next;
            text.append("parent ").append(Digests.sha256(Files.readAllBytes(pom))).append('\n');
        }
        for (Path dir = projectDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                for (String name : MVN_FILES) {
                    Path file = dir.resolve(".mvn").resolve(name);
                    text.append(name).append(' ').append(Files.isRegularFile(file)
                            ? Digests.sha256(Files.readAllBytes(file)) : "none").append('\n');
                }
                break;
            }
        }
        Path settings = Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
        text.append("settings ").append(Files.isRegularFile(settings) ? Digests.sha256(Files.readAllBytes(settings))
                : "none").append('\n');
        return text.toString();
    }
}
