package dev.opctl.engine;

import static dev.opctl.TestFiles.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWriterTest {
    @TempDir
    Path dir;

    private static FileSet files(GeneratedFile... files) {
        FileSet.Builder builder = FileSet.builder();
        for (GeneratedFile file : files) {
            builder.add(file);
        }
        return builder.build();
    }

    @Test
    void createsFilesAndDirectories() throws IOException {
        Path root = dir.resolve("project");
        ProjectWriter.Result result = ProjectWriter.write(root,
                files(GeneratedFile.user("a/b/c.txt", "c\n"), GeneratedFile.tool("top.txt", "top\n")), false);
        assertEquals(List.of("a/b/c.txt", "top.txt"), result.created());
        assertEquals("c\n", Files.readString(root.resolve("a/b/c.txt")));
        assertEquals("top\n", Files.readString(root.resolve("top.txt")));
        assertEquals(List.of(), leftovers(root));
    }

    @Test
    void writingTheSameFilesAgainChangesNothing() throws IOException {
        FileSet set = files(GeneratedFile.user("a.txt", "a\n"), GeneratedFile.tool("b.txt", "b\n"));
        ProjectWriter.write(dir, set, false);
        ProjectWriter.Result again = ProjectWriter.write(dir, set, false);
        assertFalse(again.changed());
        assertEquals(List.of("a.txt", "b.txt"), again.unchanged());
    }

    @Test
    void deletingObsoleteFilesRemovesTheDirectoriesTheyLeaveEmpty() throws IOException {
        Files.createDirectories(dir.resolve("config/rbac/namespaced"));
        Files.writeString(dir.resolve("config/rbac/namespaced/role_bindings.yaml"), "old\n");
        Files.writeString(dir.resolve("config/rbac/role.yaml"), "role\n");
        ProjectWriter.Result result = ProjectWriter.write(dir, files(GeneratedFile.tool("config/rbac/role.yaml",
                "role\n")), false, List.of("config/rbac/namespaced/role_bindings.yaml"));
        assertEquals(List.of("config/rbac/namespaced/role_bindings.yaml"), result.deleted());
        assertFalse(Files.exists(dir.resolve("config/rbac/namespaced")));
        assertTrue(Files.isRegularFile(dir.resolve("config/rbac/role.yaml")), "a directory with files stays");
    }

    @Test
    void rewritesToolOwnedFiles() throws IOException {
        Files.writeString(dir.resolve("role.yaml"), "old\n");
        ProjectWriter.Result result = ProjectWriter.write(dir, files(GeneratedFile.tool("role.yaml", "new\n")), false);
        assertEquals(List.of("role.yaml"), result.updated());
        assertEquals("new\n", Files.readString(dir.resolve("role.yaml")));
    }

    @Test
    void aRewrittenFileKeepsItsMode() throws IOException {
        Files.writeString(dir.resolve("role.yaml"), "old\n");
        Files.setPosixFilePermissions(dir.resolve("role.yaml"), PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("PROJECT"), "old\n");
        Files.setPosixFilePermissions(dir.resolve("PROJECT"), PosixFilePermissions.fromString("r--r--r--"));
        ProjectWriter.write(dir, files(GeneratedFile.tool("role.yaml", "new\n"), GeneratedFile.tool("PROJECT", "new\n"),
                GeneratedFile.tool("fresh.yaml", "new\n")), false);
        assertEquals("new\n", Files.readString(dir.resolve("role.yaml")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("role.yaml"))));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("PROJECT"))));
        assertTrue(Files.isRegularFile(dir.resolve("fresh.yaml")));
    }

    @Test
    void aDirectoryWhereAFileGoesIsAConflictThatNoForceSolves() throws IOException {
        Files.createDirectories(dir.resolve("config/rbac/role.yaml"));
        for (boolean force : new boolean[] {false, true}) {
            OpctlException e = assertThrows(OpctlException.class,
                    () -> ProjectWriter.write(dir, files(GeneratedFile.tool("config/rbac/role.yaml", "role\n")), force));
            assertEquals(ExitCode.CONFLICT, e.exitCode());
            assertEquals("config/rbac/role.yaml in " + dir + " is a directory where opctl writes a file; move it away, "
                    + "then rerun", e.getMessage(), "no --force to offer (trial /tmp/trial30 #8)");
        }
    }

    @Test
    void aFileWhereADirectoryGoesIsAConflictThatNoForceSolves() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/crd"), "in the way\n");
        for (boolean force : new boolean[] {false, true}) {
            OpctlException e = assertThrows(OpctlException.class, () -> ProjectWriter.write(dir, files(
                    GeneratedFile.tool("config/crd/a.yaml", "a\n"), GeneratedFile.tool("config/crd/b/c.yaml", "c\n"),
                    GeneratedFile.tool("config/rbac/role.yaml", "role\n")), force));
            assertEquals(ExitCode.CONFLICT, e.exitCode());
            assertEquals("config/crd in " + dir + " is a file where opctl writes a directory; move it away, then "
                    + "rerun", e.getMessage());
        }
        // Found before anything is written, so that --check (a dry run) says it too (trial /tmp/trial30 #7).
        assertThrows(OpctlException.class, () -> ProjectWriter.dryRun(dir, files(
                GeneratedFile.tool("config/crd/a.yaml", "a\n")), false));
        assertFalse(Files.exists(dir.resolve("config/rbac")));
        assertEquals("in the way\n", Files.readString(dir.resolve("config/crd")));
    }

    @Test
    void aSymbolicLinkIsNotReplacedByAFile() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(elsewhere.resolve("PX"), "old\n");
        Files.createSymbolicLink(project.resolve("PROJECT"), elsewhere.resolve("PX"));
        OpctlException e = assertThrows(OpctlException.class,
                () -> ProjectWriter.write(project, files(GeneratedFile.tool("PROJECT", "new\n")), false));
        assertEquals(ExitCode.CONFLICT, e.exitCode());
        assertEquals("PROJECT in " + project + " is a symbolic link, and opctl replaces a file whole: it would replace "
                + "the link with a file; put the file itself in place of the link, then rerun", e.getMessage());
        assertTrue(Files.isSymbolicLink(project.resolve("PROJECT")));
        assertEquals("old\n", Files.readString(elsewhere.resolve("PX")));
        // What it has already is fine: nothing to write.
        assertFalse(ProjectWriter.write(project, files(GeneratedFile.tool("PROJECT", "old\n")), false).changed());
    }

    @Test
    void aChangedUserFileIsAConflictAndNothingIsWritten() throws IOException {
        Files.writeString(dir.resolve("Main.java"), "mine\n");
        FileSet set = files(GeneratedFile.user("Main.java", "generated\n"), GeneratedFile.user("new/File.txt", "x\n"),
                GeneratedFile.tool("PROJECT", "p\n"));
        OpctlException e = assertThrows(OpctlException.class, () -> ProjectWriter.write(dir, set, false));
        assertEquals(ExitCode.CONFLICT, e.exitCode());
        assertEquals("Main.java already exists in " + dir + " with other content; rerun with --force to overwrite",
                e.getMessage());
        assertEquals("mine\n", Files.readString(dir.resolve("Main.java")));
        assertEquals(List.of("Main.java"), listing(dir));
    }

    @Test
    void forceOverwritesUserFiles() throws IOException {
        Files.writeString(dir.resolve("Main.java"), "mine\n");
        ProjectWriter.write(dir, files(GeneratedFile.user("Main.java", "generated\n")), true);
        assertEquals("generated\n", Files.readString(dir.resolve("Main.java")));
    }

    @Test
    void aFailureHalfwayRestoresTheDirectory() throws IOException {
        Files.writeString(dir.resolve("PROJECT"), "old\n");
        // A name longer than the file system takes: found only when the file is written.
        FileSet set = files(
                GeneratedFile.tool("PROJECT", "new\n"),
                GeneratedFile.user("a/new.txt", "new\n"),
                GeneratedFile.user("z/" + "x".repeat(300) + ".txt", "cannot be written\n"));
        OpctlException e = assertThrows(OpctlException.class, () -> ProjectWriter.write(dir, set, false));
        assertEquals(ExitCode.FAILURE, e.exitCode());
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals("old\n", Files.readString(dir.resolve("PROJECT")));
        assertEquals(List.of("PROJECT"), listing(dir));
    }

    @Test
    void dryRunReportsWithoutWriting() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a\n");
        ProjectWriter.Result result = ProjectWriter.dryRun(dir,
                files(GeneratedFile.tool("a.txt", "changed\n"), GeneratedFile.user("b.txt", "b\n")), false);
        assertEquals(List.of("b.txt"), result.created());
        assertEquals(List.of("a.txt"), result.updated());
        assertEquals(List.of("a.txt"), listing(dir));
    }

    @Test
    void refusesPathsOutsideTheProject() {
        assertThrows(IllegalArgumentException.class, () -> GeneratedFile.user("../evil", ""));
        assertThrows(IllegalArgumentException.class, () -> GeneratedFile.user("/etc/passwd", ""));
        assertThrows(IllegalStateException.class,
                () -> files(GeneratedFile.user("a", "1"), GeneratedFile.user("a", "2")));
    }

    private static List<String> leftovers(Path root) throws IOException {
        return listing(root).stream().filter(p -> p.contains(".opctl-tmp")).toList();
    }
}
