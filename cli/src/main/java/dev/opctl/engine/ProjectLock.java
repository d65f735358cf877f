package dev.opctl.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The lock one opctl command holds on a project from before it reads anything until it has
 * written everything, so that two commands at once never lose an update.
 *
 * <p>It is an operating-system lock on {@code .opctl/lock} in the project directory: the system
 * releases it when the process ends however it ends (kill -9 included), so a lock is never stale;
 * the file only tells a waiting command who holds it. Taking the lock first completes or rolls
 * back a command that was killed while writing (see {@link Journal}). When the command ends, the
 * {@code .opctl} directory is removed again, so an idle project has no trace of it.
 *
 * <p>A command waits for the lock at most {@code OPCTL_LOCK_WAIT_SECONDS} (10 s), and longer while the
 * holder says it is in a step that takes long ({@link #during}: Maven resolving the class path).
 */
public final class ProjectLock implements AutoCloseable {
    /** opctl's working directory in a project: the lock, the journal and staged files. */
    public static final String DIR = ".opctl";
    /** How long a command waits for another one to finish, unless {@code OPCTL_LOCK_WAIT_SECONDS} says. */
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    /** The locks this process holds, by their directory. */
    private static final Map<Path, ProjectLock> HELD = new ConcurrentHashMap<>();

    private final Path root;
    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean createdRoot;
    private final String command;
    /** What the lock file says of this command. */
    private LockHolder holder;
    private final Thread onExit = new Thread(this::close, "opctl-unlock");
    private boolean closed;

    private ProjectLock(Path root, FileChannel channel, FileLock lock, boolean createdRoot, String command) {
        this.root = root;
        this.dir = root.resolve(DIR);
        this.channel = channel;
        this.lock = lock;
        this.createdRoot = createdRoot;
        this.command = command;
    }

    /**
     * Locks the project in {@code root} for {@code command} (e.g. "opctl add api"), creating
     * {@code root} when it does not exist, then recovers what an interrupted command left, telling
     * {@code notices} in one line. Waits while another command holds the lock.
     *
     * @throws OpctlException (conflict) when another command still holds it after the wait
     */
    public static ProjectLock acquire(Path root, String command, Consumer<String> notices) {
        return acquire(root, command, notices, true);
    }

    /**
     * {@link #acquire} for a command that writes nothing ({@code --check}): it does not carry out what an
     * interrupted command left, but fails when that has still to change the project (see
     * {@link #requireNothingPending}).
     */
    public static ProjectLock acquireToRead(Path root, String command, Consumer<String> notices) {
        return acquire(root, command, notices, false);
    }

    /**
     * Fails, as a conflict naming the command, when an interrupted command's journal in {@code root} has
     * still to change the project: what a command that only reads finds there is then half of a change.
     */
    public static void requireNothingPending(Path root) {
        String pending;
        try {
            pending = Journal.pending(root.resolve(DIR));
        } catch (IOException e) {
            throw new OpctlException(ExitCode.FAILURE, "could not read " + root.resolve(DIR) + ": "
                    + FileErrors.message(e), e);
        }
        if (pending != null) {
            throw OpctlException.conflict(String.format("the interrupted '%s' has not finished writing %s; run "
                    + "this command without --check, which completes that first, then check again", pending, root));
        }
    }

    private static ProjectLock acquire(Path root, String command, Consumer<String> notices, boolean recover) {
        Objects.requireNonNull(root, "root == null");
        root = root.toAbsolutePath().normalize();
        Path dir = root.resolve(DIR);
        Path file = dir.resolve("lock");
        boolean createdRoot = false;
        Duration wait = waitTime();
        Instant deadline = Instant.now().plus(wait);
        boolean waiting = false;
        String toldDoing = "";
        while (true) {
            try {
                if (!Files.isDirectory(root)) {
                    Files.createDirectories(root);
                    createdRoot = true;
                }
                Files.createDirectories(dir);
                Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
                Object opened = fileKey(file);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    // The holder before us may have removed the file between our open and our lock: the lock
                    // counts only if the file we locked is still the one at the path. (Compared by its key:
                    // opening the file again and closing it would release the lock, as POSIX locks go.)
                    if (opened != null && opened.equals(fileKey(file))) {
                        String previous = read(channel);
                        LockHolder holder = LockHolder.of(command, createdRoot);
                        write(channel, holder.text());
                        LockHolder before = LockHolder.parse(previous);
                        ProjectLock held = new ProjectLock(root, channel, lock, createdRoot
                                || before.createdRoot() && onlyOpctlIn(root), command);
                        if (held.createdRoot && !createdRoot) {
                            holder = holder.doing(true, "");
                            write(channel, holder.text());
                        }
                        held.holder = holder;
                        try {
                            if (recover) {
                                Journal.recover(root, dir, before.command(), notices);
                            } else {
                                requireNothingPending(root);
                            }
                        } catch (IOException | RuntimeException e) {
                            held.release();
                            throw e;
                        }
                        // Ctrl-C or SIGTERM while writing: the hook waits for the write to end, then unlocks.
                        Runtime.getRuntime().addShutdownHook(held.onExit);
                        HELD.put(root, held);
                        return held;
                    }
                    lock.release();
                }
                channel.close();
                LockHolder holder = LockHolder.parse(readPath(file));
                if (!holder.doing().isEmpty() && !wait.isZero()) { // a long step (Maven): the wait starts after it
                    deadline = Instant.now().plus(wait);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw OpctlException.conflict(String.format("another opctl command is running in %s (%s); "
                            + "wait for it to finish, then retry", root, holder.describe()));
                }
                if (!waiting) { // once, so that a wait of seconds is not silence
                    waiting = true;
                    notices.accept(String.format("opctl: waiting for another opctl command in %s to finish (%s), at "
                            + "most %d s ...", root, holder.describe(), wait.toSeconds()));
                }
                if (!holder.doing().isEmpty() && !holder.doing().equals(toldDoing)) {
                    toldDoing = holder.doing();
                    notices.accept(String.format("opctl: it is %s; waiting for that to end, then at most %d s ...",
                            toldDoing, wait.toSeconds()));
                }
                Thread.sleep(POLL.toMillis());
            } catch (NoSuchFileException | FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // The directory came or went under us while another command finished: try again, unless a file
                // stands where it must be (which no command removes).
                for (Path must : List.of(root, dir)) {
                    if (Files.exists(must, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(must)) {
                        throw OpctlException.conflict(must + " is a file where opctl needs a directory; move it away "
                                + "and rerun");
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new OpctlException(ExitCode.FAILURE, "could not lock the project in " + root + ": "
                            + FileErrors.message(raced), raced);
                }
            } catch (IOException e) {
                throw new OpctlException(ExitCode.FAILURE, "could not lock the project in " + root + ": "
                        + FileErrors.message(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OpctlException.conflict("interrupted while waiting for another opctl command in " + root);
            }
        }
    }

    /** The identity of the file at {@code path} (its inode), or null when missing or not known. */
    private static Object fileKey(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** The directory this lock guards. */
    public Path root() {
        return root;
    }

    /** opctl's working directory in the project, where the journal and staged files go. */
    Path dir() {
        return dir;
    }

    /** The command holding the lock, as the journal names it. */
    String command() {
        return command;
    }

    /**
     * Runs {@code step}, a step that may take long (Maven resolving the class path, say), saying in the
     * lock file of {@code root}, when this process holds that lock, that the command is {@code doing} it:
     * a command waiting for the lock then waits for the step, however long it takes, and at most its
     * usual wait after it, instead of giving up while the holder is busy.
     */
    public static <T, E extends Exception> T during(Path root, String doing, Step<T, E> step) throws E {
        ProjectLock held = HELD.get(root.toAbsolutePath().normalize());
        if (held == null) {
            return step.run();
        }
        held.say(doing);
        try {
            return step.run();
        } finally {
            held.say("");
        }
    }

    /** A step of a command, for {@link #during}. */
    @FunctionalInterface
    public interface Step<T, E extends Exception> {
        T run() throws E;
    }

    /** Writes into the lock file what the command is doing ("" for nothing worth waiting for). */
    private synchronized void say(String doing) {
        if (closed) {
            return;
        }
        holder = holder.doing(holder.createdRoot(), doing);
        try {
            write(channel, holder.text());
        } catch (IOException e) {
            // Only a waiting command reads it, and then gives up after its usual wait.
        }
    }

    /** Runs {@code write}; the process does not end in the middle of it (Ctrl-C waits for it). */
    synchronized void whileWriting(Runnable write) {
        if (closed) {
            throw new IllegalStateException("the project lock was released");
        }
        write.run();
    }

    /**
     * Releases the lock and removes the {@code .opctl} directory; when this command created the
     * project directory and wrote nothing into it, removes that too (a failed {@code opctl new}).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // This is the hook running, or the process is ending: release all the same.
        }
        release();
    }

    private synchronized void release() {
        if (closed) {
            return;
        }
        closed = true;
        HELD.remove(root, this);
        try {
            if (Files.exists(dir.resolve(Journal.FILE))) {
                return; // a write that could not finish: the next command completes it
            }
            Journal.discardStaged(dir);
            Files.deleteIfExists(dir.resolve("lock"));
            Files.deleteIfExists(dir);
            if (createdRoot) {
                Files.deleteIfExists(root);
            }
        } catch (IOException e) {
            // Best effort: another command may already have made a new lock file, and a project with
            // files in it stays.
        } finally {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The process is ending or the file is gone; the system releases the lock either way.
            }
        }
    }

    private static boolean onlyOpctlIn(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(DIR));
        }
    }

    private static Duration waitTime() {
        String seconds = System.getenv("OPCTL_LOCK_WAIT_SECONDS");
        if (seconds == null || seconds.isEmpty()) {
            return DEFAULT_WAIT;
        }
        if (!seconds.matches("[0-9]{1,4}")) {
            throw OpctlException.invalidInput(String.format("OPCTL_LOCK_WAIT_SECONDS is not a whole number of "
                    + "seconds from 0 to 9999; fix it, or unset it for the default (%d s)", DEFAULT_WAIT.toSeconds()));
        }
        return Duration.ofSeconds(Integer.parseInt(seconds));
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static String readPath(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
