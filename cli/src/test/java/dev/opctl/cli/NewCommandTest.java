package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.project.ProjectFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewCommandTest {
    @TempDir
    Path work;

    @Test
    void createsTheProjectInADirectoryNamedAfterIt() throws IOException {
        OpctlRun run = OpctlRun.run(work, "new", "demo-operator", "--domain", "example.com");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Created operator project demo-operator in demo-operator (21 files written"),
                run.out());
        Path project = work.resolve("demo-operator");
        ProjectFile file = ProjectFile.read(project);
        assertEquals("com.example.demooperator", file.javaPackage());
        assertEquals("com.example", file.groupId());
        assertEquals("demo-operator", file.artifactId());
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/com/example/demooperator/OperatorMain.java")));
    }

    @Test
    void takesPackageMavenCoordinatesAndDirectory() throws IOException {
        OpctlRun run = OpctlRun.run(work, "new", "cache-operator", "--domain", "acme.io", "--package", "io.acme.cache",
                "--group-id", "io.acme.ops", "--artifact-id", "cache", "--project-version", "2.0.0", "--dir", "out/x");
        assertEquals(0, run.exitCode(), run::toString);
        Path project = work.resolve("out/x");
        assertEquals(new ProjectFile(ProjectFile.CURRENT_LAYOUT, ProjectFile.read(project).opctlVersion(),
                "cache-operator", "acme.io", "io.acme.cache", "io.acme.ops", "cache"), ProjectFile.read(project));
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<groupId>io.acme.ops</groupId>\n  <artifactId>cache</artifactId>\n"
                + "  <version>2.0.0</version>"), pom);
        assertTrue(pom.contains("<operator.main.class>io.acme.cache.OperatorMain</operator.main.class>"), pom);
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/io/acme/cache/ReconcilerRegistry.java")));
        assertTrue(Files.readString(project.resolve("Dockerfile")).contains("/workspace/target/cache.jar"));
        assertTrue(Files.readString(project.resolve("config/manager/manager.yaml"))
                .contains("namespace: cache-operator-system"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "new|Demo-Operator|--domain|example.com"
                + "|opctl: error: invalid project name 'Demo-Operator': use at most 63 lower-case letters",
        "new|demo|--domain|Example.com|opctl: error: invalid domain 'Example.com': use a DNS subdomain",
        "new|demo|--package|com.example.class|opctl: error: invalid package 'com.example.class': use dot-separated",
        "new|demo|--group-id|com example|opctl: error: invalid groupId 'com example'",
        "new|demo|--frobnicate|x|opctl: error: Unknown options: '--frobnicate', 'x' (see 'opctl new --help')",
        "new|demo|--domain||opctl: error: Missing required parameter for option '--domain'",
    })
    void refusesBadInputWithOneLineAndExit2AndWritesNothing(String command, String name, String option,
            String value, String message) throws IOException {
        OpctlRun run = OpctlRun.run(work, value == null
                ? new String[] {command, name, option}
                : new String[] {command, name, option, value});
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(message), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertEquals(List.of(), listing(work));
    }

    @Test
    void refusesAMissingName() {
        OpctlRun run = OpctlRun.run(work, "new");
        assertEquals(2, run.exitCode());
        assertEquals("opctl: error: Missing required parameter: 'NAME' (see 'opctl new --help')\n", run.err());
    }

    @Test
    void refusesANonEmptyDirectoryWithExit3AndWritesNothing() throws IOException {
        Files.createDirectories(work.resolve("demo"));
        Files.writeString(work.resolve("demo/notes.txt"), "mine\n");
        OpctlRun run = OpctlRun.run(work, "new", "demo");
        assertEquals(3, run.exitCode(), run::toString);
        assertEquals("opctl: error: directory " + work.resolve("demo") + " already exists and is not empty; "
                + "choose another --dir, or rerun with --force to add the project's files to it\n", run.err());
        assertEquals(List.of("demo", "demo/notes.txt"), listing(work));
    }

    @Test
    void forceAddsTheProjectBesideOtherFilesAndOverwritesOnlyItsOwn() throws IOException {
        Path demo = Files.createDirectories(work.resolve("demo"));
        Files.writeString(demo.resolve("notes.txt"), "mine\n");
        Files.writeString(demo.resolve("README.md"), "old readme\n");
        OpctlRun run = OpctlRun.run(work, "new", "demo", "--force");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("mine\n", Files.readString(demo.resolve("notes.txt")));
        assertTrue(Files.readString(demo.resolve("README.md")).startsWith("# demo\n"));
    }

    @Test
    void anEmptyDirectoryNeedsNoForce() throws IOException {
        Files.createDirectories(work.resolve("demo"));
        assertEquals(0, OpctlRun.run(work, "new", "demo").exitCode());
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsAConflict() throws IOException {
        Files.writeString(work.resolve("demo"), "a file\n");
        OpctlRun run = OpctlRun.run(work, "new", "demo", "--force");
        assertEquals(3, run.exitCode(), run::toString);
        assertEquals(List.of("demo"), listing(work));
    }

    @Test
    void runningTwiceWithForceChangesNothing() throws IOException {
        assertEquals(0, OpctlRun.run(work, "new", "demo").exitCode());
        Map<String, String> first = contents(work.resolve("demo"));
        OpctlRun again = OpctlRun.run(work, "new", "demo", "--force");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("(0 files written, 21 unchanged)"), again.out());
        assertEquals(first, contents(work.resolve("demo")));
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndDirectories() throws IOException {
        assertEquals(0, OpctlRun.run(work, "new", "demo", "--dir", "one").exitCode());
        assertEquals(0, OpctlRun.run(work.resolve("one"), "new", "demo", "--dir", "../two").exitCode());
        assertEquals(contents(work.resolve("one")), contents(work.resolve("two")));
    }

    @Test
    void helpListsEveryOptionAndTheExitCodes() {
        OpctlRun run = OpctlRun.run(work, "help", "new");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--domain", "--package", "--group-id", "--artifact-id", "--project-version",
                "--dir", "--force", "--verbose")) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("3   conflict with existing files; nothing was changed"), run.out());
    }

    @Test
    void versionPrintsTheSameLinesWithAndWithoutPicocli() {
        OpctlRun run = OpctlRun.run(work, "--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("opctl "), run.out());
        assertArrayEquals(run.out().lines().toArray(), OpctlCommand.Version.lines());
        assertTrue(Opctl.isVersionOnly(new String[] {"-V"}));
        assertFalse(Opctl.isVersionOnly(new String[] {"new", "--version"}));
    }

    @Test
    void noCommandIsAUsageError() {
        OpctlRun run = OpctlRun.run(work);
        assertEquals(2, run.exitCode());
        assertEquals("opctl: error: Missing required subcommand (see 'opctl --help')\n", run.err());
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
