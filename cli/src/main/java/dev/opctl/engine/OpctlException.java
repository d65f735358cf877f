package dev.opctl.engine;

/**
 * An error the user can act on. Its message is one line that says what was wrong and what to do;
 * the command line prints it and exits with {@link #exitCode()}.
 */
public class OpctlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public OpctlException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public OpctlException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An invalid value or usage (exit code 2). */
    public static OpctlException invalidInput(String message) {
        return new OpctlException(ExitCode.INVALID_INPUT, message);
    }

    /** A conflict with files that already exist (exit code 3). */
    public static OpctlException conflict(String message) {
        return new OpctlException(ExitCode.CONFLICT, message);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
