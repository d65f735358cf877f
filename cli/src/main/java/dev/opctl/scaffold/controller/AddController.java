package dev.opctl.scaffold.controller;

import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.ToolOwned;
import dev.opctl.scaffold.api.Workload;
import java.util.List;

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

    /**
     * Refuses a controller of a kind whose name another group's kind with a controller has: reconcilers are
     * named after their kind alone ({@code controller/FooReconciler.java}), so both would be one file.
     */
    public static void requireOwnReconciler(ProjectFile project, Resource resource) {
        for (Resource other : project.resources()) {
            if (other.controller() && other.kind().equals(resource.kind()) && !other.group().equals(resource.group())) {
                throw OpctlException.invalidInput(String.format("%s (%s) cannot have a controller: %s (%s) has one, "
                        + "and both reconcilers would be %sReconciler; a project has one controller per kind name",
                        resource.kind(), resource.apiVersion(), other.kind(), other.apiVersion(), other.kind()));
            }
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

    /** Renders everything a controller for {@code resource} adds to {@code project}. */
    public static FileSet render(ProjectFiles project, ProjectModel before, Resource resource) {
        Resource controlled = resource.withController();
        requireWatchable(before.project(), controlled);
        requireOwnReconciler(before.project(), controlled);
        ProjectModel model = before.with(before.project().with(controlled));
        return render(project, model, userFiles(model, controlled));
    }

    /**
     * Renders a controller for the built-in kind {@code primary}, watching {@code watched}; the
     * kind is recorded in {@code PROJECT} with {@code api: false}.
     */
    public static FileSet renderBuiltIn(ProjectFiles project, ProjectModel before, BuiltInKind primary,
            List<BuiltInKind> watched) {
        Resource resource = Resource.external(primary.gvk(), primary.plural(), primary.scope()).withController();
        requireWatchable(before.project(), resource);
        requireOwnReconciler(before.project(), resource);
        ProjectModel model = before.with(before.project().with(resource));
        return render(project, model, List.of(BuiltInReconcilerJava.render(model, primary, watched),
                ReconcilerTestJava.builtIn(model, primary)));
    }

    private static FileSet render(ProjectFiles project, ProjectModel model, List<GeneratedFile> java) {
        FileSet.Builder files = FileSet.builder();
        java.forEach(files::add);
        files.add(model.project().toGeneratedFile());
        ToolOwned.render(project, model, java).files().forEach(files::add);
        return files.build();
    }
}
