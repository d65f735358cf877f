package dev.opctl.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a {@link FileSet} into a project directory, all or nothing.
 *
 * <p>First every file is compared with what is on disk; a user-owned file that exists with other
 * content is a conflict (unless forced) and nothing is written. Then every new content goes to a
 * temporary file beside its target, and only when all of them are written are they moved into
 * place. Any failure, or an interrupt (the JVM's shutdown hooks), restores the directory as it was.
 */
public final class ProjectWriter {
    /** What writing a file set did, or would do. */
    public record Result(List<String> created, List<String> updated, List<String> unchanged, List<String> deleted) {
        public Result {
            created = List.copyOf(created);
            updated = List.copyOf(updated);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
        }

        /** Whether anything was (or would be) written or deleted. */
        public boolean changed() {
            return !created.isEmpty() || !updated.isEmpty() || !deleted.isEmpty();
        }
    }

    private enum Action { CREATE, UPDATE, KEEP, DELETE }

    private record Step(GeneratedFile file, Path target, Action action, byte[] oldContent) {
    }

    private final Path root;
    private final List<Step> steps;
    private final List<Path> createdDirectories = new ArrayList<>();
    private final List<Path> temporaries = new ArrayList<>();
    private final List<Step> moved = new ArrayList<>();
    /** Set once everything is committed or rolled back; no step may run after that. */
    private boolean closed;

    private ProjectWriter(Path root, List<Step> steps) {
        this.root = root;
        this.steps = steps;
    }

    /**
     * Writes {@code files} under {@code root}, creating {@code root} when needed.
     *
     * @param force overwrite user-owned files that exist with other content
     * @throws OpctlException with {@link OpctlException#CONFLICT} when a user-owned file exists with
     *     other content and {@code force} is false; nothing is written then
     */
    public static Result write(Path root, FileSet files, boolean force) {
        return write(root, files, force, List.of());
    }

    /**
     * Writes {@code files} under {@code root} and deletes the tool-owned files at {@code obsolete}
     * (paths relative to {@code root}, e.g. the CRD of a kind that was removed), all or nothing.
     */
    public static Result write(Path root, FileSet files, boolean force, List<String> obsolete) {
        Objects.requireNonNull(root, "root == null");
        List<Step> steps = plan(root, files, force);
        for (String path : obsolete) {
            Path target = root.resolve(path);
            if (Files.isRegularFile(target)) {
                steps.add(new Step(GeneratedFile.tool(path, ""), target, Action.DELETE, read(target)));
            }
        }
        ProjectWriter writer = new ProjectWriter(root, steps);
        Thread rollbackOnExit = new Thread(writer::abort, "opctl-rollback");
        Runtime.getRuntime().addShutdownHook(rollbackOnExit);
        try {
            writer.apply();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(rollbackOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: it rolls back whatever was not committed.
            }
        }
        return writer.result();
    }

    /** What {@link #write} would do, without writing anything. */
    public static Result dryRun(Path root, FileSet files, boolean force) {
        return new ProjectWriter(root, plan(root, files, force)).result();
    }

    private static List<Step> plan(Path root, FileSet files, boolean force) {
        List<Step> steps = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (GeneratedFile file : files.files()) {
            Path target = root.resolve(file.path());
            byte[] wanted = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isDirectory(target)) {
                conflicts.add(file.path() + " (a directory)");
            } else if (!Files.exists(target)) {
                steps.add(new Step(file, target, Action.CREATE, null));
            } else {
                byte[] existing = read(target);
                if (Arrays.equals(existing, wanted)) {
                    steps.add(new Step(file, target, Action.KEEP, existing));
                } else if (file.ownership() != Ownership.USER || force) {
                    steps.add(new Step(file, target, Action.UPDATE, existing));
                } else {
                    conflicts.add(file.path());
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw OpctlException.conflict(String.format(
                    "%s already exist%s in %s with other content; rerun with --force to overwrite",
                    String.join(", ", conflicts), conflicts.size() == 1 ? "s" : "", root));
        }
        return steps;
    }

    private Result result() {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Step step : steps) {
            (switch (step.action()) {
                case CREATE -> created;
                case UPDATE -> updated;
                case KEEP -> unchanged;
                case DELETE -> deleted;
            }).add(step.file().path());
        }
        return new Result(created, updated, unchanged, deleted);
    }

    private void apply() {
        try {
            List<Path> staged = new ArrayList<>();
            for (Step step : steps) {
                staged.add(step.action() == Action.KEEP || step.action() == Action.DELETE ? null : stage(step));
            }
            for (int i = 0; i < steps.size(); i++) {
                if (staged.get(i) != null) {
                    commit(steps.get(i), staged.get(i));
                } else if (steps.get(i).action() == Action.DELETE) {
                    delete(steps.get(i));
                }
            }
            finish();
            removeEmptiedDirectories();
        } catch (IOException | RuntimeException e) {
            abort();
            if (e instanceof OpctlException opctl) {
                throw opctl;
            }
            throw new OpctlException(1, "could not write " + root + ": " + describe(e) + "; nothing was changed", e);
        }
    }

    private synchronized Path stage(Step step) throws IOException {
        checkOpen();
        createDirectories(step.target().getParent());
        Path temp = step.target().resolveSibling("." + step.target().getFileName() + ".opctl-tmp");
        temporaries.add(temp);
        Files.write(temp, step.file().content().getBytes(StandardCharsets.UTF_8));
        if (step.file().executable()) {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException notPosix) {
                temp.toFile().setExecutable(true, false);
            }
        }
        return temp;
    }

    private synchronized void commit(Step step, Path temp) throws IOException {
        checkOpen();
        try {
            Files.move(temp, step.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, step.target(), StandardCopyOption.REPLACE_EXISTING);
        }
        temporaries.remove(temp);
        moved.add(step);
    }

    private synchronized void delete(Step step) throws IOException {
        checkOpen();
        Files.delete(step.target());
        moved.add(step);
    }

    private synchronized void finish() {
        checkOpen();
        closed = true;
    }

    /**
     * Removes the directories that deleting obsolete files left empty (e.g. {@code config/rbac/namespaced}
     * once the operator is cluster-wide again), up to the project root. Best effort: everything is
     * written by now, and a directory that is not empty stays.
     */
    private void removeEmptiedDirectories() {
        for (Step step : steps) {
            if (step.action() != Action.DELETE) {
                continue;
            }
            for (Path dir = step.target().getParent(); dir != null && dir.startsWith(root) && !dir.equals(root);
                    dir = dir.getParent()) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                } catch (IOException e) {
                    break;
                }
                deleteQuietly(dir);
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("interrupted");
        }
    }

    /** Restores the directory as it was before, unless everything was written already. */
    private synchronized void abort() {
        if (closed) {
            return;
        }
        closed = true;
        for (Path temp : temporaries) {
            deleteQuietly(temp);
        }
        for (Step step : moved) {
            try {
                if (step.action() == Action.CREATE) {
                    Files.deleteIfExists(step.target());
                } else {
                    Files.write(step.target(), step.oldContent());
                }
            } catch (IOException e) {
                System.err.println("opctl: could not restore " + step.target() + ": " + describe(e));
            }
        }
        for (int i = createdDirectories.size() - 1; i >= 0; i--) {
            deleteQuietly(createdDirectories.get(i));
        }
    }

    private void createDirectories(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdDirectories.add(p);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Best effort: a directory that is not empty any more stays.
        }
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getFile() + ": " + fse.getReason();
        }
        if (e instanceof FileSystemException fse) {
            return e.getClass().getSimpleName() + " " + fse.getFile();
        }
        return String.valueOf(e.getMessage());
    }
}
