package dev.opctl.scaffold.delete;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ScaffoldedFile;
import dev.opctl.scaffold.ToolOwned;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project after a deletion: {@code PROJECT} and every tool-owned file regenerated over the
 * sources as they will be (deleted classes gone, edited ones edited), the tool-owned files that
 * become obsolete, and the sources that would stop compiling.
 *
 * @param files {@code PROJECT}, the tool-owned files and the edits
 * @param obsolete tool-owned files to delete
 * @param users sources left that use a deleted class
 */
record Regeneration(FileSet files, List<String> obsolete, List<String> users) {
    static Regeneration of(ProjectFiles project, ProjectModel after, List<ScaffoldedFile> deleted,
            List<GeneratedFile> edits) {
        Map<String, String> changes = new HashMap<>();
        Set<String> deletedPaths = new HashSet<>();
        for (ScaffoldedFile file : deleted) {
            deletedPaths.add(file.path());
            changes.put(file.path(), ToolOwned.DELETED);
        }
        for (GeneratedFile file : edits) {
            changes.put(file.path(), file.content());
        }
        FileSet toolOwned = ToolOwned.render(project, after, changes);
        FileSet.Builder files = FileSet.builder().add(after.project().toGeneratedFile());
        toolOwned.files().forEach(files::add);
        edits.forEach(files::add);
        FileSet all = files.build();
        Set<String> rewritten = new HashSet<>();
        all.files().forEach(f -> rewritten.add(f.path()));
        return new Regeneration(all, ToolOwned.obsolete(project, toolOwned),
                References.to(project, deletedPaths, rewritten));
    }
}
