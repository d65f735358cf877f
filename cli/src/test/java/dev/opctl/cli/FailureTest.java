package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.OpctlException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last-resort handler: one line, never an exception's class name. */
class FailureTest {
    private String err;

    private int report(Exception e, boolean verbose) {
        StringWriter out = new StringWriter();
        int code = Failure.report(e, new PrintWriter(out, true), verbose);
        err = out.toString();
        return code;
    }

    @Test
    void anInternalErrorIsOneLineWithoutTheClassName() {
        assertEquals(1, report(new IllegalStateException("boom"), false));
        assertEquals("opctl: internal error: boom (rerun with --verbose for the stack trace, and please report it)\n",
                err);
        assertEquals(1, report(new RuntimeException(new IllegalArgumentException("bad thing")), false));
        assertEquals("opctl: internal error: bad thing (rerun with --verbose for the stack trace, and please "
                + "report it)\n", err);
        assertEquals(1, report(new RuntimeException(new NullPointerException()), false));
        assertEquals("opctl: internal error: an unexpected failure without a message (rerun with --verbose for the "
                + "stack trace, and please report it)\n", err);
    }

    @Test
    void theStackTraceOnlyWhenVerbose() {
        report(new IllegalStateException("boom"), true);
        assertTrue(err.startsWith("opctl: internal error: boom\n"), err);
        assertTrue(err.contains("\tat "), err);
    }

    @Test
    void ioErrorsInWordsWithThePath() {
        assertEquals(1, report(new UncheckedIOException(new AccessDeniedException("/p/config")), false));
        assertEquals("opctl: error: permission denied: /p/config; check the permissions of the file and its "
                + "directories\n", err);
        assertEquals(1, report(new UncheckedIOException(new FileSystemException("/p/x", null,
                "No space left on device")), false));
        assertEquals("opctl: error: no space left on device: /p/x; free some space and rerun\n", err);
        assertEquals(1, report(new UncheckedIOException(new NotDirectoryException("/p/config/crd")), false));
        assertEquals("opctl: error: not a directory: /p/config/crd; a file is where a directory must be, move it "
                + "away\n", err);
        assertEquals(1, report(new UncheckedIOException(new MalformedInputException(1)), false));
        assertEquals("opctl: error: a file is not valid UTF-8; save it as UTF-8\n", err);
    }

    @Test
    void theFileInTheWayOfADirectoryIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config"), "a file\n");
        String kustomization = dir.resolve("config/kustomization.yaml").toString();
        assertEquals(1, report(new UncheckedIOException(new NotDirectoryException(kustomization)), false));
        assertEquals("opctl: error: not a directory: " + dir.resolve("config") + "; a file is where a directory must "
                + "be, move it away\n", err);
        assertEquals(1, report(new UncheckedIOException(new FileSystemException(dir.resolve("config/rbac/a.yaml")
                .toString(), null, "Not a directory")), false));
        assertEquals("opctl: error: not a directory: " + dir.resolve("config") + "; a file is where a directory must "
                + "be, move it away\n", err);
    }

    @Test
    void userErrorsStayOneLine() {
        assertEquals(2, report(OpctlException.invalidInput("invalid owner 'a\nb': fix it"), false));
        assertEquals("opctl: error: invalid owner 'a\\nb': fix it\n", err);
    }
}
