package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.Scope;
import dev.opctl.scaffold.api.AddApi;
import dev.opctl.scaffold.api.ApiModel;
import dev.opctl.scaffold.api.ApiRequest;
import dev.opctl.scaffold.delete.DeleteApi;
import dev.opctl.scaffold.delete.Deletion;
import dev.opctl.scaffold.edit.EditProject;
import dev.opctl.scaffold.project.NewProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use cases are functions of a project's files and a request: here they run on a project held
 * in memory, as kubebuilder's scaffolds are tested on an in-memory file system, and give what they
 * give on disk.
 */
class InMemoryProjectTest {
    private static final ProjectFile DEMO = new ProjectFile(ProjectFile.CURRENT_LAYOUT, "0.0.1", "demo-operator",
            "example.com", "com.example.demooperator", "com.example", "demo-operator", License.APACHE2,
            "Example Corp.");
    private static final String KIND_CLASS =
            "src/main/java/com/example/demooperator/api/cache/v1alpha1/Memcached.java";
    private static final String CRD = "config/crd/memcacheds.cache.example.com.yaml";

    private static ApiRequest memcached(String version, boolean storage) {
        return new ApiRequest("cache", null, version, "Memcached", null, Scope.NAMESPACED, null, List.of(), false, storage, null);
    }

    /** A new project's files, path to content. */
    private static Map<String, String> newProject() {
        return applied(new TreeMap<>(), NewProject.render(ProjectModel.of(DEMO)), List.of());
    }

    private static Map<String, String> applied(Map<String, String> project, FileSet files, List<String> deleted) {
        Map<String, String> after = new TreeMap<>(project);
        files.files().forEach(f -> after.put(f.path(), f.content()));
        deleted.forEach(after::remove);
        return after;
    }

    private static ProjectFile projectFile(Map<String, String> files) {
        return ProjectFile.parse(files.get(ProjectFile.FILE_NAME), ProjectFile.FILE_NAME);
    }

    @Test
    void addApiRendersFromTheFilesItIsGiven() {
        Map<String, String> project = newProject();
        ApiModel api = memcached("v1alpha1", false).resolve(DEMO);
        FileSet added = AddApi.render(ProjectFiles.of(project), api, true);

        assertTrue(added.get(KIND_CLASS).content().contains("@Version(\"v1alpha1\")"));
        assertTrue(added.get(CRD).content().contains("kind: CustomResourceDefinition"), "the CRD, from the new class");
        assertTrue(added.get("config/rbac/role.yaml").content().contains("- memcacheds"),
                "the role, from the new reconciler");
        assertTrue(added.get("config/kustomization.yaml").content().contains("- crd/memcacheds.cache.example.com.yaml"),
                "the kustomization, edited at its marker");
    }

    @Test
    void aProjectOnDiskGivesTheSameFilesAsTheSameProjectInMemory(@TempDir Path dir) throws Exception {
        Map<String, String> project = newProject();
        for (Map.Entry<String, String> file : project.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        ApiModel api = memcached("v1alpha1", false).resolve(DEMO);
        assertEquals(contents(AddApi.render(ProjectFiles.of(project), api, true)),
                contents(AddApi.render(ProjectFiles.on(dir), api, true)));
    }

    @Test
    void aNewStorageVersionEditsTheClassOfTheOldOneAsTheSnapshotHasIt() {
        Map<String, String> project = newProject();
        ApiModel v1alpha1 = memcached("v1alpha1", false).resolve(DEMO);
        project = applied(project, AddApi.render(ProjectFiles.of(project), v1alpha1, false), List.of());
        // The user's own edit of the class, which the demotion must keep.
        project.put(KIND_CLASS, project.get(KIND_CLASS).replace("public class Memcached",
                "// tuned by hand\npublic class Memcached"));

        ApiRequest request = memcached("v1", true);
        ProjectFile before = projectFile(project);
        ApiModel v1 = request.resolve(before);
        FileSet added = AddApi.render(ProjectFiles.of(project), v1, false, request.demoted(before, v1));
        String demoted = added.get(KIND_CLASS).content();
        assertTrue(demoted.contains("@Version(value = \"v1alpha1\", storage = false)"), demoted);
        assertTrue(demoted.contains("// tuned by hand"), "the user's edit stays");

        // Deleting the storage version again makes the other one the storage version.
        Map<String, String> both = applied(project, added, List.of());
        Deletion deletion = DeleteApi.plan(ProjectFiles.of(both), ProjectModel.of(projectFile(both)),
                "cache.example.com", "v1", "Memcached");
        Map<String, String> after = applied(both, deletion.files(), deletion.deletions(ProjectFiles.of(both)));
        assertTrue(after.get(KIND_CLASS).contains("@Version(\"v1alpha1\")"), after.get(KIND_CLASS));
        assertEquals(Optional.empty(), Optional.ofNullable(after.get(
                "src/main/java/com/example/demooperator/api/cache/v1/Memcached.java")));
    }

    @Test
    void editWatchesNamespacesByEditingTheKustomizationItIsGiven() {
        Map<String, String> project = newProject();
        EditProject.Plan plan = EditProject.plan(ProjectFiles.of(project), DEMO,
                new EditProject.Request(Optional.of(List.of("team-b", "team-a")), Optional.empty(), Optional.empty(),
                        Optional.empty()));
        assertEquals(List.of("team-a", "team-b"), plan.project().namespaces());
        assertTrue(!plan.files().get("config/kustomization.yaml").content().contains("- rbac/role_binding.yaml"),
                "the cluster-wide binding goes");
    }

    @Test
    void aMissingFileOfTheSnapshotIsNamed() {
        Map<String, String> project = newProject();
        project.remove("config/kustomization.yaml");
        ApiModel api = memcached("v1alpha1", false).resolve(DEMO);
        OpctlException missing = assertThrows(OpctlException.class,
                () -> AddApi.render(ProjectFiles.of(project), api, false));
        assertEquals(ExitCode.INVALID_INPUT, missing.exitCode());
        assertEquals(ProjectFiles.of(project).dir().resolve("config/kustomization.yaml") + " is missing, so opctl "
                + "cannot list the new CRD in it; restore it (opctl new writes it), with its +opctl:scaffold marker "
                + "line", missing.getMessage());
    }

    private static Map<String, String> contents(FileSet files) {
        Map<String, String> byPath = new TreeMap<>();
        for (GeneratedFile file : files.files()) {
            byPath.put(file.path(), file.ownership() + "\n" + file.content());
        }
        return byPath;
    }
}
