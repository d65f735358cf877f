package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.TestFiles;
import dev.opctl.engine.ProjectLock;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ProjectFile.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two opctl commands on one project at once never lose an update, and a killed one never blocks. */
class ConcurrencyTest {
    private static final List<String> KINDS = List.of("Alpha", "Bravo", "Charlie", "Delta");

    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void newProject() {
        assertEquals(0, OpctlRun.main(work, "new", "demo-operator", "--domain", "example.com").exitCode());
        project = work.resolve("demo-operator");
    }

    @Test
    void commandsStartedTogetherAllLand() throws Exception {
        List<Subprocess.Running> running = new ArrayList<>();
        for (String kind : KINDS) {
            running.add(Subprocess.start(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "120"), "add", "api", "--group",
                    "cache", "--version", "v1", "--kind", kind, "--controller"));
        }
        for (Subprocess.Running command : running) {
            Subprocess done = command.finish();
            assertEquals(0, done.exitCode(), done::toString);
        }
        assertEquals(KINDS, ProjectFile.read(project).resources().stream().map(Resource::kind).sorted().toList());
        String registry = Files.readString(project.resolve(
                "src/main/java/com/example/demooperator/ReconcilerRegistry.java"));
        String kustomization = Files.readString(project.resolve("config/kustomization.yaml"));
        for (String kind : KINDS) {
            assertTrue(registry.contains("new " + kind + "Reconciler("), registry);
            assertTrue(kustomization.contains("crd/" + kind.toLowerCase() + "s.cache.example.com.yaml"),
                    kustomization);
        }
        OpctlRun check = OpctlRun.main(project, "generate", "--check");
        assertEquals(0, check.exitCode(), check::toString);
        assertFalse(Files.exists(project.resolve(ProjectLock.DIR)), "no trace of the lock is left");
    }

    @Test
    void aCommandThatCannotGetTheLockSaysWhoHoldsItAndChangesNothing() throws Exception {
        Map<String, String> before = TestFiles.tree(project);
        Subprocess refused;
        ProjectLock held = ProjectLock.acquire(project, "opctl add api", notice -> { });
        try {
            refused = Subprocess.run(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "1"), "add", "api", "--group",
                    "cache", "--version", "v1", "--kind", "Alpha");
        } finally {
            held.close();
        }
        assertEquals(3, refused.exitCode(), refused::toString);
        assertEquals("", refused.out());
        String holder = "\\('opctl add api', process " + ProcessHandle.current().pid()
                + ", since [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z\\)";
        assertTrue(refused.err().matches("opctl: waiting for another opctl command in \\Q" + project + "\\E to finish "
                + holder + ", at most 1 s \\.\\.\\.\nopctl: error: another opctl command is running in \\Q" + project
                + "\\E " + holder + "; wait for it to finish, then retry\n"), refused::toString);
        assertEquals(before, TestFiles.tree(project));
    }

    @Test
    void aWaitingCommandRunsOnceTheOtherEnds() throws Exception {
        Subprocess.Running waiting;
        ProjectLock held = ProjectLock.acquire(project, "opctl edit", notice -> { });
        try {
            waiting = Subprocess.start(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "60"), "add", "api", "--group",
                    "cache", "--version", "v1", "--kind", "Alpha");
            Thread.sleep(1500);
            assertTrue(waiting.process().isAlive(), "it waits while the lock is held");
        } finally {
            held.close();
        }
        Subprocess done = waiting.finish();
        assertEquals(0, done.exitCode(), done::toString);
        assertTrue(done.err().startsWith("opctl: waiting for another opctl command in " + project + " to finish "
                + "('opctl edit', process " + ProcessHandle.current().pid() + ", since "), done::toString);
        assertTrue(done.err().contains(", at most 60 s ...\n"), done::toString);
        assertEquals(List.of("Alpha"), ProjectFile.read(project).resources().stream().map(Resource::kind).toList());
    }

    @Test
    void theLockOfAKilledCommandDoesNotBlock() throws Exception {
        // A command killed (here: halted at its first change) leaves its lock file; the system has released the lock.
        Subprocess killed = Subprocess.run(project, Map.of("OPCTL_TEST_HALT_AT", "1"), "add", "api", "--group",
                "cache", "--version", "v1", "--kind", "Alpha");
        assertEquals(137, killed.exitCode(), killed::toString);
        assertTrue(Files.exists(project.resolve(ProjectLock.DIR).resolve("lock")));
        Subprocess next = Subprocess.run(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "0"), "add", "api", "--group",
                "cache", "--version", "v1", "--kind", "Bravo");
        assertEquals(0, next.exitCode(), next::toString);
        assertEquals("opctl: rolled back the interrupted 'opctl add api' (it had changed nothing yet) before running "
                + "this command\n", next.err());
        assertEquals(List.of("Bravo"), ProjectFile.read(project).resources().stream().map(Resource::kind).toList());
        assertFalse(Files.exists(project.resolve(ProjectLock.DIR)));
    }

    @Test
    void aLockWaitThatIsNoNumberIsSaid() throws Exception {
        // It was ignored without a word (trial /tmp/trial29 #16).
        Subprocess run = Subprocess.run(project, Map.of("OPCTL_LOCK_WAIT_SECONDS", "ten"), "generate");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("opctl: error: OPCTL_LOCK_WAIT_SECONDS is not a whole number of seconds from 0 to 9999; fix it, "
                + "or unset it for the default (10 s)\n", run.err());
    }

    @Test
    void aJournalThatNamesAFileOutsideTheProjectIsRefused() throws Exception {
        // A .opctl/ committed by mistake, or planted: recovery never writes or deletes outside the project.
        Path opctl = Files.createDirectories(project.resolve(ProjectLock.DIR).resolve("staged"));
        Files.writeString(opctl.resolve("00000"), "planted\n");
        Files.writeString(work.resolve("victim.txt"), "mine\n");
        // Through a symbolic link out of the project (trial /tmp/trial29 #1), and into its .git (a hook).
        Files.createSymbolicLink(project.resolve("link"), work);
        Files.createDirectories(project.resolve(".git/hooks"));
        String victim = sha256("mine\n");
        for (String entry : List.of("move 00000 - ../escape.txt", "move 00000 - /tmp/opctl-escape.txt",
                "delete " + victim + " ../victim.txt", "move ../../x - PROJECT", "delete " + victim
                + " link/victim.txt", "move 00000 - link/escape.txt", "move 00000 - .git/hooks/pre-commit",
                "move 00000 - link/../.git/config")) {
            Files.writeString(opctl.resolveSibling("journal"), "opctl journal 2\ncommand opctl add api\n" + entry
                    + "\nend\n");
            OpctlRun run = OpctlRun.main(project, "generate");
            assertEquals(3, run.exitCode(), () -> entry + ": " + run);
            assertTrue(run.err().startsWith("opctl: error: ") && run.err().lines().count() == 1, run::toString);
            assertFalse(Files.exists(work.resolve("escape.txt")));
            assertFalse(Files.exists(Path.of("/tmp/opctl-escape.txt")));
            assertEquals("mine\n", Files.readString(work.resolve("victim.txt")));
            assertFalse(Files.exists(project.resolve(".git/hooks/pre-commit")));
        }
        // A staged file that is a symbolic link is none opctl staged.
        Files.delete(opctl.resolve("00000"));
        Files.createSymbolicLink(opctl.resolve("00000"), work.resolve("victim.txt"));
        Files.writeString(opctl.resolveSibling("journal"), "opctl journal 2\ncommand opctl add api\nmove 00000 - "
                + "config/victim.txt\nend\n");
        OpctlRun run = OpctlRun.main(project, "generate");
        assertEquals(3, run.exitCode(), run::toString);
        assertFalse(Files.exists(project.resolve("config/victim.txt"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void checkWritesNothingAndNamesAnInterruptedCommandThatHasStillToWrite() throws Exception {
        // --check completed the journal, writing the files, or said "stale" without naming the cause
        // (trial /tmp/trial30 #14).
        Path opctl = Files.createDirectories(project.resolve(ProjectLock.DIR).resolve("staged"));
        Files.writeString(opctl.resolve("00000"), "theirs\n");
        Files.writeString(opctl.resolveSibling("journal"), "opctl journal 2\ncommand opctl edit --helm\nmove 00000 - "
                + "config/extra.yaml\nend\n");
        for (List<String> check : List.of(List.of("generate", "--check"), List.of("generate", "rbac", "--check"),
                List.of("generate", "crds", "--check"))) {
            OpctlRun run = OpctlRun.main(project, check.toArray(String[]::new));
            assertEquals(3, run.exitCode(), run::toString);
            assertEquals("opctl: error: the interrupted 'opctl edit --helm' has not finished writing " + project
                    + "; run this command without --check, which completes that first, then check again\n", run.err());
            assertEquals("", run.out());
            assertFalse(Files.exists(project.resolve("config/extra.yaml")));
            assertTrue(Files.exists(opctl.resolve("00000")));
        }
        OpctlRun completed = OpctlRun.main(project, "generate");
        assertEquals(0, completed.exitCode(), completed::toString);
        assertEquals("theirs\n", Files.readString(project.resolve("config/extra.yaml")));
        assertEquals(0, OpctlRun.main(project, "generate", "--check").exitCode());
    }

    @Test
    void anInterruptedCommandIsNotCompletedOverAFileEditedSince() throws Exception {
        // Killed after its commit; the user edits a file it has still to write (trial /tmp/trial29 #2).
        Path opctl = Files.createDirectories(project.resolve(ProjectLock.DIR).resolve("staged"));
        Files.writeString(opctl.resolve("00000"), "theirs\n");
        Path file = project.resolve("config/extra.yaml");
        Files.writeString(file, "mine, edited since\n");
        Files.writeString(opctl.resolveSibling("journal"), "opctl journal 2\ncommand opctl add api\nmove 00000 "
                + sha256("as the command found it\n") + " config/extra.yaml\nend\n");
        OpctlRun refused = OpctlRun.main(project, "generate");
        assertEquals(3, refused.exitCode(), refused::toString);
        assertEquals("opctl: error: the interrupted 'opctl add api' cannot be completed: config/extra.yaml changed "
                + "since it was interrupted, and completing it would lose that; put it back as it was (git checkout, "
                + "or delete a new file) and rerun, or delete " + project.resolve(ProjectLock.DIR) + " to leave the "
                + "project as it is\n", refused.err());
        assertEquals("mine, edited since\n", Files.readString(file));
        // As the command found it: completed.
        Files.writeString(file, "as the command found it\n");
        OpctlRun completed = OpctlRun.main(project, "generate");
        assertEquals(0, completed.exitCode(), completed::toString);
        assertEquals("theirs\n", Files.readString(file));
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
