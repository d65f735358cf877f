package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.controller.AddController;
import dev.opctl.scaffold.controller.ControllerRequest;
import dev.opctl.scaffold.controller.Controllers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opctl add controller}: a reconciler for a kind of the project. */
@Command(
        name = "controller",
        description = {
            "Adds a Java Operator SDK reconciler for a kind added with 'opctl add api' (yours to edit) and its test, "
                    + "registers it in ReconcilerRegistry so the operator runs it, and grants it what it needs on "
                    + "its kind in config/rbac/role.yaml.",
            "",
            "For a kind Kubernetes defines, name its group: --group core --version v1 --kind Service (or apps/v1 "
                    + "Deployment, ...), optionally with --watch Pod."
        })
final class AddControllerCommand extends ProjectCommand {
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The kind to reconcile.")
    String kind;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "The kind's group (short or full), when several groups have a kind of that name.")
    String group;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "The version to reconcile. Default: the kind's storage version (the first added).")
    String version;

    @Option(names = "--watch", paramLabel = "KIND[,KIND...]",
            description = "For a built-in kind: built-in kinds to watch as secondary resources (read-only), "
                    + "comma-separated, e.g. Pod.")
    List<String> watch = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite the reconciler and its test if you have edited them.")
    boolean force;

    AddControllerCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        ProjectFile project = ProjectFile.read(workingDir);
        ControllerRequest.Target target = new ControllerRequest(group, version, kind,
                Names.commaList("--watch", watch)).resolve(project);
        ProjectModel model = ProjectModel.of(project);
        ProjectFiles files = projectFiles();
        String apiVersion = target.builtIn() != null ? target.builtIn().apiVersion() : target.resource().apiVersion();
        try {
            if (target.builtIn() != null) {
                ProjectWriter.Result result = ProjectWriter.write(lock, workingDir,
                        AddController.renderBuiltIn(files, model, target.builtIn(), target.watched()), force);
                report(kind + "Reconciler", apiVersion, result);
            } else {
                ProjectWriter.Result result = ProjectWriter.write(lock, workingDir,
                        AddController.render(files, model, target.resource()), force);
                report(Controllers.reconciler(model, target.resource()).simpleName(), apiVersion, result);
            }
        } catch (ProjectWriter.EditedFiles edited) {
            boolean there = project.resources().stream().anyMatch(r -> r.controller() && r.kind().equals(kind)
                    && r.apiVersion().equals(apiVersion));
            throw there ? edited.already(String.format("the controller of %s (%s) is in the project already", kind,
                    apiVersion), " (what it watches is up to its reconciler now: change it there)") : edited;
        }
        return ExitCode.OK.code();
    }

    private void report(String reconciler, String apiVersion, ProjectWriter.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        int written = result.created().size() + result.updated().size();
        if (written == 0) { // run again: the controller is there, as it was
            out.printf("Controller %s for %s (%s) is there already: 0 files written, %d unchanged.%n", reconciler,
                    kind, apiVersion, result.unchanged().size());
            return;
        }
        out.printf("Added controller %s for %s (%s): %d files written, %d unchanged.%n", reconciler, kind, apiVersion,
                written, result.unchanged().size());
        out.printf("Next: write the reconcile logic in %sReconciler.java, then run 'mvn verify'.%n", kind);
    }
}
