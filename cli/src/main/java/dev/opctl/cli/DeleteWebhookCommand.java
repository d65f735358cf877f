package dev.opctl.cli;

import dev.opctl.engine.ProjectLock;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Webhooks;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.delete.DeleteWebhook;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code opctl delete webhook}: removes webhooks of a kind. */
@Command(
        name = "webhook",
        description = {
            "Removes webhooks of a kind, the reverse of 'opctl add webhook': the defaulter, validator or "
                    + "converters and their tests, and the webhooks' entry in PROJECT; the webhook files are "
                    + "regenerated without them. With the project's last webhook the webhook server goes too: its "
                    + "files, and the lines 'add webhook' added to the operator's main class, the end-to-end "
                    + "tests and config/kustomization.yaml.",
            "",
            "Files you edited are refused, unless --force."
        })
final class DeleteWebhookCommand extends ProjectCommand {
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The kind, e.g. Memcached.")
    String kind;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "The kind's group (short, full, or core), when several groups have a kind of that name.")
    String group;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "The version the webhooks are on, when several versions have them.")
    String version;

    @Option(names = "--defaulting", description = "Delete the defaulter (the mutating webhook).")
    boolean defaulting;

    @Option(names = {"--validation", "--programmatic-validation"},
            description = "Delete the validator (the validating webhook).")
    boolean validation;

    @Option(names = "--conversion", description = "Delete the conversion webhook: the converters of every version.")
    boolean conversion;

    @Option(names = "--force", description = "Delete the webhooks' files even if you have edited them.")
    boolean force;

    DeleteWebhookCommand(Path workingDir) {
        super(workingDir);
    }

    @Override
    int run(ProjectLock lock) {
        if (!defaulting && !validation && !conversion) {
            throw new ParameterException(spec.commandLine(), "name the webhooks to delete: --defaulting, "
                    + "--validation, --conversion, or several");
        }
        ProjectFile project = ProjectFile.read(workingDir);
        Names.requireKind(kind);
        ProjectFiles files = projectFiles();
        return DeleteCommand.apply(lock, spec, files, DeleteWebhook.plan(files, ProjectModel.of(project), kind, group,
                version, new Webhooks(defaulting, validation, conversion)), force);
    }
}
