package dev.opctl.engine;

/** The exit codes of every opctl command, as its help and docs/commands.md list them. */
public enum ExitCode {
    /** Success. */
    OK(0, "success"),
    /** An unexpected failure: a bug, or an I/O error (the input was fine, the file system was not). */
    FAILURE(1, "unexpected failure (a bug, or an I/O error); nothing was changed"),
    /** Invalid input or usage. */
    INVALID_INPUT(2, "invalid input or usage; nothing was changed"),
    /** Conflict with existing files, or another command holds the project. */
    CONFLICT(3, "conflict with existing files, or another opctl command is running on the project; nothing was "
            + "changed"),
    /** Generated output is stale ({@code generate --check}). */
    STALE(4, "generated output is stale (generate --check)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process's exit status. */
    public int code() {
        return code;
    }

    /** What it means, one line. */
    public String meaning() {
        return meaning;
    }
}
