package dev.opctl.scaffold.helm;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ToolOwned;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The files under {@code config/} as a command is about to leave them: the tool-owned files it
 * regenerates, then the files it changes, then the project as it is.
 *
 * @param project the project's files
 * @param changes files the command is about to write ({@link ToolOwned#DELETED} for a deletion)
 * @param toolOwned the tool-owned files the command regenerates
 */
record ConfigView(ProjectFiles project, Map<String, String> changes, FileSet toolOwned) {
    ConfigView {
        Objects.requireNonNull(project, "project == null");
        changes = Map.copyOf(changes);
        Objects.requireNonNull(toolOwned, "toolOwned == null");
    }

    /** The text of {@code path} (relative to the project), empty when it will not exist. */
    Optional<String> text(String path) {
        GeneratedFile tool = toolOwned.get(path);
        if (tool != null) {
            return Optional.of(tool.content());
        }
        String changed = changes.get(path);
        if (changed != null) {
            return changed.equals(ToolOwned.DELETED) ? Optional.empty() : Optional.of(changed);
        }
        return project.text(path);
    }

    /** Whether the command regenerates {@code path}. */
    boolean generated(String path) {
        return toolOwned.get(path) != null;
    }
}
