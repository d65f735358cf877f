package dev.opctl.cli;

import dev.opctl.engine.ProjectLock;
import dev.opctl.project.MavenClasspath;
import dev.opctl.scaffold.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that changes the opctl project in the working directory. It runs holding the
 * project's lock, from before it reads {@code PROJECT} until it has written, so that two commands
 * at once never lose an update; taking the lock first completes a command that was killed. What
 * generating the tool-owned files warns of, as {@code opctl generate} says it, is said once the
 * command has written.
 */
abstract class ProjectCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    /** The project's directory. */
    final Path workingDir;
    private final Set<String> warnings = new LinkedHashSet<>();

    ProjectCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public final Integer call() {
        try (ProjectLock lock = Locks.acquireProject(workingDir, spec.qualifiedName(), spec.commandLine().getErr())) {
            int code = run(lock);
            PrintWriter err = spec.commandLine().getErr();
            warnings.forEach(warning -> Failure.warn(err, warning));
            return code;
        }
    }

    /**
     * The project's files as the command reads them; its CRDs may use types of its Maven
     * dependencies, resolved (once per pom, {@link MavenClasspath}) only when one is needed. Its
     * warnings are said when the command has written.
     */
    ProjectFiles projectFiles() {
        PrintWriter err = spec.commandLine().getErr();
        return ProjectFiles.on(workingDir,
                () -> MavenClasspath.resolve(workingDir, GenerateCrdsCommand.notice(err), null), warnings::add);
    }

    /** What the command does, holding {@code lock}; returns the exit code. */
    abstract int run(ProjectLock lock);
}
