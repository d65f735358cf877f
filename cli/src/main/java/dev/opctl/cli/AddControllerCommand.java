package dev.opctl.cli;

import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.controller.AddController;
import dev.opctl.scaffold.controller.Controllers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opctl add controller}: a reconciler for a kind of the project. */
@Command(
        name = "controller",
        mixinStandardHelpOptions = true,
        versionProvider = OpctlCommand.Version.class,
        description = {
            "Adds a Java Operator SDK reconciler for a kind added with 'opctl add api' (yours to edit) and its test, "
                    + "registers it in ReconcilerRegistry so the operator runs it, and grants it what it needs on "
                    + "its kind in config/rbac/role.yaml."
        })
final class AddControllerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The kind to reconcile.")
    String kind;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "The kind's group (short or full), when several groups have a kind of that name.")
    String group;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "The version to reconcile. Default: the kind's storage version (the first added).")
    String version;

    @Option(names = "--force", description = "Overwrite the reconciler and its test if you have edited them.")
    boolean force;

    private final Path workingDir;

    AddControllerCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        ProjectFile project = ProjectFile.read(workingDir);
        Names.requireKind(kind);
        List<Resource> candidates = project.resources().stream()
                .filter(r -> r.kind().equals(kind) && r.api())
                .filter(r -> group == null || r.group().equals(group) || r.group().equals(group + "."
                        + project.domain()))
                .toList();
        if (candidates.isEmpty()) {
            throw OpctlException.invalidInput(String.format("the project has no kind %s%s; add it first with "
                    + "'opctl add api --group G --version V --kind %s'", kind, group == null ? "" : " in group "
                    + group, kind));
        }
        if (candidates.stream().map(Resource::group).distinct().count() > 1) {
            throw OpctlException.invalidInput(String.format("kind %s is in several groups (%s); choose one with "
                    + "--group", kind, String.join(", ", candidates.stream().map(Resource::group).distinct()
                    .toList())));
        }
        Resource resource = version == null ? candidates.get(0) : candidates.stream()
                .filter(r -> r.version().equals(version)).findFirst()
                .orElseThrow(() -> OpctlException.invalidInput(String.format("kind %s has no version %s; it has %s",
                        kind, version, String.join(", ", candidates.stream().map(Resource::version).toList()))));
        ProjectModel model = ProjectModel.of(project);
        ProjectWriter.Result result = ProjectWriter.write(workingDir,
                AddController.render(workingDir, model, resource), force);

        PrintWriter out = spec.commandLine().getOut();
        out.printf("Added controller %s for %s (%s): %d files written, %d unchanged.%n",
                Controllers.reconciler(model, resource).simpleName(), kind, resource.apiVersion(),
                result.created().size() + result.updated().size(), result.unchanged().size());
        out.printf("Next: write the reconcile logic in src/main/java/%s/%sReconciler.java, then run 'mvn verify'.%n",
                Controllers.controllerPackage(model).replace('.', '/'), kind);
        return Opctl.OK;
    }
}
