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
     * protect. Either way it fails when an interrupted command has still to change the project, which
     * it leaves to a command that writes.
     */
    static ProjectLock acquireProjectToRead(Path root, String command, PrintWriter err) {
        if (Files.isDirectory(root) && !Files.isWritable(root)) {
            ProjectLock.requireNothingPending(root);
            return null;
        }
        if (!Files.exists(root.resolve(ProjectFile.FILE_NAME))) {
            ProjectLock.requireNothingPending(root); // an interrupted 'opctl new'
            ProjectFile.read(root);
        }
        return toRead(root, command, err);
    }

    /** {@link #acquire}, or for a command that only reads, no lock where nothing can be written. */
    static ProjectLock acquireToRead(Path root, String command, PrintWriter err) {
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            if (Files.isDirectory(root)) {
                ProjectLock.requireNothingPending(root);
            }
            return null;
        }
        return toRead(root, command, err);
    }

    private static ProjectLock toRead(Path root, String command, PrintWriter err) {
        return ProjectLock.acquireToRead(root, command, line -> {
            err.println(line);
            err.flush();
        });
    }
}
