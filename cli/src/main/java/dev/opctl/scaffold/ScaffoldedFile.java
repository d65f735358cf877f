package dev.opctl.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-owned file opctl scaffolded, with what opctl would write for it now: the file is untouched
 * when its content is one of {@code renderings}. There can be several because {@code PROJECT} does
 * not record every value a command was given (a workload's image and port are read back from the
 * files themselves).
 *
 * @param path the file, relative to the project
 * @param renderings the contents opctl would generate for it now
 */
public record ScaffoldedFile(String path, List<String> renderings) {
    public ScaffoldedFile {
        Objects.requireNonNull(path, "path == null");
        renderings = List.copyOf(renderings);
    }

    /** Whether the file exists in {@code projectDir}. */
    public boolean exists(Path projectDir) {
        return Files.isRegularFile(projectDir.resolve(path));
    }

    /** Whether the file exists in {@code projectDir} with content opctl would not generate: the user edited it. */
    public boolean edited(Path projectDir) {
        Path file = projectDir.resolve(path);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !renderings.contains(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of each match of {@code pattern} in {@code text}, each once, in order. */
    public static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The text of the file {@code path} of the project in {@code projectDir}, or "" when it is missing. */
    public static String read(Path projectDir, String path) {
        Path file = projectDir.resolve(path);
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
