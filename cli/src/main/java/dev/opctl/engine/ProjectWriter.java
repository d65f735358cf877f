package dev.opctl.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link FileSet} into a project directory, all or nothing, even when the process is killed.
 *
 * <p>First every file is compared with what is on disk; a user-owned file that exists with other
 * content is a conflict (unless forced) and nothing is written. Then every new content is staged
 * and synced under {@code .opctl/}, the {@link Journal} of moves and deletions is committed, and
 * only then are files moved into place. A failure before the commit leaves the project as it was;
 * a kill after it is completed by the next opctl command. The caller holds the project's
 * {@link ProjectLock} from before it read the project until the write is done.
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

    /** One file's change; {@code old} is its content before (null for a new file), to undo a failed write. */
    private record Step(GeneratedFile file, Path target, Action action, byte[] old) {
    }

    private final List<Step> steps;

    private ProjectWriter(List<Step> steps) {
        this.steps = steps;
    }

    /**
     * Writes {@code files} under {@code root}, holding {@code lock} on the project they belong to.
     *
     * @param force overwrite user-owned files that exist with other content
     * @throws OpctlException with {@link OpctlException#CONFLICT} when a user-owned file exists with
     *     other content and {@code force} is false; nothing is written then
     */
    public static Result write(ProjectLock lock, Path root, FileSet files, boolean force) {
        return write(lock, root, files, force, List.of());
    }

    /**
     * Writes {@code files} under {@code root} and deletes the files at {@code obsolete} (paths
     * relative to {@code root}, e.g. the CRD of a kind that was removed), all or nothing.
     */
    public static Result write(ProjectLock lock, Path root, FileSet files, boolean force, List<String> obsolete) {
        Objects.requireNonNull(lock, "lock == null");
        Objects.requireNonNull(root, "root == null");
        List<Step> steps = plan(root, files, force);
        for (String path : obsolete) {
            Path target = root.resolve(path);
            if (Files.isRegularFile(target)) {
                steps.add(new Step(GeneratedFile.tool(path, ""), target, Action.DELETE, read(target)));
            }
        }
        ProjectWriter writer = new ProjectWriter(steps);
        lock.whileWriting(() -> writer.apply(lock, root));
        return writer.result();
    }

    /** {@link #write(ProjectLock, Path, FileSet, boolean)} under a lock of its own on {@code root}. */
    public static Result write(Path root, FileSet files, boolean force) {
        return write(root, files, force, List.of());
    }

    /** {@link #write(ProjectLock, Path, FileSet, boolean, List)} under a lock of its own on {@code root}. */
    public static Result write(Path root, FileSet files, boolean force, List<String> obsolete) {
        try (ProjectLock lock = ProjectLock.acquire(root, "opctl", notice -> { })) {
            return write(lock, root, files, force, obsolete);
        }
    }

    /** What {@link #write} would do, without writing anything. */
    public static Result dryRun(Path root, FileSet files, boolean force) {
        return new ProjectWriter(plan(root, files, force)).result();
    }

    /**
     * The conflict of files the user owns that exist with other content than the command writes
     * (exit code 3); {@code paths} names them, relative to the project, for a command to say more.
     */
    public static final class EditedFiles extends OpctlException {
        private static final long serialVersionUID = 1L;
        private final List<String> paths;

        EditedFiles(List<String> paths, String message) {
            super(ExitCode.CONFLICT, message);
            this.paths = List.copyOf(paths);
        }

        public List<String> paths() {
            return paths;
        }

        /**
         * This conflict said of a command that would add {@code what}, there already ("Memcached
         * (cache.example.com/v1) is in the project already"), with {@code hint} after "nothing was added".
         */
        public OpctlException already(String what, String hint) {
            return OpctlException.conflict(String.format("%s, and %s differ%s from what opctl writes (your edits, "
                    + "or an earlier opctl's): nothing was added%s. To write opctl's starter files over them, losing "
                    + "what is there, rerun with --force", what, String.join(", ", paths), paths.size() == 1 ? "s"
                    : "", hint));
        }
    }

    /** What every file opctl owns says of itself, in its header. */
    static final String GENERATED = "Code generated by opctl. DO NOT EDIT.";

    private static List<Step> plan(Path root, FileSet files, boolean force) {
        List<Step> steps = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        Set<String> filesInTheWay = new TreeSet<>();
        for (GeneratedFile file : files.files()) {
            Path target = root.resolve(file.path());
            byte[] wanted = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isSymbolicLink(target) && !(Files.isRegularFile(target) && Arrays.equals(read(target), wanted))) {
                links.add(file.path()); // replacing it would replace the link, not what it points to
            } else if (Files.isDirectory(target)) {
                directories.add(file.path());
            } else if (!Files.exists(target)) {
                String inTheWay = fileInTheWay(root, target.getParent());
                if (inTheWay != null) {
                    filesInTheWay.add(inTheWay);
                }
                steps.add(new Step(file, target, Action.CREATE, null));
            } else {
                byte[] existing = read(target);
                if (Arrays.equals(existing, wanted)) {
                    steps.add(new Step(file, target, Action.KEEP, existing));
                } else if (file.ownership() == Ownership.TOOL && !force && foreign(file, wanted, existing)) {
                    foreign.add(file.path());
                } else if (file.ownership() != Ownership.USER || force) {
                    steps.add(new Step(file, target, Action.UPDATE, existing));
                } else {
                    conflicts.add(file.path());
                }
            }
        }
        if (!filesInTheWay.isEmpty()) { // no --force helps
            throw OpctlException.conflict(String.format("%s in %s %s a file where opctl writes a directory; move %s "
                    + "away, then rerun", String.join(", ", filesInTheWay), root, filesInTheWay.size() == 1 ? "is"
                    : "are", filesInTheWay.size() == 1 ? "it" : "them"));
        }
        if (!directories.isEmpty()) { // no --force helps
            throw OpctlException.conflict(String.format("%s in %s %s a directory where opctl writes a file; move %s "
                    + "away, then rerun", String.join(", ", directories), root, directories.size() == 1 ? "is" : "are",
                    directories.size() == 1 ? "it" : "them"));
        }
        if (!links.isEmpty()) {
            throw OpctlException.conflict(String.format("%s in %s %s a symbolic link, and opctl replaces a file whole: "
                    + "it would replace the link with a file; put the file itself in place of the link, then rerun",
                    String.join(", ", links), root, links.size() == 1 ? "is" : "are"));
        }
        if (!foreign.isEmpty()) {
            throw OpctlException.conflict(String.format("%s in %s %s not written by opctl (no line '%s'), so opctl "
                    + "will not overwrite %s: move %s away (or rerun with --force where the command has it)",
                    String.join(", ", foreign), root, foreign.size() == 1 ? "was" : "were", GENERATED,
                    foreign.size() == 1 ? "it" : "them", foreign.size() == 1 ? "it" : "them"));
        }
        if (!conflicts.isEmpty()) {
            throw new EditedFiles(conflicts, String.format(
                    "%s already exist%s in %s with other content; rerun with --force to overwrite",
                    String.join(", ", conflicts), conflicts.size() == 1 ? "s" : "", root));
        }
        return steps;
    }

    /**
     * Whether the existing file at a tool-owned path is someone else's: opctl's content says it was
     * generated, the file on disk does not. {@code PROJECT} is exempt: opctl has just read it as its own.
     */
    private static boolean foreign(GeneratedFile file, byte[] wanted, byte[] existing) {
        return !file.path().equals("PROJECT") && contains(wanted, GENERATED) && !contains(existing, GENERATED);
    }

    private static boolean contains(byte[] content, String text) {
        // Bytes that are not UTF-8 only mean the text is not there.
        return new String(content, StandardCharsets.UTF_8).contains(text);
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

    private void apply(ProjectLock lock, Path root) {
        Path dir = lock.dir();
        List<Journal.Entry> entries = new ArrayList<>();
        try {
            for (Step step : steps) {
                Path target = step.target().toAbsolutePath().normalize();
                if (!target.startsWith(lock.root())) {
                    throw new IllegalStateException(target + " is outside the locked " + lock.root());
                }
                String path = lock.root().relativize(target).toString();
                if (step.action() == Action.DELETE) {
                    entries.add(new Journal.Entry(null, path, step.old()));
                } else if (step.action() != Action.KEEP) {
                    // Found by plan, unless the file appeared since: fail before anything is committed.
                    String inTheWay = fileInTheWay(root, step.target().getParent());
                    if (inTheWay != null) {
                        throw new NotDirectoryException(inTheWay);
                    }
                    entries.add(new Journal.Entry(stage(dir, entries.size(), step), path, step.old()));
                }
            }
            if (entries.isEmpty()) {
                return;
            }
            Journal.commit(dir, lock.command(), entries);
            Faults.point("journal committed");
        } catch (IOException | RuntimeException e) {
            try {
                Journal.discardStaged(dir);
            } catch (IOException ignored) {
                // The next command removes what is left.
            }
            if (e instanceof OpctlException opctl) {
                throw opctl;
            }
            throw new OpctlException(ExitCode.FAILURE, "could not write " + root + ", nothing was changed: "
                    + describe(e), e);
        }
        try {
            Journal.apply(lock.root(), dir, entries);
        } catch (IOException e) {
            try {
                undo(lock);
            } catch (IOException | RuntimeException undoFailed) {
                throw new OpctlException(ExitCode.FAILURE, "could not finish writing " + root + " (" + describe(e)
                        + "), nor undo it (" + describe(undoFailed) + "); once that is fixed, any opctl command in "
                        + lock.root() + " completes the change from its journal in " + ProjectLock.DIR, e);
            }
            throw new OpctlException(ExitCode.FAILURE, "could not write " + root + ", nothing was changed: "
                    + describe(e), e);
        }
    }

    /**
     * Puts back what a write that failed half-way (a file the system would not replace) changed: as a
     * transaction of its own, whose journal replaces the write's in one rename, so that a kill at any
     * point still leaves a journal that ends either way. Files the write did not reach stay untouched.
     */
    private void undo(ProjectLock lock) throws IOException {
        Path staged = lock.dir().resolve(Journal.STAGED);
        List<Journal.Entry> entries = new ArrayList<>();
        for (Step step : steps) {
            String path = lock.root().relativize(step.target().toAbsolutePath().normalize()).toString();
            byte[] now = Files.isRegularFile(step.target(), LinkOption.NOFOLLOW_LINKS)
                    ? Files.readAllBytes(step.target()) : null;
            if (step.action() == Action.CREATE && Files.exists(step.target(), LinkOption.NOFOLLOW_LINKS)) {
                entries.add(new Journal.Entry(null, path, now));
            } else if ((step.action() == Action.UPDATE || step.action() == Action.DELETE)
                    && !Arrays.equals(step.old(), now)) {
                String name = "undo-" + entries.size();
                Journal.writeSynced(staged.resolve(name), step.old());
                entries.add(new Journal.Entry(name, path, now));
            }
        }
        Journal.commit(lock.dir(), lock.command() + " (undone)", entries);
        Journal.apply(lock.root(), lock.dir(), entries);
        // The directories made for a file the write did not reach (its move failed) go too, if empty.
        for (Step step : steps) {
            if (step.action() == Action.CREATE) {
                try {
                    Journal.removeEmptiedDirectories(lock.root(), step.target().toAbsolutePath().normalize()
                            .getParent());
                } catch (IOException ignored) {
                    // An empty directory left behind changes nothing that matters.
                }
            }
        }
    }

    /**
     * Writes the new content of {@code step} to the staging directory, synced, with the mode of the file it
     * replaces (a new one gets the default, executable where opctl makes it so); returns its name there.
     */
    private static String stage(Path dir, int index, Step step) throws IOException {
        Path staged = dir.resolve(Journal.STAGED);
        Files.createDirectories(staged);
        String digits = Integer.toString(index); // five at least, without java.util.Formatter's start-up cost
        String name = "0".repeat(Math.max(0, 5 - digits.length())) + digits;
        Path file = staged.resolve(name);
        Journal.writeSynced(file, step.file().content().getBytes(StandardCharsets.UTF_8));
        try {
            Set<PosixFilePermission> mode = step.action() == Action.UPDATE
                    ? Files.getPosixFilePermissions(step.target()) : null;
            if (step.file().executable()) {
                mode = mode == null ? PosixFilePermissions.fromString("rwxr-xr-x") : executable(mode);
            }
            if (mode != null) {
                Files.setPosixFilePermissions(file, mode);
            }
        } catch (UnsupportedOperationException notPosix) {
            if (step.file().executable()) {
                file.toFile().setExecutable(true, false);
            }
        }
        Faults.point("staged " + step.file().path());
        return name;
    }

    /** {@code mode} with execute permission wherever it has read permission. */
    private static Set<PosixFilePermission> executable(Set<PosixFilePermission> mode) {
        Set<PosixFilePermission> with = EnumSet.noneOf(PosixFilePermission.class);
        with.addAll(mode);
        if (mode.contains(PosixFilePermission.OWNER_READ)) {
            with.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if (mode.contains(PosixFilePermission.GROUP_READ)) {
            with.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (mode.contains(PosixFilePermission.OTHERS_READ)) {
            with.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return with;
    }

    /**
     * What stands where {@code dir} or one of its parents must be (a file, a link to one), relative to
     * {@code root}; null when nothing does.
     */
    private static String fileInTheWay(Path root, Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return null;
            }
            if (Files.exists(p)) {
                return root.relativize(p).toString().replace('\\', '/');
            }
        }
        return null;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OpctlException(ExitCode.FAILURE, "could not read the project, nothing was changed: "
                    + FileErrors.message(e), e);
        }
    }

    private static String describe(Exception e) {
        IOException io = FileErrors.cause(e);
        return io != null ? FileErrors.message(io) : String.valueOf(e.getMessage());
    }
}
