package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.FileErrors;
import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * How a failed command reports: one line (one per error where it found several, a CRD's each), never an
 * exception's class name, and the exit code.
 * Free of picocli: {@link Main} reports with it before picocli loads.
 */
final class Failure {
    /** A class name as {@code Throwable.toString()} puts it before a message. */
    private static final Pattern CLASS_PREFIX =
            Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|\\b)");

    private Failure() {
    }

    /** A line for something a command skipped or doubted while it went on, on the error stream. */
    static void warn(PrintWriter err, String warning) {
        err.println("opctl: warning: " + Text.escapeControls(warning));
    }

    /** Prints the one line a failed command shows (with the stack trace when verbose) and returns its exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        ExitCode exitCode;
        IOException io = FileErrors.cause(e);
        if (e instanceof OpctlException opctl) {
            err.println("opctl: error: " + Text.escapeControls(opctl.getMessage()));
            // Errors found beside it, each of another part (a CRD each): one line each.
            for (Throwable other : opctl.getSuppressed()) {
                if (other instanceof OpctlException more) {
                    err.println("opctl: error: " + Text.escapeControls(more.getMessage()));
                }
            }
            exitCode = opctl.exitCode();
        } else if (io != null) {
            err.println("opctl: error: " + Text.escapeControls(FileErrors.message(io)));
            exitCode = ExitCode.FAILURE;
        } else {
            err.printf("opctl: internal error: %s%s%n", message(e),
                    verbose ? "" : " (rerun with --verbose for the stack trace, and please report it)");
            exitCode = ExitCode.FAILURE;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return exitCode.code();
    }

    /** The message of {@code e} (or of its first cause that has one) without class names, on one line. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                String plain = CLASS_PREFIX.matcher(message).replaceAll("").strip();
                if (!plain.isEmpty()) {
                    return Text.escapeControls(plain.replaceAll("\\s*[\\r\\n]+\\s*", " "));
                }
            }
        }
        return "an unexpected failure without a message";
    }
}
