package dev.opctl.cli;

import dev.opctl.engine.ExitCode;
import dev.opctl.naming.Text;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The commands under {@code opctl}, in the order its help lists them, each with those under it. */
    static final Map<String, Node> COMMANDS = commands();

    /** A command and the commands under it. */
    record Node(Class<?> type, Map<String, Node> children) {
        static Node of(Class<?> type, Object... children) {
            Map<String, Node> named = new LinkedHashMap<>();
            for (int i = 0; i < children.length; i += 2) {
                named.put((String) children[i], new Node((Class<?>) children[i + 1], Map.of()));
            }
            return new Node(type, named);
        }
    }

    private Opctl() {
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        return codes;
    }

    private static Map<String, Node> commands() {
        Map<String, Node> commands = new LinkedHashMap<>();
        commands.put("new", Node.of(NewCommand.class));
        commands.put("add", Node.of(AddCommand.class, "api", AddApiCommand.class, "controller",
                AddControllerCommand.class, "webhook", AddWebhookCommand.class));
        commands.put("delete", Node.of(DeleteCommand.class, "api", DeleteApiCommand.class, "controller",
                DeleteControllerCommand.class, "webhook", DeleteWebhookCommand.class));
        commands.put("edit", Node.of(EditCommand.class));
        commands.put("generate", Node.of(GenerateCommand.class, "crds", GenerateCrdsCommand.class, "rbac",
                GenerateRbacCommand.class));
        commands.put("completion", Node.of(CompletionCommand.class));
        commands.put("help", Node.of(HelpCommand.class));
        return commands;
    }

    /**
     * Runs opctl with {@code args} and returns its exit code. The command line holds only the
     * command {@code args} invoke when they plainly name one: picocli builds the model of every
     * command it holds before parsing, and that of all of them costs as much as generating 50 CRDs.
     */
    static int run(Path workingDir, PrintWriter out, PrintWriter err, String... args) {
        try {
            // The generate commands CI runs on every build skip even that when their command line is plain.
            Integer plain = PlainGenerate.run(workingDir, out, err, List.of(args));
            return plain != null ? plain : commandLine(workingDir, out, err, List.of(args)).execute(args);
        } catch (StackOverflowError e) {
            // Sources nested too deeply for the readers are refused where they are read, naming the file: a bug.
            boolean verbose = List.of(args).contains("--verbose");
            return Failure.report(new IllegalStateException("stack overflow", e), err, verbose);
        }
    }

    /**
     * The opctl command line, writing to {@code out} and {@code err} and resolving relative paths
     * against {@code workingDir}.
     */
    public static CommandLine commandLine(Path workingDir, PrintWriter out, PrintWriter err) {
        return commandLine(workingDir, out, err, null);
    }

    /**
     * The commands of {@code commands} that {@code args} (what follows their parent's name on the
     * command line; {@code null} for all) need: the one they name when only global options
     * ({@code --verbose}) come before it and it is not {@code help}; none below the top level when
     * they are options only and no help, as {@code generate --check}; otherwise all, which the help
     * and the hints for mistyped names need.
     */
    static Set<String> needed(Map<String, Node> commands, List<String> args, boolean top) {
        if (args == null) {
            return commands.keySet();
        }
        List<String> rest = args.stream().dropWhile("--verbose"::equals).toList();
        if (!rest.isEmpty() && commands.containsKey(rest.get(0)) && !rest.get(0).equals("help")) {
            return Set.of(rest.get(0));
        }
        boolean optionsOnly = rest.stream().allMatch(a -> a.startsWith("-") && !a.equals("-h") && !a.equals("--help"));
        return !top && optionsOnly ? Set.of() : commands.keySet();
    }

    private static void addCommands(CommandLine parent, Map<String, Node> commands, List<String> args, boolean top,
            CommandLine.IFactory factory) {
        Set<String> names = needed(commands, args, top);
        for (String name : names) {
            Node node = commands.get(name);
            CommandLine command = new CommandLine(node.type(), factory);
            // Below the one command named, what follows its name decides again; below all, all.
            List<String> below = names.equals(commands.keySet()) ? null
                    : args.subList(args.indexOf(name) + 1, args.size());
            addCommands(command, node.children(), below, false, factory);
            parent.addSubcommand(name, command);
        }
    }

    private static CommandLine commandLine(Path workingDir, PrintWriter out, PrintWriter err, List<String> args) {
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
        addCommands(commandLine, COMMANDS, args, true, factory);
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

    private static int handleUsageError(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        CommandLine.ParameterException e = error;
        if (e instanceof CommandLine.MissingParameterException && command.getParseResult() != null
                && command.getParseResult().unmatched().stream().anyMatch(a -> a.startsWith("-"))) {
            // What is missing may be only what a mistyped option stood for (new -demo, add api --defualting ...):
            // say that first, with picocli's suggestions.
            e = new CommandLine.UnmatchedArgumentException(command, command.getParseResult().unmatched().stream()
                    .filter(a -> a.startsWith("-")).toList());
        }
        String message = e.getMessage().replaceFirst("^Error: ", "");
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            // A mistyped command name: never run something else (the parent's options) instead.
            message = UnknownCommand.message(command, unmatched.getUnmatched().get(0));
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty() && unmatched.getUnmatched().get(0).startsWith("-")
                && !unmatched.getSuggestions().isEmpty()) {
            message = message.strip() + "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
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
