package dev.opctl.cli;

import dev.opctl.engine.ProjectLock;
import dev.opctl.project.MavenClasspath;
import dev.opctl.scaffold.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that changes the opctl project in the working directory. It runs holding the
 * project's lock, from before it reads {@code PROJECT} until it has written, so that two commands
 * at once never lose an update; taking the lock first completes a command that was killed.
 */
abstract class ProjectCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    /** The project's directory. */
    final Path workingDir;

    ProjectCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public final Integer call() {
        try (ProjectLock lock = Locks.acquireProject(workingDir, spec.qualifiedName(), spec.commandLine().getErr())) {
            return run(lock);
        }
    }

    /**
     * The project's files as the command reads them; its CRDs may use types of its Maven
     * dependencies, resolved (once per pom, {@link MavenClasspath}) only when one is needed.
     */
    ProjectFiles projectFiles() {
        PrintWriter err = spec.commandLine().getErr();
        return ProjectFiles.on(workingDir, () -> MavenClasspath.resolve(workingDir, GenerateCrdsCommand.notice(err)));
    }

    /** What the command does, holding {@code lock}; returns the exit code. */
    abstract int run(ProjectLock lock);
}
