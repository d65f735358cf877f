package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.ProjectLock;
import dev.opctl.engine.ProjectWriter;
import dev.opctl.engine.StaleCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --check}, and what the generate commands do with their output: write it, or compare it. */
final class CheckOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--check",
            description = "Write nothing: print a unified diff of what would change and exit 4 when anything is "
                    + "stale (for CI).")
    boolean check;

    /**
     * The command as it was given, without --check: what brings stale files up to date, with the
     * --sources and --output it needs outside a project.
     */
    String rerun() {
        // The arguments as parsed: an @file's, not the @file (which may hold --check).
        return rerun(spec.root().commandLine().getParseResult().expandedArgs());
    }

    /** The command of {@code args} (as parsed, after opctl) without --check, quoted for a shell. */
    static String rerun(List<String> args) {
        StringBuilder command = new StringBuilder("opctl");
        for (String arg : args) {
            if (!arg.equals("--check")) {
                command.append(' ').append(plain(arg) ? arg : '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("$", "\\$").replace("`", "\\`") + '"');
            }
        }
        return command.toString();
    }

    /** Whether a shell takes {@code arg} as it is. */
    private static boolean plain(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && "-_./:=@%+,".indexOf(c) < 0) {
                return false;
            }
        }
        return !arg.isEmpty();
    }

    /** "1 CRD file", "2 CRD files". */
    private static String files(int count, String what) {
        return count + " " + what + (count == 1 ? " file" : " files");
    }

    /**
     * Writes {@code files} under {@code root} and deletes {@code obsolete}, or with {@code check}
     * compares them and throws when anything is stale, telling to run {@code command}.
     */
    static int writeOrCheck(ProjectLock lock, PrintWriter out, boolean check, String command, Path root,
            FileSet files, List<String> obsolete, String what) {
        return writeOrCheck(lock, out, check, command, root, files, obsolete, what, root);
    }

    /**
     * {@link #writeOrCheck(ProjectLock, PrintWriter, boolean, String, Path, FileSet, List, String)}, the diff's
     * paths relative to {@code workingDir} where {@code root} is in it, so that {@code git apply} takes it there.
     */
    static int writeOrCheck(ProjectLock lock, PrintWriter out, boolean check, String command, Path root,
            FileSet files, List<String> obsolete, String what, Path workingDir) {
        if (check) {
            // A file in the way that opctl did not write fails the check as it would fail the write.
            ProjectWriter.dryRun(root, files, false);
            String shown = root.startsWith(workingDir) && !root.equals(workingDir)
                    ? workingDir.relativize(root).toString().replace('\\', '/') + "/" : "";
            StaleCheck.Result result = StaleCheck.check(root, files, obsolete, shown);
            if (result.stale()) {
                out.print(result.diff());
                out.flush();
                throw new OpctlException(ExitCode.STALE, String.format("%d generated file%s stale: %s; run "
                        + "'%s' and commit the result", result.paths().size(),
                        result.paths().size() == 1 ? " is" : "s are", String.join(", ", result.paths()),
                        command));
            }
            out.println(files(files.size(), what) + " up to date in " + root + ".");
            return ExitCode.OK.code();
        }
        ProjectWriter.Result result = ProjectWriter.write(lock, root, files, false, obsolete);
        // Joined, not formatted: the first use of java.util.Formatter loads locale data, 9 ms of a 0.4 s run.
        out.println("Generated " + files(files.size(), what) + " in " + root + " (" + (result.created().size()
                + result.updated().size()) + " written, " + result.unchanged().size() + " unchanged"
                + (result.deleted().isEmpty() ? "" : ", " + result.deleted().size() + " obsolete deleted: "
                        + String.join(", ", result.deleted())) + ").");
        return ExitCode.OK.code();
    }
}
