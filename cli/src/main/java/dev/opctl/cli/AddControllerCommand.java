package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.project.BuiltInKind;
import dev.opctl.project.OwnKinds;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.controller.AddController;
import dev.opctl.scaffold.controller.Controllers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Names.requireKind(kind);
        watch = Names.commaList("--watch", watch);
        Optional<BuiltInKind> builtIn = group == null ? Optional.empty() : BuiltInKind.find(group, kind);
        boolean ownKind = project.resources().stream().anyMatch(r -> r.api() && r.kind().equals(kind));
        if (builtIn.isPresent() && !ownKind) {
            return builtIn(lock, project, builtIn.get());
        }
        if (!watch.isEmpty()) {
            throw OpctlException.invalidInput("--watch is for controllers of built-in kinds (e.g. --group core "
                    + "--version v1 --kind Service --watch Pod); watch from a custom kind's reconciler in its code");
        }
        Resource resource = OwnKinds.find(project, group, kind, version, "Service");
        ProjectModel model = ProjectModel.of(project);
        ProjectWriter.Result result = ProjectWriter.write(lock, workingDir,
                AddController.render(ProjectFiles.on(workingDir), model, resource), force);

        report(Controllers.reconciler(model, resource).simpleName(), resource.apiVersion(), result);
        return ExitCode.OK.code();
    }

    private int builtIn(ProjectLock lock, ProjectFile project, BuiltInKind primary) {
        if (version != null && !version.equals(primary.version())) {
            throw OpctlException.invalidInput(String.format("opctl knows %s as %s, not version %s; drop --version "
                    + "or use %s", kind, primary.apiVersion(), version, primary.version()));
        }
        List<BuiltInKind> watched = new ArrayList<>();
        for (String name : watch) {
            watched.add(BuiltInKind.find(null, name).orElseThrow(() -> OpctlException.invalidInput(String.format(
                    "--watch %s: not a built-in kind opctl knows; use one of %s", name, String.join(", ",
                            BuiltInKind.ALL.stream().map(BuiltInKind::kind).toList())))));
        }
        ProjectModel model = ProjectModel.of(project);
        ProjectWriter.Result result = ProjectWriter.write(lock, workingDir,
                AddController.renderBuiltIn(ProjectFiles.on(workingDir), model, primary, watched), force);
        report(kind + "Reconciler", primary.apiVersion(), result);
        return ExitCode.OK.code();
    }

    private void report(String reconciler, String apiVersion, ProjectWriter.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Added controller %s for %s (%s): %d files written, %d unchanged.%n", reconciler, kind, apiVersion,
                result.created().size() + result.updated().size(), result.unchanged().size());
        out.printf("Next: write the reconcile logic in %sReconciler.java, then run 'mvn verify'.%n", kind);
    }
}
