package dev.opctl.cli;

import dev.opctl.engine.OpctlException;
import java.io.PrintWriter;

/** How a failed command reports: one line, and the exit code. Free of picocli, for {@link FastPath}. */
final class Failure {
    private Failure() {
    }

    /** Prints the one line a failed command shows (with the stack trace when verbose) and returns its exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof OpctlException opctl) {
            err.println("opctl: error: " + opctl.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return opctl.exitCode();
        }
        err.printf("opctl: internal error: %s%n", e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("opctl: rerun with --verbose for the stack trace, and please report it");
        }
        return Opctl.FAILURE;
    }
}
