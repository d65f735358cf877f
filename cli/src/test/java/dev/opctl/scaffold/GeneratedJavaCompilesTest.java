package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.Javac;
import dev.opctl.Versions;
import dev.opctl.cli.Opctl;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.project.License;
import dev.opctl.project.ProjectFile;
import dev.opctl.scaffold.project.NewProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compiles every generated Java file with javac, all lint warnings as errors, against the Java
 * Operator SDK and fabric8 versions generated projects use: a missing import or an unused one fails
 * here in a second, long before a Maven build would.
 */
class GeneratedJavaCompilesTest {
    @ParameterizedTest
    @CsvSource({
        "demo-operator, example.com, com.example.demooperator, NONE",
        "x, new.io, io.new_.x, APACHE2"
    })
    void generatedJavaCompilesWithoutWarnings(String name, String domain, String pkg, License license,
            @TempDir Path out) throws IOException {
        ProjectFile project = new ProjectFile(ProjectFile.CURRENT_LAYOUT, "0", name, domain, pkg, "g", name, license,
                "Example Corp.");
        FileSet files = NewProject.render(new ProjectModel(project, "1.0", Versions.current()));
        List<Path> sources = new ArrayList<>();
        for (GeneratedFile file : files.files()) {
            if (file.path().endsWith(".java")) {
                Path source = out.resolve("src").resolve(file.path());
                Files.createDirectories(source.getParent());
                Files.writeString(source, file.content());
                sources.add(source);
                assertEquals(List.of(), unusedImports(file.content()), file.path());
            }
        }
        assertEquals(8, sources.size(), "main class, registry, health and metrics servers, three tests and the e2e identity");

        assertCompilesWithoutWarnings(sources, out.resolve("classes"));
    }

    /**
     * A project after {@code add api} (two groups, namespaced and cluster-scoped, two versions of a
     * kind), {@code add controller} and {@code add webhook} (a custom and a built-in kind), as the
     * commands write it: its Java compiles the same way.
     */
    @Test
    void javaOfAddApiAndAddControllerCompilesWithoutWarnings(@TempDir Path out) throws IOException {
        Path project = out.resolve("demo-operator");
        run(out, "new", "demo-operator", "--domain", "example.com", "--license", "apache2");
        run(project, "add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--short-names", "mc", "--categories", "all", "--controller");
        run(project, "add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached");
        run(project, "add", "api", "--group", "policy.other.io", "--version", "v1", "--kind", "Policy",
                "--namespaced=false", "--plural", "policies");
        run(project, "add", "controller", "--kind", "Policy");
        run(project, "add", "controller", "--group", "core", "--version", "v1", "--kind", "Service", "--watch",
                "Pod,ConfigMap");
        run(project, "add", "controller", "--group", "apps", "--kind", "Deployment");
        run(project, "add", "api", "--group", "web", "--version", "v1", "--kind", "WebApp", "--workload",
                "deployment");
        run(project, "add", "api", "--group", "data", "--version", "v1", "--kind", "Cassandra", "--workload",
                "statefulset", "--image", "cassandra:4.1", "--port", "9042");
        run(project, "add", "webhook", "--group", "cache", "--kind", "Memcached", "--defaulting", "--validation");
        run(project, "add", "webhook", "--group", "core", "--version", "v1", "--kind", "Pod", "--defaulting");
        run(project, "add", "webhook", "--group", "cert-manager.io", "--version", "v1", "--kind", "Certificate",
                "--validation");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            assertEquals(List.of(), unusedImports(Files.readString(source)), source.toString());
        }
        assertEquals(60, sources.size(), sources::toString);
        assertCompilesWithoutWarnings(sources, out.resolve("classes"));
    }

    /**
     * Kinds named like a class their controller's files use (fabric8's {@code Service},
     * {@code Deployment} and {@code StatefulSet} with their {@code DeploymentStatus}, JOSDK's
     * {@code Context}, JUnit's {@code Test}, {@code java.lang}'s {@code SuppressWarnings}, the nested
     * {@code HasPorts}): the kind's classes are written fully qualified there, and it compiles.
     */
    @Test
    void javaOfKindsNamedLikeTheClassesTheirControllersUseCompiles(@TempDir Path out) throws IOException {
        Path project = out.resolve("demo-operator");
        run(out, "new", "demo-operator", "--domain", "example.com");
        run(project, "add", "api", "--group", "serving", "--version", "v1", "--kind", "Service", "--workload",
                "deployment");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "StatefulSet", "--workload",
                "statefulset");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Deployment", "--workload",
                "deployment");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "HasPorts", "--workload",
                "deployment");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Context", "--controller");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Test", "--controller");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "SuppressWarnings",
                "--controller");
        // And webhooks: JUnit's Test in the tests, opctl's Validator and Converter interfaces.
        run(project, "add", "webhook", "--group", "clash", "--version", "v1", "--kind", "Test", "--defaulting",
                "--validation");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Validator");
        run(project, "add", "webhook", "--group", "clash", "--version", "v1", "--kind", "Validator", "--validation");
        run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", "Converter");
        run(project, "add", "api", "--group", "clash", "--version", "v2", "--kind", "Converter");
        run(project, "add", "webhook", "--group", "clash", "--kind", "Converter", "--conversion");
        // Kinds named like the webhook scaffolds' own variables and classes (trial /tmp/trial30 #3).
        for (String kind : List.of("Hub", "Json", "Original")) {
            run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", kind);
            run(project, "add", "api", "--group", "clash", "--version", "v2", "--kind", kind);
            run(project, "add", "webhook", "--group", "clash", "--kind", kind, "--conversion");
        }
        for (String kind : List.of("Server", "Review", "Response")) {
            run(project, "add", "api", "--group", "clash", "--version", "v1", "--kind", kind);
            run(project, "add", "webhook", "--group", "clash", "--version", "v1", "--kind", kind, "--defaulting",
                    "--validation");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            assertEquals(List.of(), unusedImports(Files.readString(source)), source.toString());
        }
        assertCompilesWithoutWarnings(sources, out.resolve("classes"));

        Path controller = project.resolve("src/main/java/com/example/demooperator/controller");
        String service = Files.readString(controller.resolve("ServiceService.java"));
        assertTrue(service.contains("import io.fabric8.kubernetes.api.model.Service;\n"), service);
        assertTrue(service.contains("extends CRUDKubernetesDependentResource<Service, "
                + "com.example.demooperator.api.serving.v1.Service> {"), service);
        String deployment = Files.readString(controller.resolve("DeploymentReconciler.java"));
        assertTrue(deployment.contains("com.example.demooperator.api.clash.v1.DeploymentStatus status = "),
                deployment);
        assertTrue(Files.readString(project.resolve("src/test/java/com/example/demooperator/controller")
                .resolve("ServiceReconcilerTest.java"))
                .contains("\n        ServiceSpec spec = new ServiceSpec();\n"), "what does not clash stays simple");
        Path webhooks = project.resolve("src/test/java/com/example/demooperator/webhook/clash/v1");
        String defaulterTest = Files.readString(webhooks.resolve("TestDefaulterTest.java"));
        assertTrue(defaulterTest.contains("import org.junit.jupiter.api.Test;\n"), defaulterTest);
        assertTrue(defaulterTest.contains("com.example.demooperator.api.clash.v1.Test test = "
                + "new com.example.demooperator.api.clash.v1.Test();"), defaulterTest);
        assertTrue(Files.readString(project.resolve("src/main/java/com/example/demooperator/webhook/clash/v1")
                .resolve("TestDefaulter.java")).contains("implements Defaulter<Test> {"), "no clash, simple name");
    }

    private static void run(Path dir, String... args) {
        StringWriter sink = new StringWriter();
        int exit = Opctl.commandLine(dir, new PrintWriter(sink), new PrintWriter(sink)).execute(args);
        assertEquals(0, exit, () -> String.join(" ", args) + "\n" + sink);
    }

    private static void assertCompilesWithoutWarnings(List<Path> sources, Path classes) throws IOException {
        Javac.assertCompilesWithoutWarnings(sources, classes);
    }

    /** Imports whose simple name is not used in the rest of the file (javac does not warn about them). */
    static List<String> unusedImports(String source) {
        List<String> unused = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        String body = IMPORT.matcher(source).replaceAll("");
        while (imports.find()) {
            String name = imports.group(2);
            if (!Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(body).find()) {
                unused.add(imports.group(0).strip());
            }
        }
        return unused;
    }

    private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?[\\w.]*\\.(\\w+);$");

    @Test
    void theUnusedImportCheckFindsOne() {
        assertEquals(List.of("import java.util.List;"),
                unusedImports("import java.util.List;\nimport java.util.Map;\n\nclass A { Map<String, String> m; }\n"));
    }
}
