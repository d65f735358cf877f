package dev.opctl.cli;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Text;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place where the command line is wired: how commands are made, how errors are printed
 * and which exit code each one gets. {@link Main} is the entry point.
 */
public final class Opctl {
    /** Success. */
    public static final int OK = 0;
    /** An unexpected failure (a bug, or an I/O error). */
    public static final int FAILURE = 1;

    /** The exit codes of every command, as the help and docs/commands.md show them. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private Opctl() {
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "success");
        codes.put("1", "unexpected failure (a bug, or an I/O error); nothing was changed");
        codes.put("2", "invalid input or usage; nothing was changed");
        codes.put("3", "conflict with existing files, or another opctl command is running on the project; nothing "
                + "was changed");
        codes.put("4", "generated output is stale (generate --check)");
        return codes;
    }

    /** Runs opctl with {@code args} and returns its exit code. */
    static int run(Path workingDir, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(workingDir, out, err).execute(args);
    }

    /**
     * The opctl command line, writing to {@code out} and {@code err} and resolving relative paths
     * against {@code workingDir}.
     */
    public static CommandLine commandLine(Path workingDir, PrintWriter out, PrintWriter err) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                // Commands that work on files take the working directory, so tests can run them in-process.
                try {
                    return type.cast(type.getDeclaredConstructor(Path.class).newInstance(workingDir));
                } catch (NoSuchMethodException noWorkingDir) {
                    return defaults.create(type);
                }
            }
        };
        CommandLine commandLine = new CommandLine(new OpctlCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Opctl::handleUsageError);
        commandLine.setExecutionExceptionHandler(Opctl::handleFailure);
        addExitCodes(commandLine);
        return commandLine;
    }

    private static void addExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(EXIT_CODES);
        command.getSubcommands().values().forEach(Opctl::addExitCodes);
    }

    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String message = e.getMessage().replaceFirst("^Error: ", "");
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            // A mistyped command name: never run something else (the parent's options) instead.
            message = UnknownCommand.message(command, unmatched.getUnmatched().get(0));
        }
        command.getErr().printf("opctl: error: %s (see '%s --help')%n", oneLine(message),
                command.getCommandSpec().qualifiedName());
        return OpctlException.INVALID_INPUT;
    }

    /**
     * {@code text} on one line: picocli's messages may span several, and values may hold line breaks
     * and other control characters, which are escaped.
     */
    static String oneLine(String text) {
        return Text.escapeControls(text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    private static int handleFailure(Exception e, CommandLine command, ParseResult parseResult) {
        return Failure.report(e, command.getErr(), verbose(parseResult));
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
