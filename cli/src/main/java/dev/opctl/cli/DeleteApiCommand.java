package dev.opctl.cli;

import dev.opctl.engine.ProjectLock;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.delete.DeleteApi;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opctl delete api}: removes a version of a kind, or the whole kind. */
@Command(
        name = "api",
        description = {
            "Removes a version of a custom resource kind, the reverse of 'opctl add api': its Java classes (Kind, "
                    + "KindSpec, KindStatus), its sample in config/samples and its entry in PROJECT; the CRD in "
                    + "config/crd is regenerated without it, and deleted, with its line in config/kustomization.yaml, "
                    + "when no version is left.",
            "",
            "A version that a controller reconciles is refused: delete the controller first with 'opctl delete "
                    + "controller'. Files you edited are refused too, unless --force."
        })
final class DeleteApiCommand extends ProjectCommand {
    @Option(names = "--group", required = true, paramLabel = "GROUP",
            description = "API group: the short name given to 'add api' (cache, joined to the project's domain), or "
                    + "a full group with dots.")
    String group;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Versions versions;

    static final class Versions {
        @Option(names = "--version", paramLabel = "VERSION", description = "The version to remove.")
        String version;

        @Option(names = "--all-versions", description = "Remove every version of the kind, and its CRD.")
        boolean all;
    }

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The kind, e.g. Memcached.")
    String kind;

    @Option(names = "--force", description = "Delete files of the kind even if you have edited them.")
    boolean force;

    DeleteApiCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        ProjectFile project = ProjectFile.read(workingDir);
        Names.requireKind(kind);
        String fullGroup = group.contains(".") ? group : group + "." + project.domain();
        ProjectFiles files = projectFiles();
        return DeleteCommand.apply(lock, spec, files, DeleteApi.plan(files, ProjectModel.of(project), fullGroup,
                versions.all ? null : versions.version, kind), force);
    }
}
