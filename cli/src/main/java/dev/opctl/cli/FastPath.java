package dev.opctl.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs the commands CI and editors call over and over, {@code opctl generate} and
 * {@code opctl generate crds}, without building picocli's model of every command first: that
 * model costs about 200 ms, as much as generating 50 CRDs. It references no picocli type.
 *
 * <p>It takes only command lines that are plainly valid (known options, each value present, no
 * option twice) and runs the same code as the picocli commands. Anything else (help, a mistake,
 * {@code --verbose}) goes to picocli, which then gives its usual help or error, so both ways
 * behave the same.
 */
final class FastPath {
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private FastPath() {
    }

    /** The exit code of running {@code args}, or empty when picocli is to run them. */
    static OptionalInt run(Path workingDir, PrintWriter out, PrintWriter err, String[] args) {
        if (args.length == 0 || !args[0].equals("generate")) {
            return OptionalInt.empty();
        }
        boolean crds = args.length > 1 && args[1].equals("crds");
        List<Path> sources = new ArrayList<>();
        Path output = null;
        Integer maxDescriptionLength = null;
        boolean check = false;
        for (int i = crds ? 2 : 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            boolean takesValue = name.equals("--max-description-length") || crds && (name.equals("--sources")
                    || name.equals("--output"));
            String value = null;
            if (takesValue) {
                value = eq > 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.isEmpty() || value.startsWith("-")) {
                    return OptionalInt.empty();
                }
            } else if (eq > 0 || !name.equals("--check")) {
                return OptionalInt.empty();
            }
            switch (name) {
                case "--check" -> {
                    if (check) {
                        return OptionalInt.empty();
                    }
                    check = true;
                }
                case "--sources" -> {
                    Path source = path(value);
                    if (source == null) {
                        return OptionalInt.empty();
                    }
                    sources.add(source);
                }
                case "--output" -> {
                    if (output != null || path(value) == null) {
                        return OptionalInt.empty();
                    }
                    output = path(value);
                }
                case "--max-description-length" -> {
                    if (maxDescriptionLength != null || !COUNT.matcher(value).matches()) {
                        return OptionalInt.empty();
                    }
                    maxDescriptionLength = Integer.valueOf(value);
                }
                default -> {
                    return OptionalInt.empty();
                }
            }
        }
        try {
            return OptionalInt.of(crds
                    ? GenerateCrdsCommand.run(workingDir, sources, output, CrdOptions.options(maxDescriptionLength),
                            check, out, err)
                    : GenerateCommand.run(workingDir, maxDescriptionLength, check, out, err));
        } catch (RuntimeException e) {
            return OptionalInt.of(Failure.report(e, err, false));
        } finally {
            out.flush();
        }
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
