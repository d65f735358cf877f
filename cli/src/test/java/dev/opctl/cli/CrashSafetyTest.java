package dev.opctl.cli;

import static dev.opctl.TestFiles.copyTree;
import static dev.opctl.TestFiles.deleteTree;
import static dev.opctl.TestFiles.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes is all or nothing under kill -9: it runs in a process of its own that halts, as a
 * SIGKILL would stop it, at its k-th change to the project's files (a staged file, the journal's
 * commit, each file moved into place or deleted, the journal's removal), for every k. Then the next
 * opctl command runs, and the project must be exactly as before the command or exactly as a
 * complete run leaves it: every file and directory, hidden ones included, byte for byte.
 */
class CrashSafetyTest {
    private static final String PROJECT = "demo-operator";

    @TempDir
    Path work;

    /** A command, and how to make the project it runs on. */
    record Case(String name, Consumer<Path> setup, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> commands() {
        Consumer<Path> project = dir -> ok(dir, "new", PROJECT, "--domain", "example.com");
        Consumer<Path> withApi = project.andThen(dir -> ok(dir.resolve(PROJECT), "add", "api", "--group", "cache",
                "--version", "v1alpha1", "--kind", "Memcached"));
        return Stream.of(
                new Case("new", dir -> { }, List.of("new", PROJECT, "--domain", "example.com")),
                new Case("add api --workload", project, List.of("add", "api", "--group", "apps", "--version", "v1",
                        "--kind", "Web", "--workload", "deployment", "--image", "nginx:1.27", "--port", "8080")),
                new Case("add controller", withApi, List.of("add", "controller", "--kind", "Memcached")),
                // Many files at once, and OperatorMain and the kustomization edited at their markers.
                new Case("add webhook", withApi, List.of("add", "webhook", "--kind", "Memcached", "--defaulting",
                        "--validation", "--conversion")),
                new Case("delete api", withApi, List.of("delete", "api", "--group", "cache", "--version",
                        "v1alpha1", "--kind", "Memcached")),
                new Case("delete controller", withApi.andThen(dir -> ok(dir.resolve(PROJECT), "add", "controller",
                        "--kind", "Memcached")), List.of("delete", "controller", "--kind", "Memcached")),
                // The last webhook: many files deleted, and OperatorMain and the kustomization edited back.
                new Case("delete webhook", withApi.andThen(dir -> ok(dir.resolve(PROJECT), "add", "webhook", "--kind",
                        "Memcached", "--defaulting")), List.of("delete", "webhook", "--kind", "Memcached",
                        "--defaulting")),
                new Case("edit", withApi, List.of("edit", "--namespaces", "a,b", "--max-description-length", "10")),
                new Case("generate", withApi.andThen(dir -> {
                    ok(dir.resolve(PROJECT), "add", "api", "--group", "cache", "--version", "v1alpha1", "--kind",
                            "Other");
                    // Both kinds' types edited by hand: generate writes both CRDs anew.
                    for (String kind : List.of("Memcached", "Other")) {
                        edit(dir.resolve(PROJECT).resolve("src/main/java/com/example/demooperator/api/cache/v1alpha1/"
                                + kind + "Spec.java"), "public class " + kind + "Spec {", "public class " + kind
                                + "Spec {\n    /** How many. */\n    private int size;\n\n"
                                + "    public int getSize() {\n        return size;\n    }\n");
                    }
                }), List.of("generate"))
        ).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aKillAtAnyChangeLeavesTheProjectAsBeforeOrAsAfter(Case command) throws Exception {
        Path template = Files.createDirectory(work.resolve("before"));
        command.setup().accept(template);
        Map<String, String> before = tree(template);
        Path complete = copyTree(template, work.resolve("complete"));
        Path cwd = command.name().equals("new") ? complete : complete.resolve(PROJECT);
        OpctlRun full = OpctlRun.main(cwd, command.args().toArray(String[]::new));
        assertEquals(0, full.exitCode(), full::toString);
        Map<String, String> after = tree(complete);
        assertTrue(!after.equals(before), "the command changes something");

        // The changes a command makes, in order: it stages each file it writes, commits the journal, moves each
        // file into place or deletes it, removes the journal. Halting at any staging point leaves the same state,
        // so the first and the last stand for all of them; every later point is tried.
        long written = after.keySet().stream().filter(p -> !p.endsWith("/")
                && !after.get(p).equals(before.get(p))).count();
        List<Integer> points = new ArrayList<>(List.of(1));
        if (written > 1) {
            points.add((int) written);
        }
        int halts = 0;
        // Two trials at a time: each is a process of its own on a copy of the project.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int k = (int) written + 1; ; k += 2) {
                points.add(k);
                points.add(k + 1);
                List<Future<Boolean>> trials = new ArrayList<>();
                for (int point : points) {
                    trials.add(pool.submit(() -> trial(command, template, point, before, after)));
                }
                points.clear();
                boolean completed = false;
                for (Future<Boolean> trial : trials) {
                    if (trial.get()) {
                        halts++;
                    } else {
                        completed = true;
                    }
                }
                if (completed) {
                    break;
                }
                if (k > 1000) {
                    fail("the command never completed");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(halts >= written + 2, "the command was halted at " + halts + " changes, for " + written
                + " files written");
    }

    @ParameterizedTest
    @MethodSource("failing")
    void aFailureHalfwayIsUndoneAndSaysNothingChanged(Case command) throws Exception {
        Path template = Files.createDirectory(work.resolve("before"));
        command.setup().accept(template);
        Map<String, String> before = tree(template);
        for (int k = 1; ; k++) {
            // The k-th file moved into place or deleted fails after it was changed, as a file the system will not
            // replace does (an immutable file, a read-only directory): what was changed before it is put back.
            Path trial = copyTree(template, work.resolve("failing-" + k));
            Subprocess failed = Subprocess.run(trial.resolve(PROJECT), Map.of("OPCTL_TEST_FAIL_AT",
                    Integer.toString(k)), command.args().toArray(String[]::new));
            if (failed.exitCode() == 0) {
                assertTrue(k > 3, "the command failed at " + (k - 1) + " files");
                break;
            }
            int point = k;
            assertEquals(1, failed.exitCode(), () -> "failing at " + point + ": " + failed);
            assertTrue(failed.err().matches("opctl: error: could not write \\S+, nothing was changed: simulated "
                    + "failure after [^\\n]+\n"), () -> "failing at " + point + ": " + failed);
            Map<String, String> after = tree(trial);
            assertEquals(before, after, () -> "failing at " + point + ": " + difference(before, after));
            deleteTree(trial);
        }
    }

    static Stream<Arguments> failing() {
        return commands().filter(c -> List.of("add api --workload", "delete api")
                .contains(((Case) c.get()[0]).name()));
    }

    /**
     * Runs the command halted at its {@code k}-th change, then the next command; returns whether it
     * was halted (false: it completed before its k-th change).
     */
    private Boolean trial(Case command, Path template, int k, Map<String, String> before, Map<String, String> after)
            throws Exception {
        Path trial = copyTree(template, work.resolve("trial-" + k));
        Path trialCwd = command.name().equals("new") ? trial : trial.resolve(PROJECT);
        Subprocess killed = Subprocess.run(trialCwd, Map.of("OPCTL_TEST_HALT_AT", Integer.toString(k)),
                command.args().toArray(String[]::new));
        if (killed.exitCode() == 0) {
            assertEquals(after, tree(trial), "a run that was not halted");
            return false;
        }
        assertEquals(137, killed.exitCode(), () -> "halted at change " + k + ": " + killed);
        Map<String, String> interrupted = tree(trial);
        // The next command, whatever it is, first completes or rolls back the interrupted one, and says so (one
        // that writes: a --check leaves that to it). generate changes nothing more where it completed (or rolled
        // back) a command; where it rolled back an edit of types (the generate case), it writes the CRDs again.
        OpctlRun next = OpctlRun.main(trial.resolve(PROJECT), "generate");
        Map<String, String> recovered = tree(trial);
        if (!recovered.equals(before) && !recovered.equals(after)) {
            fail("halted at change " + k + " of '" + command + "': the project is neither as before nor as after "
                    + "the command; differences from after: " + difference(after, recovered) + "\n" + next);
        }
        String notice = interrupted.containsKey(PROJECT + "/.opctl/journal") ? "opctl: completed the interrupted "
                : interrupted.keySet().stream().anyMatch(p -> p.startsWith(PROJECT + "/.opctl/staged/")
                        && !p.endsWith("/")) ? "opctl: rolled back the interrupted " : "";
        assertTrue(next.err().startsWith(notice)
                && next.err().lines().skip(notice.isEmpty() ? 0 : 1).noneMatch(l -> l.contains("interrupted")),
                () -> "halted at change " + k + ", the next command says what it recovered, in one line: " + next);
        assertTrue(next.err().lines().noneMatch(l -> l.contains("Exception")), next::toString);
        deleteTree(trial);
        return true;
    }

    private static void ok(Path dir, String... args) {
        OpctlRun run = OpctlRun.main(dir, args);
        assertEquals(0, run.exitCode(), run::toString);
    }

    private static void edit(Path file, String anchor, String replacement) {
        try {
            String text = Files.readString(file);
            assertTrue(text.contains(anchor), file::toString);
            Files.writeString(file, text.replace(anchor, replacement));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> difference(Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        for (String path : new TreeSet<>(union(expected, actual))) {
            if (!expected.containsKey(path)) {
                differences.add("+" + path);
            } else if (!actual.containsKey(path)) {
                differences.add("-" + path);
            } else if (!expected.get(path).equals(actual.get(path))) {
                differences.add("~" + path);
            }
        }
        return differences;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> all = new ArrayList<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
