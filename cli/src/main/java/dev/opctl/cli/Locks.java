package dev.opctl.cli;

import dev.opctl.engine.ProjectLock;
import dev.opctl.project.ProjectFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How commands take the project lock: named after the command, with notices on standard error.
 */
final class Locks {
    private Locks() {
    }

    /** Locks {@code root} (created when missing) for {@code command}, telling {@code err} what it recovered. */
    static ProjectLock acquire(Path root, String command, PrintWriter err) {
        return ProjectLock.acquire(root, command, line -> {
            err.println(line);
            err.flush();
        });
    }

    /**
     * Locks the opctl project in {@code root} for {@code command}; says first that it is not one
     * when it has no PROJECT file (and then creates nothing there, but completes or rolls back an
     * interrupted {@code opctl new}).
     */
    static ProjectLock acquireProject(Path root, String command, PrintWriter err) {
        if (!Files.exists(root.resolve(ProjectFile.FILE_NAME))) {
            if (Files.isDirectory(root.resolve(ProjectLock.DIR))) {
                // An 'opctl new' killed before it was complete: roll it back or complete it first.
                acquire(root, command, err).close();
            }
            ProjectFile.read(root);
        }
        return acquire(root, command, err);
    }

    /**
     * {@link #acquireProject} for a command that only reads ({@code --check}): no lock when
     * {@code root} cannot be written (a read-only checkout in CI), for there is then nothing to
     * protect or recover either.
     */
    static ProjectLock acquireProjectToRead(Path root, String command, PrintWriter err) {
        return Files.isDirectory(root) && !Files.isWritable(root) ? null : acquireProject(root, command, err);
    }

    /** {@link #acquire}, or for a command that only reads, no lock where nothing can be written. */
    static ProjectLock acquireToRead(Path root, String command, PrintWriter err) {
        return !Files.isDirectory(root) || !Files.isWritable(root) ? null : acquire(root, command, err);
    }
}
