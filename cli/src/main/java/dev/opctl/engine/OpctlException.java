package dev.opctl.engine;

/**
 * An error the user can act on. Its message is one line that says what was wrong and what to do;
 * the command line prints it and exits with {@link #exitCode()}.
 */
public class OpctlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Invalid input or usage. */
    public static final int INVALID_INPUT = 2;
    /** Conflict with existing files. */
    public static final int CONFLICT = 3;
    /** Generated output is stale ({@code generate --check}). */
    public static final int STALE = 4;

    private final int exitCode;

    public OpctlException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public OpctlException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An invalid value or usage (exit code 2). */
    public static OpctlException invalidInput(String message) {
        return new OpctlException(INVALID_INPUT, message);
    }

    /** A conflict with files that already exist (exit code 3). */
    public static OpctlException conflict(String message) {
        return new OpctlException(CONFLICT, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
