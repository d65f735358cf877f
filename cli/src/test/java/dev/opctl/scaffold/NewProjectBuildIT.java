package dev.opctl.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aNewProjectBuildsPassesItsTestsAndRuns(@TempDir Path work) throws Exception {
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
        assertTrue(build.output().contains("Tests run: 6, Failures: 0, Errors: 0, Skipped: 1"), build::tail);
        assertTrue(!build.output().contains("[WARNING] /"), () -> "compiler warnings:\n" + build.tail(60));

        Path jar = project.resolve("target/demo-operator.jar");
        assertTrue(Files.isRegularFile(jar), "runnable jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result operator = run(project, 1, List.of(java, "-jar", jar.toString()));
        assertEquals(1, operator.exitCode(), operator::tail);
        assertTrue(operator.output().contains("No controller is registered yet: add one with 'opctl add controller"),
                operator::tail);
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
