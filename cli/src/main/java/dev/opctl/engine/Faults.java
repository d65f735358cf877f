package dev.opctl.engine;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook for crash safety: with {@code OPCTL_TEST_HALT_AT=k} in the environment, the process
 * halts at once, as kill -9 would stop it (no shutdown hooks, nothing flushed), at the k-th change
 * it makes to the project's files: a staged file written, the journal committed, a file moved into
 * place or deleted, the journal removed. The crash tests run a command in a subprocess for every k.
 * With {@code OPCTL_TEST_FAIL_AT=k}, the k-th file moved into place or deleted fails instead, as
 * a file the system will not replace does, after the change was made. Without the variables it
 * does nothing.
 */
final class Faults {
    /** The exit status of a halted process, as a shell shows a process killed by signal 9. */
    static final int HALTED = 137;
    private static final int HALT_AT = haltAt(System.getenv("OPCTL_TEST_HALT_AT"));
    private static final int FAIL_AT = haltAt(System.getenv("OPCTL_TEST_FAIL_AT"));
    // Process-wide by nature: it counts the changes one process makes, whichever writer makes them.
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final AtomicInteger MOVES = new AtomicInteger();

    private Faults() {
    }

    /** Marks a change that has just been made; halts the process when it is the k-th. */
    static void point(String what) {
        if (HALT_AT > 0 && COUNT.incrementAndGet() == HALT_AT) {
            Runtime.getRuntime().halt(HALTED);
        }
    }

    /** Marks a file moved into place or deleted; fails when it is the k-th. */
    static void moved(String what) throws IOException {
        point(what);
        if (FAIL_AT > 0 && MOVES.incrementAndGet() == FAIL_AT) {
            throw new IOException("simulated failure after " + what);
        }
    }

    private static int haltAt(String value) {
        return value != null && value.matches("[0-9]{1,6}") ? Integer.parseInt(value) : 0;
    }
}
