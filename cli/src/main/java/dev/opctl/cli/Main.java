package dev.opctl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The jar's entry point. It references no picocli type, so that {@code opctl --version} prints
 * without loading picocli, whose model of the commands costs more than the JVM's own start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StandardOutput stdout = new StandardOutput();
        PrintWriter out = stdout.writer();
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode;
        if (args.length == 2 && args[0].equals(CdsTraining.FLAG)) {
            exitCode = CdsTraining.run(Path.of(args[1]));
        } else if (isVersionOnly(args)) {
            for (String line : VersionText.lines()) {
                out.println(line);
            }
            exitCode = 0;
        } else {
            exitCode = run(Path.of("").toAbsolutePath(), out, err, args);
        }
        exitCode = stdout.exitCode(exitCode, out, err);
        err.flush();
        System.exit(exitCode);
    }

    /** Runs opctl with {@code args}. */
    static int run(Path workingDir, PrintWriter out, PrintWriter err, String... args) {
        try {
            Arguments.check(args);
        } catch (RuntimeException e) {
            return Failure.report(e, err, false);
        }
        return Opctl.run(workingDir, out, err, args);
    }

    static boolean isVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
