package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.scaffold.ProjectFiles;
import dev.opctl.scaffold.delete.Deletion;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opctl delete}: removes an API, a controller or webhooks from the project. */
@Command(
        name = "delete",
        commandListHeading = "%nCommands:%n",
        description = "Removes a custom resource (api), a reconciler (controller) or webhooks (webhook) from the "
                + "project in the current directory: the reverse of 'opctl add'.")
final class DeleteCommand extends CommandGroup {
    @Override
    String choices() {
        return "api, controller or webhook";
    }

    /**
     * Carries out {@code deletion} of {@code project}'s files in one all-or-nothing write, after checking that the user edited
     * none of the files it deletes (unless {@code force}), and reports it.
     */
    static int apply(ProjectLock lock, CommandSpec spec, ProjectFiles project, Deletion deletion, boolean force) {
        deletion.requireUntouched(project, force);
        ProjectWriter.Result result = ProjectWriter.write(lock, project.dir(), deletion.files(), force,
                deletion.deletions(project));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Deleted %s: %d file%s deleted, %d written, %d unchanged.%n", deletion.description(),
                result.deleted().size(), result.deleted().size() == 1 ? "" : "s",
                result.created().size() + result.updated().size(), result.unchanged().size());
        for (String path : result.deleted()) {
            out.println("  deleted " + path);
        }
        deletion.notes().forEach(out::println);
        out.println("Next: run 'mvn verify'.");
        return ExitCode.OK.code();
    }
}
