package dev.opctl.scaffold.controller;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ToolOwned;
import dev.opctl.scaffold.api.Workload;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of {@code opctl add controller}: the user's reconciler and its test, the updated
 * {@code PROJECT}, and the registry and ClusterRole regenerated with the new controller.
 */
public final class AddController {
    private AddController() {
    }

    /**
     * Refuses a controller of a cluster-scoped kind in an operator that watches only some
     * namespaces ({@code opctl edit --namespaces}).
     */
    public static void requireWatchable(ProjectFile project, Resource resource) {
        if (!project.namespaces().isEmpty() && !resource.namespaced()) {
            throw OpctlException.invalidInput(String.format("%s (%s) is cluster-scoped, and this operator watches "
                    + "only namespaces %s; run 'opctl edit --cluster-wide' first", resource.kind(),
                    resource.apiVersion(), String.join(", ", project.namespaces())));
        }
    }

    /** The user-owned files of a controller for {@code resource}: the reconciler and its test. */
    public static List<GeneratedFile> userFiles(ProjectModel model, Resource resource) {
        return List.of(ReconcilerJava.render(model, resource), ReconcilerTestJava.render(model, resource));
    }

    /** The user-owned files of a workload controller: reconciler, dependent resources, test. */
    public static List<GeneratedFile> workloadFiles(ProjectModel model, Resource resource, Workload workload) {
        return WorkloadJava.render(model, resource, workload);
    }

    /** Renders everything a controller for {@code resource} adds to the project in {@code projectDir}. */
    public static FileSet render(Path projectDir, ProjectModel before, Resource resource) {
        Resource controlled = resource.withController();
        requireWatchable(before.project(), controlled);
        ProjectModel model = before.with(before.project().with(controlled));
        return render(projectDir, model, userFiles(model, controlled));
    }

    /**
     * Renders a controller for the built-in kind {@code primary}, watching {@code watched}; the
     * kind is recorded in {@code PROJECT} with {@code api: false}.
     */
    public static FileSet renderBuiltIn(Path projectDir, ProjectModel before, BuiltInKind primary,
            List<BuiltInKind> watched) {
        Resource resource = Resource.external(primary.group(), primary.version(), primary.kind(), primary.plural(),
                primary.namespaced()).withController();
        requireWatchable(before.project(), resource);
        ProjectModel model = before.with(before.project().with(resource));
        return render(projectDir, model, List.of(BuiltInReconcilerJava.render(model, primary, watched),
                ReconcilerTestJava.builtIn(model, primary)));
    }

    private static FileSet render(Path projectDir, ProjectModel model, List<GeneratedFile> java) {
        ProjectFile project = model.project();
        Map<Path, String> overlay = new HashMap<>();
        for (GeneratedFile file : java) {
            overlay.put(projectDir.resolve(file.path()).normalize(), file.content());
        }
        FileSet.Builder files = FileSet.builder();
        java.forEach(files::add);
        files.add(project.toGeneratedFile());
        ToolOwned.render(projectDir, model, overlay).files().forEach(files::add);
        return files.build();
    }
}
