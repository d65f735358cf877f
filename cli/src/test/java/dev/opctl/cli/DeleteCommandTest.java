package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.Javac;
import dev.opctl.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opctl delete api} and {@code opctl delete controller}, run as the jar runs them, and the
 * inconsistent projects {@code opctl generate} refuses. "The project where the kind was never added"
 * is made by the same commands without it; the two trees are compared byte for byte, directories
 * included: nothing legitimately differs, since opctl's output has no timestamps and the writer
 * removes the directories a deletion empties.
 */
class DeleteCommandTest {
    private static final String PKG = "src/main/java/com/example/demooperator/";
    private static final String API = PKG + "api/cache/v1alpha1/";
    private static final String[] NEW = {"new", "demo-operator", "--domain", "example.com"};
    private static final String[] MEMCACHED = {"add", "api", "--group", "cache", "--version", "v1alpha1", "--kind",
        "Memcached", "--workload", "deployment", "--image", "memcached:1.6", "--port", "11211"};
    private static final String[] MEMCACHED_V1BETA1 = {"add", "api", "--group", "cache", "--version", "v1beta1",
        "--kind", "Memcached"};
    private static final String[] SERVICE = {"add", "controller", "--group", "core", "--version", "v1", "--kind",
        "Service", "--watch", "Pod,ConfigMap"};
    private static final String[] POLICY = {"add", "api", "--group", "policy", "--version", "v1", "--kind", "Policy",
        "--controller"};

    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void newProject() {
        ok(work, NEW);
        project = work.resolve("demo-operator");
    }

    private OpctlRun run(String... args) {
        return OpctlRun.main(project, args);
    }

    private static void ok(Path dir, String... args) {
        OpctlRun run = OpctlRun.main(dir, args);
        assertEquals(0, run.exitCode(), () -> String.join(" ", args) + "\n" + run);
    }

    /** A project made by {@code new} and then {@code commands}, in a directory of its own. */
    private Path reference(String[]... commands) throws IOException {
        Path reference = Files.createDirectories(work.resolve("reference")).resolve("demo-operator");
        ok(reference.getParent(), NEW);
        for (String[] command : commands) {
            ok(reference, command);
        }
        return reference;
    }

    private void assertSameTree(Path reference) throws IOException {
        assertEquals(TestFiles.contents(reference), TestFiles.contents(project));
        assertEquals(TestFiles.listing(reference), TestFiles.listing(project), "no directory is left behind");
    }

    @Test
    void deletingWhatWasAddedGivesTheProjectWhereItNeverWasAndItCompiles() throws IOException {
        ok(project, MEMCACHED);
        ok(project, MEMCACHED_V1BETA1);
        ok(project, SERVICE);
        ok(project, POLICY);

        // A second version, then the workload controller: what is left is the project without them.
        ok(project, "delete", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached");
        OpctlRun controller = run("delete", "controller", "--kind", "Memcached");
        assertEquals(0, controller.exitCode(), controller::toString);
        assertTrue(controller.out().startsWith("Deleted the controller of Memcached (cache.example.com/v1alpha1): "
                + "4 files deleted"), controller.out());
        assertTrue(controller.out().contains("deleted " + PKG + "controller/MemcachedDeployment.java\n"));
        assertEquals("", controller.err());
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        Javac.assertCompilesWithoutWarnings(sources, work.resolve("classes"));
        assertEquals(0, run("generate", "--check").exitCode(), "delete leaves the tool-owned files up to date");

        // Then the built-in kind's controller, the other kind, and the kind itself.
        ok(project, "delete", "controller", "--group", "core", "--kind", "Service");
        ok(project, "delete", "controller", "--kind", "Policy");
        ok(project, "delete", "api", "--group", "policy", "--version", "v1", "--kind", "Policy");
        Map<String, String> withMemcachedOnly = TestFiles.contents(project);
        ok(project, "delete", "api", "--group", "cache", "--all-versions", "--kind", "Memcached");
        assertSameTree(reference());
        assertEquals(0, run("generate", "--check").exitCode());

        // The kind without its controller was the same as a kind added without one (but with the workload Spec).
        assertFalse(withMemcachedOnly.containsKey(PKG + "controller/MemcachedReconciler.java"));
        assertTrue(withMemcachedOnly.get(API + "MemcachedSpec.java").contains("@Default(\"memcached:1.6\")"));
    }

    /**
     * The untouched controller of a kind named like a class its files import (fabric8's Service,
     * Deployment, StatefulSet, JOSDK's Context, JUnit's Test), written with the kind's classes
     * qualified, is recognised as opctl's: deleted without {@code --force}.
     */
    @Test
    void theControllerOfAKindNamedLikeAClassItUsesIsDeletedWithoutForce() throws IOException {
        ok(project, "add", "api", "--group", "serving", "--version", "v1", "--kind", "Service", "--workload",
                "deployment");
        ok(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "StatefulSet", "--workload",
                "statefulset");
        ok(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Deployment", "--workload",
                "deployment");
        ok(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Context", "--controller");
        ok(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Test", "--controller");
        assertTrue(Files.readString(project.resolve(PKG + "controller/ServiceService.java"))
                .contains("com.example.demooperator.api.serving.v1.Service"));

        Map<String, Integer> deleted = Map.of("Service", 4, "StatefulSet", 4, "Deployment", 4, "Context", 2,
                "Test", 2);
        for (String kind : List.of("Service", "StatefulSet", "Deployment", "Context", "Test")) {
            OpctlRun delete = run("delete", "controller", "--group", kind.equals("Service") ? "serving" : "clash",
                    "--kind", kind);
            assertEquals(0, delete.exitCode(), delete::toString);
            assertTrue(delete.out().contains(": " + deleted.get(kind) + " files deleted"), delete.out());
            assertFalse(Files.exists(project.resolve(PKG + "controller/" + kind + "Reconciler.java")), kind);
        }
        assertEquals(0, run("generate", "--check").exitCode());
    }

    @Test
    void deletingAVersionLeavesTheOthersAsIfItWasNeverAdded() throws IOException {
        String[] foo = {"add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Foo"};
        ok(project, foo);
        ok(project, "add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Foo");
        ok(project, "delete", "api", "--group", "cache.example.com", "--version", "v1beta1", "--kind", "Foo");
        assertSameTree(reference(foo));
    }

    @Test
    void deletingAllVersionsDeletesTheKindAndItsCrd() throws IOException {
        ok(project, "add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Foo");
        ok(project, "add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Foo", "--storage");
        OpctlRun run = run("delete", "api", "--group", "cache", "--all-versions", "--kind", "Foo");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Deleted Foo (cache.example.com/v1alpha1, cache.example.com/v1beta1): 9 files "
                + "deleted"), run.out());
        assertSameTree(reference());
    }

    @Test
    void deletingTheStorageVersionMovesStorageToTheVersionLeft() throws IOException {
        String[] foo = {"add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Foo"};
        ok(project, foo);
        ok(project, "add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Foo", "--storage");
        assertTrue(Files.readString(project.resolve(API + "Foo.java"))
                .contains("@Version(value = \"v1alpha1\", storage = false)"));
        OpctlRun run = run("delete", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Foo");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("v1alpha1 is now the storage version of Foo"), run.out());
        assertSameTree(reference(foo));
    }

    @Test
    void aVersionWithWebhooksIsRefusedNamingTheCommandThatDeletesThem() throws IOException {
        ok(project, MEMCACHED);
        ok(project, MEMCACHED_V1BETA1);
        ok(project, "add", "webhook", "--kind", "Memcached", "--version", "v1beta1", "--validation");
        Map<String, String> before = TestFiles.contents(project);

        // The webhook classes hold the user's logic: deleted by a command of their own, as a controller is.
        OpctlRun used = run("delete", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached");
        assertEquals(2, used.exitCode(), used::toString);
        assertOneLine(used, "Memcached (cache.example.com/v1beta1) has webhooks, which hold your logic; delete them "
                + "first with 'opctl delete webhook --kind Memcached --group cache.example.com --version v1beta1 "
                + "--validation', then rerun");
        assertEquals(before, TestFiles.contents(project));
        ok(project, "delete", "webhook", "--kind", "Memcached", "--group", "cache.example.com", "--version", "v1beta1",
                "--validation");
        ok(project, "delete", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached");
        assertSameTree(reference(MEMCACHED));
    }

    @Test
    void aVersionOthersExtendOrAControlledOneIsRefused() throws IOException {
        ok(project, MEMCACHED);
        ok(project, MEMCACHED_V1BETA1);
        Map<String, String> before = TestFiles.contents(project);

        OpctlRun controlled = run("delete", "api", "--group", "cache", "--version", "v1alpha1", "--kind",
                "Memcached");
        assertEquals(2, controlled.exitCode(), controlled::toString);
        assertOneLine(controlled, "has a controller, which holds your reconcile logic; delete it first with "
                + "'opctl delete controller --kind Memcached");

        ok(project, "delete", "controller", "--kind", "Memcached");
        Map<String, String> withoutController = TestFiles.contents(project);
        OpctlRun extended = run("delete", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached");
        assertEquals(3, extended.exitCode(), extended::toString);
        assertOneLine(extended, "api/cache/v1beta1/MemcachedSpec.java, ");
        assertTrue(extended.err().contains("delete the versions that extend it first (v1beta1)"), extended.err());
        assertEquals(withoutController, TestFiles.contents(project));
        assertFalse(before.equals(withoutController));
    }

    @Test
    void anEditedFileIsAConflictUnlessForced() throws IOException {
        ok(project, MEMCACHED);
        ok(project, "delete", "controller", "--kind", "Memcached");
        Path spec = project.resolve(API + "MemcachedSpec.java");
        Files.writeString(spec, Files.readString(spec).replace("private Integer size;", "private Integer replicas;"));
        Map<String, String> edited = TestFiles.contents(project);

        OpctlRun conflict = run("delete", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached");
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertOneLine(conflict, API + "MemcachedSpec.java was edited since opctl wrote it");
        assertFalse(conflict.err().contains("Memcached.java,"), "only the edited file is named");
        assertEquals(edited, TestFiles.contents(project), "a conflict changes nothing");

        OpctlRun forced = run("delete", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertFalse(Files.exists(spec));
        assertSameTree(reference());
    }

    @Test
    void anEditedReconcilerIsAConflictToo() throws IOException {
        ok(project, SERVICE);
        Path reconciler = project.resolve(PKG + "controller/ServiceReconciler.java");
        Files.writeString(reconciler, Files.readString(reconciler).replace("TODO(user)", "DONE"));
        Map<String, String> edited = TestFiles.contents(project);
        OpctlRun conflict = run("delete", "controller", "--kind", "Service");
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertOneLine(conflict, PKG + "controller/ServiceReconciler.java was edited");
        assertEquals(edited, TestFiles.contents(project));
        ok(project, "delete", "controller", "--kind", "Service", "--force");
        assertSameTree(reference());
    }

    @Test
    void anUnknownKindListsWhatTheProjectHasAndTheSecondRunHasNothingToDelete() throws IOException {
        ok(project, POLICY);
        Map<String, String> before = TestFiles.contents(project);
        OpctlRun unknown = run("delete", "api", "--group", "cache", "--version", "v1", "--kind", "Memcached");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertOneLine(unknown, "nothing to delete: the project has no kind Memcached in cache.example.com/v1; it has "
                + "Policy (policy.example.com/v1)");
        OpctlRun noController = run("delete", "controller", "--kind", "Memcached");
        assertEquals(2, noController.exitCode(), noController::toString);
        assertOneLine(noController, "it has controllers of Policy (policy.example.com/v1)");
        assertEquals(before, TestFiles.contents(project));

        ok(project, "delete", "controller", "--kind", "Policy");
        ok(project, "delete", "api", "--group", "policy", "--version", "v1", "--kind", "Policy");
        Map<String, String> deleted = TestFiles.contents(project);
        OpctlRun again = run("delete", "api", "--group", "policy", "--version", "v1", "--kind", "Policy");
        assertEquals(2, again.exitCode(), again::toString);
        assertOneLine(again, "nothing to delete: the project has no kind Policy in policy.example.com/v1; it has no "
                + "kinds");
        OpctlRun againController = run("delete", "controller", "--kind", "Policy");
        assertEquals(2, againController.exitCode());
        assertOneLine(againController, "nothing to delete: the project has no controller of Policy; it has no "
                + "controllers");
        assertEquals(deleted, TestFiles.contents(project), "the second run changes nothing");
    }

    @Test
    void versionAndAllVersionsExcludeEachOther() {
        for (String[] args : List.of(
                new String[] {"delete", "api", "--group", "cache", "--kind", "Foo"},
                new String[] {"delete", "api", "--group", "cache", "--kind", "Foo", "--version", "v1",
                    "--all-versions"},
                new String[] {"delete"})) {
            OpctlRun run = run(args);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("opctl: error: "), run::toString);
        }
    }

    @Test
    void generateRefusesAnInconsistentProjectBothWays() throws IOException {
        ok(project, POLICY);
        ok(project, SERVICE);
        String kindClass = PKG + "api/policy/v1/Policy.java";
        String reconciler = PKG + "controller/ServiceReconciler.java";
        String crdLine = "crd/policies.policy.example.com.yaml";
        BiFunction<Path, String[], OpctlRun> picocli = OpctlRun::run;
        BiFunction<Path, String[], OpctlRun> jar = OpctlRun::main;

        // The kind's class is gone, PROJECT still names it.
        Files.delete(project.resolve(kindClass));
        assertInconsistent(List.of(picocli, jar), "PROJECT names kind Policy (policy.example.com/v1) but "
                + kindClass + " is missing: restore it, or remove the kind with 'opctl delete api --group "
                + "policy.example.com --version v1 --kind Policy'");
        ok(project, "delete", "controller", "--kind", "Policy");
        ok(project, "delete", "api", "--group", "policy", "--version", "v1", "--kind", "Policy");
        ok(project, "generate", "--check");

        // The reconciler is gone, PROJECT still names the controller.
        Files.delete(project.resolve(reconciler));
        assertInconsistent(List.of(picocli, jar), "PROJECT names a controller of Service (v1) but " + reconciler
                + " is missing: restore it, or remove the controller with 'opctl delete controller --kind Service "
                + "--group core --version v1'");
        ok(project, "delete", "controller", "--kind", "Service");
        ok(project, "generate", "--check");

        // The kustomization lists a CRD nothing makes any more.
        Path kustomization = project.resolve("config/kustomization.yaml");
        Files.writeString(kustomization, Files.readString(kustomization).replace("# +opctl:scaffold:resources",
                "- " + crdLine + "\n# +opctl:scaffold:resources"));
        assertInconsistent(List.of(picocli, jar), "config/kustomization.yaml lists " + crdLine + ", which is missing: "
                + "add its kind again with 'opctl add api', or remove the line");
        Files.delete(project.resolve("config/rbac/role_binding.yaml"));
        assertInconsistent(List.of(picocli, jar), "config/kustomization.yaml lists rbac/role_binding.yaml, which is "
                + "missing: restore it, or remove the line; config/kustomization.yaml lists " + crdLine);
    }

    /** {@code generate} and {@code generate --check}, each run both ways, exit 2 with {@code message} and change nothing. */
    private void assertInconsistent(List<BiFunction<Path, String[], OpctlRun>> runners, String message)
            throws IOException {
        Map<String, String> before = TestFiles.contents(project);
        List<String> listing = TestFiles.listing(project);
        for (BiFunction<Path, String[], OpctlRun> runner : runners) {
            for (String[] args : List.of(new String[] {"generate", "--check"}, new String[] {"generate"})) {
                OpctlRun run = runner.apply(project, args);
                assertEquals(2, run.exitCode(), run::toString);
                assertOneLine(run, message);
                assertEquals("", run.out(), run::toString);
                assertEquals(before, TestFiles.contents(project));
                assertEquals(listing, TestFiles.listing(project));
            }
        }
    }

    private static void assertOneLine(OpctlRun run, String expected) {
        assertTrue(run.err().startsWith("opctl: error: ") && run.err().indexOf('\n') == run.err().length() - 1,
                run::toString);
        assertTrue(run.err().contains(expected), () -> "expected: " + expected + "\n" + run);
    }
}
