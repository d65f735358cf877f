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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opctl delete webhook}, run as the jar runs it. As for the other deletes, "the project where
 * the webhooks were never added" is made by the same commands without them, and the two trees are
 * compared byte for byte, directories included.
 */
class DeleteWebhookCommandTest {
    private static final String PKG = "src/main/java/com/example/demooperator/";
    private static final String WEBHOOKS = PKG + "webhook/cache/v1beta1/";
    private static final String[] NEW = {"new", "demo-operator", "--domain", "example.com"};
    private static final String[] HELM = {"edit", "--helm"};
    private static final String[] V1ALPHA1 = {"add", "api", "--group", "cache", "--version", "v1alpha1", "--kind",
        "Memcached", "--controller"};
    private static final String[] V1BETA1 = {"add", "api", "--group", "cache", "--version", "v1beta1", "--kind",
        "Memcached", "--storage"};

    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void newProject() {
        ok(work, NEW);
        project = work.resolve("demo-operator");
        ok(project, HELM);
        ok(project, V1ALPHA1);
        ok(project, V1BETA1);
    }

    private OpctlRun run(String... args) {
        return OpctlRun.main(project, args);
    }

    private static void ok(Path dir, String... args) {
        OpctlRun run = OpctlRun.main(dir, args);
        assertEquals(0, run.exitCode(), () -> String.join(" ", args) + "\n" + run);
    }

    /** The project made by the same commands as this one's, then {@code commands}, in a directory of its own. */
    private Path reference(String[]... commands) throws IOException {
        Path reference = Files.createDirectories(work.resolve("reference")).resolve("demo-operator");
        ok(reference.getParent(), NEW);
        for (String[] command : Stream.concat(Stream.of(HELM, V1ALPHA1, V1BETA1), Stream.of(commands)).toList()) {
            ok(reference, command);
        }
        return reference;
    }

    private void assertSameTree(Path reference) throws IOException {
        assertEquals(TestFiles.contents(reference), TestFiles.contents(project));
        assertEquals(TestFiles.listing(reference), TestFiles.listing(project), "no directory is left behind");
    }

    @Test
    void deletingWebhooksOneByOneGivesTheProjectWhereTheyNeverWereAndItCompiles() throws IOException {
        String[] pod = {"add", "webhook", "--group", "core", "--kind", "Pod", "--validation"};
        ok(project, pod);
        ok(project, "add", "webhook", "--kind", "Memcached", "--defaulting", "--validation", "--conversion");

        OpctlRun conversion = run("delete", "webhook", "--kind", "Memcached", "--conversion");
        assertEquals(0, conversion.exitCode(), conversion::toString);
        assertEquals("Deleted the conversion webhook of Memcached (cache.example.com/v1beta1): 2 files deleted, "
                + "7 written, 31 unchanged.\n"
                + "  deleted " + PKG + "webhook/cache/v1alpha1/MemcachedConverter.java\n"
                + "  deleted src/test/java/com/example/demooperator/webhook/cache/v1alpha1/MemcachedConverterTest.java\n"
                + "Memcached's versions (v1alpha1, v1beta1) are served without conversion now: the API server changes "
                + "only an object's apiVersion, so give them the same schema, or objects lose the fields one lacks.\n"
                + "Next: run 'mvn verify'.\n", conversion.out());
        assertEquals("", conversion.err());
        ok(project, "delete", "webhook", "--kind", "Memcached", "--validation", "--defaulting");
        // The Pod's validator is left: the server stays, and the project compiles without warnings.
        assertTrue(Files.exists(project.resolve(PKG + "WebhookServer.java")));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        Javac.assertCompilesWithoutWarnings(sources, work.resolve("classes"));
        assertEquals(0, run("generate", "--check").exitCode(), "delete leaves the tool-owned files up to date");
        assertSameTree(reference(pod));

        // The last webhook takes the server with it, and the built-in kind leaves PROJECT.
        OpctlRun last = run("delete", "webhook", "--group", "core", "--kind", "Pod", "--validation");
        assertEquals(0, last.exitCode(), last::toString);
        assertTrue(last.out().contains("  deleted " + PKG + "WebhookServer.java\n"), last.out());
        assertTrue(last.out().contains("The project has no webhooks left, so the webhook server went too"),
                last.out());
        Path reference = work.resolve("reference");
        TestFiles.deleteTree(reference);
        assertSameTree(reference());
        assertEquals(0, run("generate", "--check").exitCode());
    }

    @Test
    void webhookConfigurationsOfTheUsersOwnAreLeftWithALine() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation", "--conversion");
        // Without opctl's header the file is the user's: opctl neither rewrites nor deletes it.
        Path manifests = project.resolve("config/webhook/manifests.yaml");
        String theirs = Files.readString(manifests).lines().skip(1).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(manifests, theirs);
        OpctlRun run = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(theirs, Files.readString(manifests));
        assertFalse(Files.readString(project.resolve("config/kustomization.yaml")).contains("webhook/manifests.yaml"));
        // It was un-listed without a word (trial /tmp/trial30 #15).
        assertTrue(run.out().contains("\nconfig/webhook/manifests.yaml is yours (it has no opctl header), so it "
                + "stays, but config/kustomization.yaml no longer lists it, as the project has no admission webhook "
                + "left; delete it, or list it again if you still deploy it.\n"), run.out());
    }

    @Test
    void deletingOneOfAKindsWebhooksLeavesTheOthersAsIfItWasNeverAdded() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--defaulting");
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        ok(project, "delete", "webhook", "--kind", "Memcached", "--defaulting");
        assertSameTree(reference(new String[] {"add", "webhook", "--kind", "Memcached", "--validation"}));
    }

    @Test
    void anEditedWebhookIsAConflictUnlessForced() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        Path validator = project.resolve(WEBHOOKS + "MemcachedValidator.java");
        Files.writeString(validator, Files.readString(validator).replace("return List.of();",
                "return List.of(\"careful\");"));
        Map<String, String> edited = TestFiles.contents(project);
        OpctlRun conflict = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertOneLine(conflict, WEBHOOKS + "MemcachedValidator.java was edited since opctl wrote it");
        assertEquals(edited, TestFiles.contents(project), "a conflict changes nothing");
        ok(project, "delete", "webhook", "--kind", "Memcached", "--validation", "--force");
        assertSameTree(reference());
    }

    @Test
    void aServerStartTheUserChangedIsAConflictAndLeftToTheUser() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        Path main = project.resolve(PKG + "OperatorMain.java");
        String wired = Files.readString(main);
        Files.writeString(main, wired.replace("            client.close();\n            return Optional.of(e.getMessage",
                "            client.close();\n            // logged above\n            return Optional.of(e.getMessage"));
        Map<String, String> edited = TestFiles.contents(project);
        OpctlRun conflict = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertOneLine(conflict, PKG + "OperatorMain.java has the webhook server, changed from what opctl wrote, or "
                + "uses it elsewhere ('WebhookServer webhooks;'), so opctl cannot remove it: remove the lines with "
                + "'WebhookServer' yourself, then rerun");
        assertEquals(edited, TestFiles.contents(project), "a conflict changes nothing");
    }

    @Test
    void aLineOfTheUsersThatUsesTheServerKeepsIt() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        Path main = project.resolve(PKG + "OperatorMain.java");
        String wired = Files.readString(main);
        // The blocks are as opctl wrote them; a line of the user's below uses the server's variable. Deleting the
        // server left it, uncompilable (trial /tmp/trial30 #2).
        String used = wired.replaceFirst("(?m)^( *)// \\+opctl:scaffold:stop-servers\n", "$0$1// webhooks are served\n"
                + "$1System.out.println(\"stopped \" + webhooks);\n");
        assertTrue(used.contains("System.out.println(\"stopped \" + webhooks);"), used);
        Files.writeString(main, used);
        Map<String, String> edited = TestFiles.contents(project);
        OpctlRun conflict = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertOneLine(conflict, PKG + "OperatorMain.java has the webhook server's stop, changed from what opctl "
                + "wrote, or uses it elsewhere ('System.out.println(\"stopped \" + webhooks);'), so opctl cannot "
                + "remove it: remove the lines with 'webhooks' yourself, then rerun");
        assertEquals(edited, TestFiles.contents(project), "a conflict changes nothing");
        // A comment that names it is no use of it.
        Files.writeString(main, used.replace("System.out.println(\"stopped \" + webhooks);\n", ""));
        ok(project, "delete", "webhook", "--kind", "Memcached", "--validation");
        assertTrue(Files.readString(main).contains("// webhooks are served"));
    }

    @Test
    void anEndToEndServingTheUserChangedIsAConflictToo() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        Path account = project.resolve("src/test/java/com/example/demooperator/OperatorServiceAccount.java");
        Files.writeString(account, Files.readString(account).replace("LocalWebhooks.serve(admin, extension"
                + ".getKubernetesClient());", "LocalWebhooks.serve(admin, extension.getKubernetesClient()); // mine"));
        Map<String, String> edited = TestFiles.contents(project);
        OpctlRun conflict = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertOneLine(conflict, "OperatorServiceAccount.java has the webhooks' serving, changed from what opctl "
                + "wrote, or uses it elsewhere ('LocalWebhooks.serve(admin, extension.getKubernetesClient()); // mine'), "
                + "so opctl cannot remove it: remove the lines with 'LocalWebhooks' yourself, then rerun");
        assertEquals(edited, TestFiles.contents(project), "a conflict changes nothing");
    }

    @Test
    void aWebhookClassOfTheUsersOwnKeepsTheServer() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        Path own = project.resolve(PKG + "webhook/SizeValidator.java");
        Files.writeString(own, Files.readString(project.resolve(WEBHOOKS + "MemcachedValidator.java"))
                .replace("package com.example.demooperator.webhook.cache.v1beta1;",
                        "package com.example.demooperator.webhook;")
                .replace("MemcachedValidator", "SizeValidator").replace("/validate-cache-example-com-v1beta1-memcached",
                        "/validate-size").replace("name=vmemcached-v1beta1.cache.example.com",
                        "name=vsize.cache.example.com"));
        assertEquals(0, run("generate").exitCode());
        Map<String, String> before = TestFiles.contents(project);
        OpctlRun refused = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, refused.exitCode(), refused::toString);
        assertOneLine(refused, "SizeValidator.java:");
        assertTrue(refused.err().contains(": the +opctl:webhook marker of SizeValidator needs the webhook server, which "
                + "goes with the project's last recorded webhook; remove that class or its marker first"), refused::toString);
        assertEquals(before, TestFiles.contents(project));

        // Without a recorded webhook, generate says the marker is not served.
        Files.delete(own);
        ok(project, "delete", "webhook", "--kind", "Memcached", "--validation");
        Files.createDirectories(own.getParent()); // the server's package went with it
        Files.writeString(own, before.get(PKG + "webhook/SizeValidator.java"));
        OpctlRun generate = run("generate");
        assertEquals(0, generate.exitCode(), generate::toString);
        assertTrue(generate.err().contains("SizeValidator.java:") && generate.err().contains(": SizeValidator's "
                + "+opctl:webhook marker is not served: the project has no webhook server, which 'opctl add webhook' "
                + "adds with the first webhook of a kind"), generate::toString);
    }

    @Test
    void sourcesThatUseAWebhookAreRefused() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--validation");
        Path user = project.resolve(PKG + "Checks.java");
        Files.writeString(user, "package com.example.demooperator;\n\n"
                + "import com.example.demooperator.webhook.cache.v1beta1.MemcachedValidator;\n\n"
                + "final class Checks {\n    MemcachedValidator validator;\n}\n");
        Map<String, String> before = TestFiles.contents(project);
        OpctlRun used = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, used.exitCode(), used::toString);
        assertOneLine(used, PKG + "Checks.java uses the classes of the webhooks (MemcachedValidator) or of the webhook "
                + "server that goes with the last of them, so the project would not compile without them; change them "
                + "first");
        assertEquals(before, TestFiles.contents(project));

        // A helper of the user's that uses the server's classes, not the webhook's (trial /tmp/trial30 #2).
        Files.writeString(user, "package com.example.demooperator;\n\n"
                + "import com.example.demooperator.webhook.AdmissionDeniedException;\n\n"
                + "final class Checks {\n    static void requireName(String name) {\n        if (name == null) {\n"
                + "            throw new AdmissionDeniedException(\"a name is required\");\n        }\n    }\n}\n");
        Map<String, String> helper = TestFiles.contents(project);
        OpctlRun server = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(3, server.exitCode(), server::toString);
        assertOneLine(server, PKG + "Checks.java uses the classes of the webhooks (MemcachedValidator) or of the webhook "
                + "server that goes with the last of them, so the project would not compile without them; change them "
                + "first");
        assertEquals(helper, TestFiles.contents(project));
    }

    @Test
    void aWebhookClassDeletedByHandIsAnInconsistencyThatDeleteWebhookMends() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--defaulting", "--validation");
        Files.delete(project.resolve(WEBHOOKS + "MemcachedValidator.java"));
        Files.delete(project.resolve("src/test/java/com/example/demooperator/webhook/cache/v1beta1/"
                + "MemcachedValidatorTest.java"));
        OpctlRun generate = run("generate");
        assertEquals(2, generate.exitCode(), generate::toString);
        assertOneLine(generate, "PROJECT records webhooks of Memcached (cache.example.com/v1beta1) but " + WEBHOOKS
                + "MemcachedValidator.java is missing: restore it, or remove its webhook with 'opctl delete webhook "
                + "--kind Memcached --group cache.example.com --version v1beta1' and --defaulting, --validation or "
                + "--conversion");
        ok(project, "delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(0, run("generate", "--check").exitCode());
        assertSameTree(reference(new String[] {"add", "webhook", "--kind", "Memcached", "--defaulting"}));
    }

    @Test
    void versionsOfDifferentSchemasWithoutConversionAreWarnedOf() throws IOException {
        // v1beta1's Spec extends v1alpha1's: the same schema, so no conversion is needed.
        OpctlRun same = run("generate");
        assertEquals(0, same.exitCode(), same::toString);
        assertEquals("", same.err());
        Path spec = project.resolve(PKG + "api/cache/v1beta1/MemcachedSpec.java");
        Files.writeString(spec, Files.readString(spec).replaceFirst("\\{\n", "{\n    private String tier;\n\n"
                + "    public String getTier() {\n        return tier;\n    }\n\n"));
        OpctlRun differ = run("generate");
        assertEquals(0, differ.exitCode(), differ::toString);
        assertEquals("opctl: warning: config/crd/memcacheds.cache.example.com.yaml: Memcached v1alpha1 and v1beta1 "
                + "have different schemas and no conversion webhook: the API server converts between them by changing "
                + "apiVersion alone, and drops what one lacks; give them the same fields, or add one with 'opctl add "
                + "webhook --kind Memcached --conversion'\n", differ.err());
        ok(project, "add", "webhook", "--kind", "Memcached", "--conversion");
        OpctlRun converted = run("generate");
        assertEquals(0, converted.exitCode(), converted::toString);
        assertEquals("", converted.err());
    }

    @Test
    void whatIsNotThereIsNamedWithWhatIs() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--version", "v1alpha1", "--defaulting");
        ok(project, "add", "webhook", "--kind", "Memcached", "--version", "v1beta1", "--defaulting");
        Map<String, String> before = TestFiles.contents(project);

        OpctlRun none = run("delete", "webhook", "--kind", "Memcached", "--validation");
        assertEquals(2, none.exitCode(), none::toString);
        assertOneLine(none, "nothing to delete: the project has no validation webhook of Memcached; it has webhooks "
                + "of Memcached (cache.example.com/v1alpha1): defaulting; Memcached (cache.example.com/v1beta1): "
                + "defaulting");
        OpctlRun unnamed = run("delete", "webhook", "--kind", "Memcached");
        assertEquals(2, unnamed.exitCode(), unnamed::toString);
        assertOneLine(unnamed, "name the webhooks to delete: --defaulting, --validation, --conversion, or several "
                + "(see 'opctl delete webhook --help')");
        OpctlRun notThere = run("delete", "webhook", "--kind", "Memcached", "--version", "v1beta1", "--defaulting",
                "--validation");
        assertEquals(2, notThere.exitCode(), notThere::toString);
        assertOneLine(notThere, "Memcached (cache.example.com/v1beta1) has no validation webhook (it has defaulting); "
                + "name only the webhooks it has");
        OpctlRun several = run("delete", "webhook", "--kind", "Memcached", "--defaulting");
        assertEquals(2, several.exitCode(), several::toString);
        assertOneLine(several, "Memcached has such webhooks in cache.example.com/v1alpha1, cache.example.com/v1beta1; "
                + "choose one with --version");
        assertEquals(before, TestFiles.contents(project));

        ok(project, "delete", "webhook", "--kind", "Memcached", "--version", "v1alpha1", "--defaulting");
        OpctlRun again = run("delete", "webhook", "--kind", "Memcached", "--version", "v1alpha1", "--defaulting");
        assertEquals(2, again.exitCode(), again::toString);
        assertFalse(Files.exists(project.resolve(PKG + "webhook/cache/v1alpha1/MemcachedDefaulter.java")));
    }

    @Test
    void webhooksThatNoOneVersionHasAreToldToGoOneVersionAtATime() throws IOException {
        ok(project, "add", "webhook", "--kind", "Memcached", "--version", "v1alpha1", "--defaulting");
        ok(project, "add", "webhook", "--kind", "Memcached", "--version", "v1beta1", "--validation");
        Map<String, String> before = TestFiles.contents(project);
        // "choose one with --version" where no version has both (trial /tmp/trial30 #11).
        OpctlRun both = run("delete", "webhook", "--kind", "Memcached", "--defaulting", "--validation");
        assertEquals(2, both.exitCode(), both::toString);
        assertOneLine(both, "no version of Memcached has all of the defaulting and validation webhooks "
                + "(cache.example.com/v1alpha1: defaulting; cache.example.com/v1beta1: validation); delete them one "
                + "version at a time, with --version and the webhooks that version has");
        assertEquals(before, TestFiles.contents(project));
        ok(project, "delete", "webhook", "--kind", "Memcached", "--version", "v1alpha1", "--defaulting");
        ok(project, "delete", "webhook", "--kind", "Memcached", "--version", "v1beta1", "--validation");
    }

    private static void assertOneLine(OpctlRun run, String expected) {
        assertTrue(run.err().startsWith("opctl: error: ") && run.err().indexOf('\n') == run.err().length() - 1,
                run::toString);
        assertTrue(run.err().contains(expected), () -> "expected: " + expected + "\n" + run);
    }
}
