package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's help, however it is asked for, and what a mistyped command gets. */
class HelpTest {
    @TempDir
    Path work;

    /** Every command path below the root, e.g. [add, api]. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(Opctl.commandLine(Path.of("."), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        for (var entry : command.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            paths.add(sub);
            collect(entry.getValue(), sub, paths);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandShowsItsOwnHelpEveryWay(List<String> path) {
        String usage = "Usage: opctl " + String.join(" ", path) + " ";
        List<List<String>> ways = List.of(concat(path, "--help"), concat(path, "-h"), concat(List.of("help"), path.toArray(String[]::new)));
        for (List<String> args : ways) {
            OpctlRun run = OpctlRun.main(work, args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), () -> args + ": " + run);
            assertEquals("", run.err(), () -> args + ": " + run);
            assertTrue(run.out().startsWith(usage), () -> args + ": " + run);
            assertTrue(run.out().contains("-h, --help"), () -> args + ": " + run);
            assertFalse(run.out().contains("-V") || run.out().contains("Print version information"),
                    () -> "only the root command has -V/--version: " + args + ": " + run);
        }
    }

    @Test
    void theRootHasVersionAndHelp() {
        OpctlRun help = OpctlRun.main(work, "--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("-V, --version"), help::toString);
        OpctlRun bare = OpctlRun.main(work, "help");
        assertEquals(help.out(), bare.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "add apis --group g --version v1 --kind Foo|unknown command 'apis' for 'opctl add'; did you mean "
                + "'opctl add api'? (see 'opctl add --help')",
        "add controler --kind Foo|unknown command 'controler' for 'opctl add'; did you mean 'opctl add controller'? "
                + "(see 'opctl add --help')",
        "generate crd --check|unknown command 'crd' for 'opctl generate'; did you mean 'opctl generate crds'? "
                + "(see 'opctl generate --help')",
        "nwe demo|unknown command 'nwe' for 'opctl'; did you mean 'opctl new'? (see 'opctl --help')",
        "frobnicate|unknown command 'frobnicate' for 'opctl'; its commands are new, add, delete, edit, generate, completion, help "
                + "(see 'opctl --help')",
        "gen|unknown command 'gen' for 'opctl'; did you mean 'opctl generate'? (see 'opctl --help')",
        "help add api extra|'opctl add api' has no commands, and takes no argument 'extra' (see 'opctl add api --help')",
        "help add apis|unknown command 'apis' for 'opctl add'; did you mean 'opctl add api'? (see 'opctl add --help')",
        // -V is the root command's: here an unknown option, said before the options it leaves missing.
        "add api --version v1 -V|Unknown option: '-V' (see 'opctl add api --help')",
    })
    void aMistypedCommandNeverRunsAnything(String args, String message) {
        OpctlRun run = OpctlRun.main(work, args.split(" "));
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertEquals("opctl: error: " + message + "\n", run.err());
    }

    private static List<String> concat(List<String> path, String... more) {
        List<String> all = new ArrayList<>(path);
        all.addAll(List.of(more));
        return all;
    }
}
