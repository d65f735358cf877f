package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.scaffold.delete.Deletion;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code opctl delete}: removes an API or a controller from the project. */
@Command(
        name = "delete",
        commandListHeading = "%nCommands:%n",
        description = "Removes a custom resource (api) or a reconciler (controller) from the project in the current "
                + "directory: the reverse of 'opctl add'.")
final class DeleteCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to delete: api or controller");
    }

    /**
     * Carries out {@code deletion} in one all-or-nothing write, after checking that the user edited
     * none of the files it deletes (unless {@code force}), and reports it.
     */
    static int apply(ProjectLock lock, CommandSpec spec, Path workingDir, Deletion deletion, boolean force) {
        deletion.requireUntouched(workingDir, force);
        ProjectWriter.Result result = ProjectWriter.write(lock, workingDir, deletion.files(), force,
                deletion.deletions(workingDir));
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
