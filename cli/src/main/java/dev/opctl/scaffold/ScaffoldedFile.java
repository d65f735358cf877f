package dev.opctl.scaffold;

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

    /** Whether {@code project} has the file. */
    public boolean exists(ProjectFiles project) {
        return project.exists(path);
    }

    /** Whether {@code project} has the file with content opctl would not generate: the user edited it. */
    public boolean edited(ProjectFiles project) {
        return project.lenientText(path).filter(text -> !renderings.contains(text)).isPresent();
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
}
