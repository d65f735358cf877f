package dev.opctl.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The redo log that makes a command's writes all or nothing, even when the process is killed.
 *
 * <p>A command first writes every new file's content to {@code .opctl/staged/} and syncs it. Then
 * it writes the journal, the list of moves (staged file to its place) and deletions, syncs it and
 * renames it to {@code .opctl/journal}: that rename is the commit. Only then are files moved into
 * place and deleted, and the journal is removed last. Whoever finds a journal (the next command,
 * when taking the {@link ProjectLock}) carries it out again: every step can be repeated, so the
 * project ends exactly as a complete run leaves it, unless a file it has still to change is no
 * longer as the command found it (each step records the SHA-256 of what it replaces: a user's edit
 * after the interruption, which it would lose), which it refuses. Whoever finds staged files but no
 * journal removes them: nothing in the project was touched yet.
 */
final class Journal {
    static final String FILE = "journal";
    static final String STAGED = "staged";
    private static final String MAGIC = "opctl journal 2";
    /** What a step records of a file that was not there. */
    private static final String ABSENT = "-";
    private static final Pattern BEFORE = Pattern.compile("-|[0-9a-f]{64}");
    private static final Pattern STAGED_NAME = Pattern.compile("(undo-)?[0-9]{1,9}");

    /**
     * One step: move {@code staged} (a file name in the staging directory) to {@code path}, or delete
     * {@code path}; {@code before} is the SHA-256 of what the file held when the command read it, or
     * {@link #ABSENT}.
     */
    record Entry(String staged, String path, String before) {
        /** A step that replaces {@code old} (null: no file). */
        Entry(String staged, String path, byte[] old) {
            this(staged, path, old == null ? ABSENT : Digests.sha256(old));
        }

        boolean isDelete() {
            return staged == null;
        }
    }

    private Journal() {
    }

    /** Writes and syncs the journal of {@code entries} for {@code command}: the commit point. */
    static void commit(Path dir, String command, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder(MAGIC).append('\n').append("command ").append(escape(command))
                .append('\n');
        for (Entry entry : entries) {
            text.append(entry.isDelete() ? "delete " : "move " + entry.staged() + " ").append(entry.before())
                    .append(' ').append(escape(entry.path())).append('\n');
        }
        text.append("end\n");
        Path temp = dir.resolve(FILE + ".tmp");
        writeSynced(temp, text.toString().getBytes(StandardCharsets.UTF_8));
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(dir);
    }

    /**
     * The command whose journal in {@code dir} waits to be carried out (it was interrupted after its commit
     * point), as the journal names it ("opctl command" when it cannot be read); null when there is none.
     */
    static String pending(Path dir) throws IOException {
        Path journal = dir.resolve(FILE);
        if (!Files.isRegularFile(journal)) {
            return null;
        }
        List<String> lines = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).lines().toList();
        return lines.size() > 1 && lines.get(0).equals(MAGIC) && lines.get(1).startsWith("command ")
                ? unescape(lines.get(1).substring("command ".length())) : "opctl command";
    }

    /**
     * Carries out the journal in {@code dir} if there is one (the command was committed), else
     * removes staged files (it was not); says what it did to {@code notices}, in one line.
     *
     * @param root the directory the journal's paths are relative to
     * @param previousCommand the interrupted command, as its lock file named it
     */
    static void recover(Path root, Path dir, String previousCommand, Consumer<String> notices) throws IOException {
        Path journal = dir.resolve(FILE);
        Files.deleteIfExists(dir.resolve(FILE + ".tmp"));
        if (Files.isRegularFile(journal)) {
            // Read leniently: whatever it holds, the checks below say whether opctl wrote it whole.
            List<String> lines = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).lines().toList();
            if (lines.size() < 3 || !lines.get(0).equals(MAGIC) || !lines.get(lines.size() - 1).equals("end")) {
                throw OpctlException.conflict(journal + " is not a journal this opctl wrote completely; "
                        + "check the project with 'git status', then delete " + dir);
            }
            String command = unescape(lines.get(1).substring("command ".length()));
            List<Entry> entries = parse(lines.subList(2, lines.size() - 1), journal);
            for (Entry entry : entries) {
                Path target = root.resolve(entry.path()).normalize();
                Path staged = entry.isDelete() ? null : dir.resolve(STAGED).resolve(entry.staged());
                if (entry.path().isEmpty() || !target.startsWith(root) || !ownPlace(root, dir, target)) {
                    // opctl writes only inside the project: a journal that says otherwise was not its own (a
                    // repository's, say, with a symbolic link out of it, or a git hook).
                    throw OpctlException.conflict(journal + " names a file outside the project, or in its .git ("
                            + entry.path() + "), which opctl never writes; check the project with 'git status', then "
                            + "delete " + dir);
                }
                if (staged != null && Files.exists(staged, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
                    throw OpctlException.conflict(staged + " is not a file opctl staged; check the project with 'git "
                            + "status', then delete " + dir);
                }
            }
            requireUnchanged(root, dir, entries, command);
            apply(root, dir, entries);
            notices.accept(String.format("opctl: completed the interrupted '%s' (%d files) before running this command",
                    command, entries.size()));
        } else if (hasStaged(dir)) {
            discardStaged(dir);
            notices.accept(String.format("opctl: rolled back the interrupted '%s' (it had changed nothing yet) "
                    + "before running this command", previousCommand.isEmpty() ? "opctl command" : previousCommand));
        }
    }

    /**
     * Refuses to carry out {@code entries} when a file a step has still to change no longer holds what the
     * command found there: an edit made since, which carrying it out would lose.
     */
    private static void requireUnchanged(Path root, Path dir, List<Entry> entries, String command)
            throws IOException {
        List<String> changed = new ArrayList<>();
        for (Entry entry : entries) {
            Path target = root.resolve(entry.path()).normalize();
            boolean pending = entry.isDelete() || Files.exists(dir.resolve(STAGED).resolve(entry.staged()));
            String now = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Digests.sha256(Files.readAllBytes(target)) : ABSENT;
            if (pending && !now.equals(entry.before()) && !(entry.isDelete() && now.equals(ABSENT))) {
                changed.add(entry.path());
            }
        }
        if (!changed.isEmpty()) {
            throw OpctlException.conflict(String.format("the interrupted '%s' cannot be completed: %s changed since "
                    + "it was interrupted, and completing it would lose that; put %s back as it was (git checkout, "
                    + "or delete a new file) and rerun, or delete %s to leave the project as it is", command,
                    String.join(", ", changed), changed.size() == 1 ? "it" : "them", dir));
        }
    }

    /**
     * Whether {@code target} is where opctl writes, its directories followed through symbolic links: in the
     * project, but not the project itself, its {@code .git} or opctl's own directory {@code dir}.
     */
    private static boolean ownPlace(Path root, Path dir, Path target) throws IOException {
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return existing != null; // a file where a directory must be: the move says so
        }
        Path realRoot = root.toRealPath();
        Path real = existing.toRealPath().resolve(existing.relativize(target)).normalize();
        return real.startsWith(realRoot) && !real.equals(realRoot) && !real.startsWith(realRoot.resolve(".git"))
                && !real.startsWith(realRoot.resolve(dir.getFileName()));
    }

    /** Carries out {@code entries} (again): each step can be repeated. Then removes the journal and staged files. */
    static void apply(Path root, Path dir, List<Entry> entries) throws IOException {
        Set<Path> touched = new LinkedHashSet<>();
        for (Entry entry : entries) {
            Path target = root.resolve(entry.path()).normalize();
            if (entry.isDelete()) {
                if (Files.deleteIfExists(target)) {
                    Faults.moved("delete " + entry.path());
                }
                removeEmptiedDirectories(root, target.getParent());
            } else {
                Path staged = dir.resolve(STAGED).resolve(entry.staged());
                if (Files.exists(staged)) {
                    Files.createDirectories(target.getParent());
                    move(staged, target);
                    Faults.moved("move " + entry.path());
                }
            }
            touched.add(target.getParent());
        }
        for (Path parent : touched) {
            if (Files.isDirectory(parent)) {
                syncDirectory(parent);
            }
        }
        // The staged files go first: a journal whose files are gone is done, and says so when carried out again.
        discardStaged(dir);
        Files.deleteIfExists(dir.resolve(FILE));
        Faults.point("journal removed");
    }

    /** Removes the staging directory and what is in it. */
    static void discardStaged(Path dir) throws IOException {
        Path staged = dir.resolve(STAGED);
        if (!Files.isDirectory(staged)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staged)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Writes {@code content} to {@code file} and syncs it to the disk. */
    static void writeSynced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static boolean hasStaged(Path dir) throws IOException {
        Path staged = dir.resolve(STAGED);
        if (!Files.isDirectory(staged)) {
            return false;
        }
        try (Stream<Path> files = Files.list(staged)) {
            return files.findAny().isPresent();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            // The target is on another file system than the project (e.g. generate crds --output elsewhere).
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.delete(from);
        }
    }

    /** Removes {@code dir} and its parents while they are empty, up to {@code root} (which stays). */
    static void removeEmptiedDirectories(Path root, Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    /** Syncs a directory's entries (the renames in it) to the disk, where the system allows it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Some systems cannot open or sync a directory; the renames are then as durable as the system makes them.
        }
    }

    private static List<Entry> parse(List<String> lines, Path journal) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ", line.startsWith("delete ") ? 3 : 4);
            if (parts[0].equals("delete") && parts.length == 3 && BEFORE.matcher(parts[1]).matches()) {
                entries.add(new Entry(null, unescape(parts[2]), parts[1]));
            } else if (parts[0].equals("move") && parts.length == 4 && STAGED_NAME.matcher(parts[1]).matches()
                    && BEFORE.matcher(parts[2]).matches()) {
                entries.add(new Entry(parts[1], unescape(parts[3]), parts[2]));
            } else {
                throw OpctlException.conflict(journal + " has a line this opctl does not understand; check the "
                        + "project with 'git status', then delete " + journal.getParent());
            }
        }
        return entries;
    }

    private static String escape(String text) {
        return text.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String text) {
        return text.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
