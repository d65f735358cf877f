package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The generate commands' plain command lines, run without picocli: equal to picocli's parsing and outcome. */
class PlainGenerateTest {
    @TempDir
    Path work;

    @Test
    void knowsEveryOptionOfTheGenerateCommandsAsTheirPicocliModelDeclaresIt() {
        CommandLine generate = commandLine().getSubcommands().get("generate");
        Map<String, Map<String, PlainGenerate.Value>> declared = new TreeMap<>();
        declared.put("generate", options(generate));
        generate.getSubcommands().forEach((name, sub) -> declared.put("generate " + name, options(sub)));
        assertEquals(declared, new TreeMap<>(PlainGenerate.OPTIONS));
    }

    private static Map<String, PlainGenerate.Value> options(CommandLine command) {
        Map<String, PlainGenerate.Value> options = new TreeMap<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.usageHelp() || option.longestName().equals("--verbose")) {
                continue;
            }
            assertEquals(1, option.names().length, () -> "an alias PlainGenerate does not know: " + option);
            Class<?> type = option.type();
            PlainGenerate.Value value = type == boolean.class ? PlainGenerate.Value.NONE
                    : type == Integer.class ? PlainGenerate.Value.NUMBER
                    : type == Path.class ? PlainGenerate.Value.PATH
                    : type == List.class && option.auxiliaryTypes()[0] == Path.class ? PlainGenerate.Value.PATHS
                    : type == String.class ? PlainGenerate.Value.TEXT : null;
            assertNotNull(value, () -> "a type PlainGenerate does not know: " + option + " " + type);
            options.put(option.longestName(), value);
        }
        return options;
    }

    @Test
    void takesPlainCommandLinesAsPicocliDoesAndLeavesTheRestToIt() {
        List<List<String>> plain = List.of(
                List.of("generate"),
                List.of("generate", "--check"),
                List.of("--verbose", "generate", "--check"),
                List.of("generate", "--verbose", "--max-description-length", "0"),
                List.of("generate", "--max-description-length=120", "--check", "--verbose"),
                List.of("generate", "rbac"),
                List.of("generate", "rbac", "--check", "--verbose"),
                List.of("generate", "crds"),
                List.of("generate", "crds", "--sources", "src", "--sources=more", "--output", "out"),
                List.of("--verbose", "generate", "crds", "--output=out", "--classpath", "a.jar:lib/*", "--check"),
                List.of("generate", "crds", "--sources", "a=b", "--output", "crds", "--classpath=x=y"));
        for (List<String> args : plain) {
            PlainGenerate.Parsed parsed = PlainGenerate.parse(args);
            assertNotNull(parsed, () -> "not taken: " + args);
            assertEquals(picocli(args), values(parsed), () -> "taken otherwise than picocli takes it: " + args);
        }
        List<List<String>> others = List.of(
                List.of(),
                List.of("new", "x"),
                List.of("generate", "--help"),
                List.of("generate", "crds", "-h"),
                List.of("help", "generate"),
                List.of("generate", "--check", "crds"),
                List.of("generate", "--check", "--check"),
                List.of("--verbose", "generate", "--verbose"),
                List.of("generate", "--check=true"),
                List.of("generate", "crds", "--output", "a", "--output", "b"),
                List.of("generate", "crds", "--output"),
                List.of("generate", "crds", "--output", ""),
                List.of("generate", "crds", "--output="),
                List.of("generate", "crds", "--output", "--check"),
                List.of("generate", "crds", "--output", "-"),
                List.of("generate", "crds", "--sources", "@args"),
                List.of("generate", "@args"),
                List.of("generate", "crds", "extra"),
                List.of("generate", "crds", "--"),
                List.of("generate", "--max-description-length", "-1"),
                List.of("generate", "--max-description-length", "010"),
                List.of("generate", "--max-description-length", "0x10"),
                List.of("generate", "--max-description-length", "9999999999"),
                List.of("generate", "rbac", "--max-description-length", "5"),
                List.of("generate", "--sources", "src"),
                List.of("generate", "crds", "--source", "src"),
                List.of("generate", "crds", "--Check"));
        for (List<String> args : others) {
            assertNull(PlainGenerate.parse(args), () -> "taken, though picocli's: " + args);
        }
    }

    /** Random command lines from a pool of tokens: whatever is taken here, picocli takes alike. */
    @Test
    void everyCommandLineTakenIsOnePicocliTakesAlike() {
        String[] pool = {"generate", "crds", "rbac", "--check", "--verbose", "--sources", "--sources=src", "src",
            "--output", "out", "--output=", "--max-description-length", "10", "0", "010", "-1",
            "--max-description-length=7", "--classpath", "a.jar", "-h", "--help", "@args", "--", "x=y",
            "--check=true", "", "help", "new", "-"};
        Random random = new Random(15);
        int taken = 0;
        for (int n = 0; n < 3000; n++) {
            List<String> args = new ArrayList<>();
            if (random.nextInt(10) > 0) {
                args.add("generate");
            }
            for (int k = random.nextInt(7); k > 0; k--) {
                args.add(pool[random.nextInt(pool.length)]);
            }
            PlainGenerate.Parsed parsed = PlainGenerate.parse(args);
            if (parsed != null) {
                taken++;
                assertEquals(picocli(args), values(parsed), () -> "taken otherwise than picocli takes it: " + args);
            }
        }
        assertEquals(true, taken > 300, "too few command lines taken to tell: " + taken);
    }

    /** The command and each matched option's value as picocli parses {@code args}; fails where it refuses them. */
    private Map<String, Object> picocli(List<String> args) {
        ParseResult result;
        try {
            result = commandLine().parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return fail("refused by picocli (" + e.getMessage() + "), taken by PlainGenerate: " + args);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> command = new ArrayList<>();
        for (ParseResult p = result.subcommand(); p != null; p = p.subcommand()) {
            command.add(p.commandSpec().name());
        }
        values.put("command", String.join(" ", command));
        for (ParseResult p = result; p != null; p = p.subcommand()) {
            for (OptionSpec option : p.matchedOptions()) {
                values.put(option.longestName(), option.getValue());
            }
        }
        return new TreeMap<>(values);
    }

    private static Map<String, Object> values(PlainGenerate.Parsed parsed) {
        Map<String, Object> values = new TreeMap<>();
        values.put("command", parsed.command());
        if (parsed.verbose()) {
            values.put("--verbose", true);
        }
        parsed.options().forEach((name, texts) -> values.put(name, switch (PlainGenerate.OPTIONS.get(parsed.command())
                .get(name)) {
            case NONE -> true;
            case NUMBER -> parsed.number(name);
            case PATH -> parsed.path(name);
            case PATHS -> parsed.paths(name);
            case TEXT -> parsed.text(name);
        }));
        return values;
    }

    private CommandLine commandLine() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Opctl.commandLine(work, sink, sink);
    }

    /** The same command lines run through picocli and without it: the same exit code, output and errors. */
    @Test
    void runsAsPicocliRunsTheCommand() throws IOException {
        assertEquals(0, OpctlRun.run(work, "new", "demo-operator", "--domain", "example.com").exitCode());
        Path project = work.resolve("demo-operator");
        assertEquals(0, OpctlRun.run(project, "add", "api", "--group", "ships", "--version", "v1", "--kind", "Frigate")
                .exitCode());
        List<String[]> commands = List.of(
                new String[] {"generate", "--check"},
                new String[] {"generate", "crds", "--check"},
                new String[] {"generate", "rbac", "--check", "--verbose"},
                new String[] {"generate", "--max-description-length", "3", "--check"},
                new String[] {"generate", "crds", "--max-description-length=0", "--check"},
                new String[] {"generate", "crds", "--sources", "no-such-dir", "--output", "out"},
                new String[] {"generate", "crds", "--sources", "src/main/java", "--output", "out", "--check"},
                new String[] {"generate", "crds", "--classpath", "missing.jar", "--check"});
        for (String[] args : commands) {
            assertNotNull(PlainGenerate.parse(Arrays.asList(args)), () -> "not taken: " + List.of(args));
            OpctlRun viaPicocli = OpctlRun.run(project, args);
            OpctlRun plain = OpctlRun.main(project, args);
            assertEquals(viaPicocli.toString(), plain.toString(), () -> "run otherwise: " + List.of(args));
        }
        // Writes, and outside a project.
        Path outside = Files.createDirectories(work.resolve("outside"));
        String[] write = {"generate", "crds", "--sources", project.resolve("src/main/java").toString(), "--output",
            "crds"};
        OpctlRun viaPicocli = OpctlRun.run(outside, write);
        assertEquals(0, viaPicocli.exitCode(), viaPicocli::toString);
        deleteTree(outside.resolve("crds"));
        assertEquals(viaPicocli.toString(), OpctlRun.main(outside, write).toString());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
