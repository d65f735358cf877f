package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code opctl completion}: the script, run by a real bash, completes what the command line accepts. */
class CompletionCommandTest {
    @TempDir
    Path work;

    @Test
    void bashCompletesEveryCommandAndEveryOptionOfTheModel() throws Exception {
        OpctlRun run = OpctlRun.main(work, "completion", "bash");
        assertEquals(0, run.exitCode(), run::toString);
        Path script = Files.writeString(work.resolve("opctl.bash"), run.out());
        CommandLine all = Opctl.commandLine(work, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertEquals(new TreeSet<>(all.getSubcommands().keySet()), new TreeSet<>(complete(script, "opctl", "")));
        for (List<String> path : HelpTest.commands().toList()) {
            CommandLine command = all;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            Set<String> longOptions = new TreeSet<>();
            for (OptionSpec option : command.getCommandSpec().options()) {
                Arrays.stream(option.names()).filter(n -> n.startsWith("--")).forEach(longOptions::add);
            }
            List<String> words = new ArrayList<>(List.of("opctl"));
            words.addAll(path);
            words.add("--");
            Set<String> offered = new TreeSet<>(complete(script, words.toArray(String[]::new)));
            assertTrue(offered.containsAll(longOptions), () -> path + ": offered " + offered + ", has " + longOptions);
            if (!command.getSubcommands().isEmpty()) {
                words.set(words.size() - 1, "");
                assertEquals(new TreeSet<>(command.getSubcommands().keySet()),
                        new TreeSet<>(complete(script, words.toArray(String[]::new))), path::toString);
            }
        }
        // Option values come from the model too: --workload's choices.
        assertEquals(List.of("deployment", "statefulset"),
                complete(script, "opctl", "add", "api", "--workload", ""));
    }

    @Test
    void zshGetsTheSameScriptWhichTurnsOnBashCompletionItself() {
        OpctlRun bash = OpctlRun.main(work, "completion");
        OpctlRun zsh = OpctlRun.main(work, "completion", "zsh");
        assertEquals(0, zsh.exitCode(), zsh::toString);
        assertTrue(zsh.out().contains("bashcompinit"), zsh::toString);
        assertEquals(bash.out().replace("(the same script)", "(this script)"), zsh.out());
    }

    @Test
    void anUnknownShellIsOneLineAndExitTwo() {
        OpctlRun run = OpctlRun.main(work, "completion", "fish");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("opctl: ") && run.err().contains("fish"), run::toString);
    }

    /** The words bash offers after {@code words}, the last of which is being completed. */
    private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String program = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "_complete_opctl 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(out.strip().split("\n")));
    }
}
