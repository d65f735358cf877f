package dev.opctl.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generate commands, run without picocli when their command line is plain. CI runs them on every
 * build, and picocli's model of a command, read from its annotations, costs about 55 ms: a quarter of
 * {@code opctl generate crds} on ten kinds.
 *
 * <p>Plain is {@code [--verbose] generate [crds|rbac]} followed only by that command's options (and
 * {@code --verbose}), each given once ({@code --sources} any number of times), each value after a space
 * or '=', not empty and not starting with '-' or '@'. Anything else (help, an unknown or repeated
 * option, an argument, an @file, a value picocli would have to judge) goes to picocli, which gives
 * every usage error. PlainGenerateTest holds {@link #OPTIONS} equal to the commands' picocli model,
 * and what a command line parses to here equal to what picocli parses it to.
 */
final class PlainGenerate {
    /** What an option takes. */
    enum Value {
        NONE, NUMBER, PATH, PATHS, TEXT
    }

    /** Each command's options, as its picocli model declares them (without -h, --help and --verbose). */
    static final Map<String, Map<String, Value>> OPTIONS = Map.of(
            "generate", Map.of("--check", Value.NONE, "--max-description-length", Value.NUMBER),
            "generate crds", Map.of("--check", Value.NONE, "--max-description-length", Value.NUMBER,
                    "--sources", Value.PATHS, "--output", Value.PATH, "--classpath", Value.TEXT),
            "generate rbac", Map.of("--check", Value.NONE));

    private static final String VERBOSE = "--verbose";

    /** A plain command line: the command, whether --verbose was given, and the values of its options. */
    record Parsed(String command, boolean verbose, Map<String, List<String>> options) {
        boolean has(String option) {
            return options.containsKey(option);
        }

        String text(String option) {
            return has(option) ? options.get(option).get(0) : null;
        }

        Integer number(String option) {
            return has(option) ? Integer.valueOf(text(option)) : null;
        }

        Path path(String option) {
            return has(option) ? Path.of(text(option)) : null;
        }

        List<Path> paths(String option) {
            return options.getOrDefault(option, List.of()).stream().map(Path::of).toList();
        }
    }

    private PlainGenerate() {
    }

    /**
     * Runs {@code args} (what follows {@code opctl}) when they are a plain generate command line, and
     * returns the exit code; else returns null, for picocli to run them.
     */
    static Integer run(Path workingDir, PrintWriter out, PrintWriter err, List<String> args) {
        Parsed parsed = parse(args);
        if (parsed == null) {
            return null;
        }
        try {
            String rerun = parsed.has("--check") ? CheckOption.rerun(args) : null;
            return switch (parsed.command()) {
                case "generate" -> GenerateCommand.run(workingDir, parsed.number("--max-description-length"), rerun,
                        out, err);
                case "generate crds" -> GenerateCrdsCommand.run(workingDir, parsed.paths("--sources"),
                        parsed.path("--output"), parsed.text("--classpath"), parsed.number("--max-description-length"),
                        rerun, out, err);
                default -> GenerateRbacCommand.run(workingDir, rerun, out, err);
            };
        } catch (Exception e) {
            return Failure.report(e, err, parsed.verbose());
        }
    }

    /** What {@code args} give, or null when they are not a plain generate command line. */
    static Parsed parse(List<String> args) {
        if (System.getProperties().stringPropertyNames().stream().anyMatch(p -> p.startsWith("picocli."))) {
            return null; // picocli's parsing as configured (trimQuotes, ...)
        }
        int i = 0;
        boolean verbose = false;
        if (i < args.size() && args.get(i).equals(VERBOSE)) {
            verbose = true;
            i++;
        }
        if (i == args.size() || !args.get(i).equals("generate")) {
            return null;
        }
        String command = "generate";
        i++;
        if (i < args.size() && OPTIONS.containsKey(command + " " + args.get(i))) {
            command += " " + args.get(i);
            i++;
        }
        Map<String, Value> known = OPTIONS.get(command);
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(VERBOSE) && !verbose) {
                verbose = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            Value value = known.get(name);
            if (value == null || options.containsKey(name) && value != Value.PATHS) {
                return null; // help, an argument, an unknown or a repeated option
            }
            List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
            if (value == Value.NONE) {
                if (eq > 0) {
                    return null;
                }
                continue;
            }
            String text = eq > 0 ? arg.substring(eq + 1) : i + 1 < args.size() ? args.get(++i) : null;
            if (!plain(value, text)) {
                return null;
            }
            values.add(text);
        }
        return new Parsed(command, verbose, options);
    }

    /** Whether {@code text} is a value of {@code value} that picocli takes as it is. */
    private static boolean plain(Value value, String text) {
        if (text == null || text.isEmpty() || text.startsWith("-") || text.startsWith("@")) {
            return false;
        }
        if (value == Value.NUMBER) {
            return text.matches("0|[1-9][0-9]{0,8}");
        }
        if (value == Value.PATH || value == Value.PATHS) {
            try {
                Path.of(text);
            } catch (InvalidPathException e) {
                return false;
            }
        }
        return true;
    }
}
