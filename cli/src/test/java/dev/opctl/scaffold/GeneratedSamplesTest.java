package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.TestFiles;
import dev.opctl.cli.Opctl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-project golden test: each committed project under {@code generated-samples/} must be
 * exactly what opctl generates now from the commands in {@code generated-samples/regenerate.sh}.
 * When opctl's output changes on purpose, run that script and review the diff like code.
 */
class GeneratedSamplesTest {
    static final Path SAMPLES = Path.of(System.getProperty("opctl.repo.root", "..")).resolve("generated-samples");

    @Test
    void demoOperatorIsTheQuickstartOutput(@TempDir Path work) throws IOException {
        opctl(work, "new", "demo-operator", "--domain", "example.com");
        assertSameTree(SAMPLES.resolve("demo-operator"), work.resolve("demo-operator"));
    }

    static void opctl(Path workingDir, String... args) {
        StringWriter err = new StringWriter();
        int exitCode = Opctl.commandLine(workingDir, new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args);
        assertEquals(0, exitCode, () -> "opctl " + String.join(" ", args) + " failed: " + err);
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, String> want = contents(expected);
        Map<String, String> got = contents(actual);
        List<String> problems = new ArrayList<>();
        for (String path : new TreeSet<>(union(want, got))) {
            if (!got.containsKey(path)) {
                problems.add("no longer generated: " + path);
            } else if (!want.containsKey(path)) {
                problems.add("generated but not in the sample: " + path);
            } else if (!want.get(path).equals(got.get(path))) {
                problems.add("differs: " + path);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems)
                + "\nIf the change is intended, run generated-samples/regenerate.sh and review the diff.");
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>(TestFiles.contents(root));
        files.keySet().removeIf(path -> path.startsWith("target/"));
        return files;
    }
}
