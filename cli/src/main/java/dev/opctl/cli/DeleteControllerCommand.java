package dev.opctl.cli;

import dev.opctl.engine.ProjectLock;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.delete.DeleteController;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opctl delete controller}: removes the reconciler of a kind. */
@Command(
        name = "controller",
        description = {
            "Removes the reconciler of a kind, the reverse of 'opctl add controller': KindReconciler.java, its "
                    + "test and, for a workload controller (add api --workload), its dependent resources; "
                    + "ReconcilerRegistry and config/rbac/role.yaml are regenerated without it. The kind itself "
                    + "stays (remove it with 'opctl delete api'); a built-in kind leaves PROJECT.",
            "",
            "Files you edited are refused, unless --force."
        })
final class DeleteControllerCommand extends ProjectCommand {
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The kind the controller reconciles.")
    String kind;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "The kind's group (short, full, or core), when several groups have a kind of that name.")
    String group;

    @Option(names = "--version", paramLabel = "VERSION", description = "The version the controller reconciles.")
    String version;

    @Option(names = "--force", description = "Delete the controller's files even if you have edited them.")
    boolean force;

    DeleteControllerCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        ProjectFile project = ProjectFile.read(workingDir);
        Names.requireKind(kind);
        ProjectFiles files = projectFiles();
        return DeleteCommand.apply(lock, spec, files, DeleteController.plan(files, ProjectModel.of(project), kind,
                group, version), force);
    }
}
