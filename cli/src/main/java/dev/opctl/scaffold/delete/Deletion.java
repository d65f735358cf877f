package dev.opctl.scaffold.delete;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ScaffoldedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a delete command does to a project, computed in memory: the files to write (the new
 * {@code PROJECT}, the regenerated tool-owned files, the edited kustomization) and the files to delete.
 *
 * @param description what is deleted, for the command's report, e.g. {@code Memcached (cache.example.com/v1)}
 * @param files the files to write
 * @param scaffolded the user-owned files opctl scaffolded for what is deleted; those that exist are deleted
 * @param obsolete tool-owned files nothing generates any more (a removed kind's CRD), to delete
 * @param notes lines for the user about what else changed, e.g. a new storage version
 */
public record Deletion(String description, FileSet files, List<ScaffoldedFile> scaffolded, List<String> obsolete,
        List<String> notes) {
    public Deletion {
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(files, "files == null");
        scaffolded = List.copyOf(scaffolded);
        obsolete = List.copyOf(obsolete);
        notes = List.copyOf(notes);
    }

    /**
     * Refuses, unless {@code force}, when the user edited a file that would be deleted: its content
     * is not what opctl would generate for it now.
     *
     * @throws OpctlException (conflict) naming the edited files
     */
    public void requireUntouched(ProjectFiles project, boolean force) {
        List<String> edited = scaffolded.stream().filter(f -> f.edited(project)).map(ScaffoldedFile::path)
                .toList();
        if (!edited.isEmpty() && !force) {
            throw OpctlException.conflict(String.format("%s %s edited since opctl wrote %s; deleting %s would lose "
                    + "your changes: keep what you need elsewhere and rerun with --force", String.join(", ", edited),
                    edited.size() == 1 ? "was" : "were", edited.size() == 1 ? "it" : "them",
                    edited.size() == 1 ? "it" : "them"));
        }
    }

    /** The files to delete, relative to {@code project}: the scaffolded files that exist, and the obsolete ones. */
    public List<String> deletions(ProjectFiles project) {
        List<String> paths = new ArrayList<>();
        scaffolded.stream().filter(f -> f.exists(project)).map(ScaffoldedFile::path).forEach(paths::add);
        paths.addAll(obsolete);
        return paths;
    }
}
