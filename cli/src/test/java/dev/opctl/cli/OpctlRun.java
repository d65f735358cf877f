package dev.opctl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The outcome of running the real opctl command line in-process. */
record OpctlRun(int exitCode, String out, String err) {
    /** Runs {@code opctl args...} with {@code workingDir} as the current directory. */
    static OpctlRun run(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Opctl.commandLine(workingDir, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new OpctlRun(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code opctl args...} as the jar's entry point does: a command line of the invoked command alone. */
    static OpctlRun main(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(workingDir, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new OpctlRun(exitCode, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
