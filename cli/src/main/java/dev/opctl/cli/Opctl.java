package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.naming.Text;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place where the command line is wired: how commands are made, how errors are printed
 * and which exit code each one gets. {@link Main} is the entry point.
 */
public final class Opctl {
    /** The exit codes of every command, as the help and docs/commands.md show them. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    /** The commands under {@code opctl}, in the order its help lists them. */
    static final Map<String, Class<?>> COMMANDS = commands();

    private Opctl() {
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        return codes;
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("new", NewCommand.class);
        commands.put("add", AddCommand.class);
        commands.put("delete", DeleteCommand.class);
        commands.put("edit", EditCommand.class);
        commands.put("generate", GenerateCommand.class);
        commands.put("help", HelpCommand.class);
        return commands;
    }

    /**
     * Runs opctl with {@code args} and returns its exit code. The command line holds only the
     * command {@code args} invoke when they plainly name one: picocli builds the model of every
     * command it holds before parsing, and that of all of them costs as much as generating 50 CRDs.
     */
    static int run(Path workingDir, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(workingDir, out, err, invoked(args)).execute(args);
    }

    /**
     * The opctl command line, writing to {@code out} and {@code err} and resolving relative paths
     * against {@code workingDir}.
     */
    public static CommandLine commandLine(Path workingDir, PrintWriter out, PrintWriter err) {
        return commandLine(workingDir, out, err, COMMANDS.keySet());
    }

    /**
     * The command {@code args} invoke, when only global options ({@code --verbose}) come before
     * its name and it is not {@code help}; otherwise every command, which the help and the hints
     * for mistyped names need.
     */
    static Set<String> invoked(String... args) {
        for (String arg : args) {
            if (arg.equals("--verbose")) {
                continue;
            }
            return COMMANDS.containsKey(arg) && !arg.equals("help") ? Set.of(arg) : COMMANDS.keySet();
        }
        return COMMANDS.keySet();
    }

    private static CommandLine commandLine(Path workingDir, PrintWriter out, PrintWriter err, Set<String> names) {
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
        for (String name : names) {
            commandLine.addSubcommand(name, new CommandLine(COMMANDS.get(name), factory));
        }
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
        return ExitCode.INVALID_INPUT.code();
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
