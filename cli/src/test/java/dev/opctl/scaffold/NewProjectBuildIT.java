package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.project.MavenClasspath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a project exactly as 'opctl new' creates it, with the Maven that runs this build: the
 * generated project must compile, pass its own tests and package a runnable jar at once.
 */
class NewProjectBuildIT {
    @Test
    void aNewProjectBuildsPassesItsTestsAndRunsItsControllers(@TempDir Path work) throws Exception {
        GeneratedSamplesTest.opctl(work, "new", "demo-operator", "--domain", "example.com");
        Path project = work.resolve("demo-operator");

        List<String> mvn = new ArrayList<>(List.of(mavenExecutable(), "-B", "verify"));
        if (System.getProperty("opctl.it.maven", "").equals("offline=true")) {
            mvn.add("-o");
        }
        String repo = System.getProperty("maven.repo.local", "");
        if (!repo.isBlank()) {
            mvn.add("-Dmaven.repo.local=" + repo);
        }
        Result build = run(project, 15, mvn);
        assertEquals(0, build.exitCode(), () -> "mvn verify failed in the generated project:\n" + build.tail(60));
        assertTrue(build.output().contains("Tests run: 18, Failures: 0, Errors: 0, Skipped: 6"), build::tail);
        assertTrue(!build.output().contains("[WARNING] /"), () -> "compiler warnings:\n" + build.tail(60));

        // The class path 'generate crds' reads types from, resolved by this Maven: the compile scope's
        // jars, which javac compiles src/main/java against, not the test or runtime scope's.
        List<String> classpath = MavenClasspath.resolve(project, notice -> { }, null).stream()
                .map(entry -> entry.getFileName().toString()).toList();
        assertTrue(classpath.stream().anyMatch(name -> name.startsWith("operator-framework-core-")), classpath::toString);
        assertTrue(classpath.stream().noneMatch(name -> name.startsWith("junit-") || name.startsWith("mockito-")
                || name.startsWith("logback-")), classpath::toString);

        Path jar = project.resolve("target/demo-operator.jar");
        assertTrue(Files.isRegularFile(jar), "runnable jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result operator = run(project, 1, List.of(java, "-jar", jar.toString()));
        assertEquals(1, operator.exitCode(), operator::tail);
        assertTrue(operator.output().contains("No controller is registered yet: register a Reconciler in createOperator"),
                operator::tail);

        // As a user would: write a reconciler and register it where the TODO says. The start-up
        // test, skipped so far, must now start the operator on the mock API server and pass.
        Path pkg = project.resolve("src/main/java/com/example/demooperator");
        Files.writeString(pkg.resolve("ConfigMapReconciler.java"), """
                package com.example.demooperator;

                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                @ControllerConfiguration
                public class ConfigMapReconciler implements Reconciler<ConfigMap> {
                    @Override
                    public UpdateControl<ConfigMap> reconcile(ConfigMap resource, Context<ConfigMap> context) {
                        return UpdateControl.noUpdate();
                    }
                }
                """);
        Path main = pkg.resolve("OperatorMain.java");
        String todo = "        // TODO(user): register reconcilers you write by hand here, e.g. "
                + "operator.register(new MyReconciler());\n";
        String source = Files.readString(main);
        assertTrue(source.contains(todo), "OperatorMain shows where to register reconcilers");
        Files.writeString(main, source.replace(todo, "        operator.register(new ConfigMapReconciler());\n"));
        // A custom resource type with fabric8's validation annotations compiles in the project, and
        // 'opctl generate' writes its CRD.
        Path api = Files.createDirectories(pkg.resolve("api"));
        Files.writeString(api.resolve("Widget.java"), """
                package com.example.demooperator.api;

                import io.fabric8.generator.annotation.Max;
                import io.fabric8.generator.annotation.Min;
                import io.fabric8.generator.annotation.Required;
                import io.fabric8.kubernetes.api.model.Namespaced;
                import io.fabric8.kubernetes.client.CustomResource;
                import io.fabric8.kubernetes.model.annotation.Group;
                import io.fabric8.kubernetes.model.annotation.Version;

                @Group("demo.example.com")
                @Version("v1alpha1")
                public class Widget extends CustomResource<Widget.Spec, Void> implements Namespaced {
                    public static class Spec {
                        @Required
                        @Min(1)
                        @Max(10)
                        public Integer size;
                    }
                }
                """);
        GeneratedSamplesTest.opctl(project, "generate");
        assertTrue(Files.readString(project.resolve("config/crd/widgets.demo.example.com.yaml")).contains("maximum: 10"));

        Result withController = run(project, 15, mvn);
        assertEquals(0, withController.exitCode(), () -> withController.tail(60));
        assertTrue(withController.output().contains("Tests run: 18, Failures: 0, Errors: 0, Skipped: 1"),
                withController::tail);
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home", "");
        if (!home.isBlank() && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private record Result(int exitCode, String output) {
        String tail(int lines) {
            List<String> all = output.lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }

        String tail() {
            return tail(30);
        }
    }

    private static Result run(Path dir, int timeoutMinutes, List<String> command) throws IOException,
            InterruptedException {
        File log = Files.createTempFile("opctl-it", ".log").toFile();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutMinutes + " min");
        }
        String output = Files.readString(log.toPath());
        Files.delete(log.toPath());
        return new Result(process.exitValue(), output);
    }
}
