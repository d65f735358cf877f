package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A run whose output cannot be written does not say it succeeded. */
class StandardOutputTest {
    private final StringWriter err = new StringWriter();

    /** An output whose writes fail as {@code reason} says. */
    private static StandardOutput failing(String reason) {
        return new StandardOutput(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        });
    }

    @Test
    void aFullDiskMakesASuccessAFailureThatSaysSo() {
        StandardOutput out = failing("No space left on device");
        PrintWriter writer = out.writer();
        writer.println("complete -F _opctl opctl");
        assertEquals(1, out.exitCode(0, writer, new PrintWriter(err, true)));
        assertEquals("opctl: error: could not write to standard output (no space left on device); check where it "
                + "goes, then rerun\n", err.toString());
    }

    @Test
    void aPipeClosedEarlyByItsReaderIsNoFailure() {
        // opctl --version | grep -q opctl, under set -o pipefail: grep had what it wanted.
        StandardOutput out = failing("Broken pipe");
        PrintWriter writer = out.writer();
        writer.println("Usage: opctl generate");
        assertEquals(0, out.exitCode(0, writer, new PrintWriter(err, true)));
        assertEquals("", err.toString());
    }

    @Test
    void aFailureKeepsItsOwnExitCode() {
        StandardOutput out = failing("No space left on device");
        PrintWriter writer = out.writer();
        writer.println("x");
        assertEquals(4, out.exitCode(4, writer, new PrintWriter(err, true)));
        assertEquals("", err.toString());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void opctlWritingToAFullDeviceExitsOne() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "completion", "bash");
        Path errFile = Files.createTempFile("opctl-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(new File("/dev/full"))
                    .redirectError(errFile.toFile()).start();
            assertEquals(true, process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue());
            assertEquals("opctl: error: could not write to standard output (no space left on device); check where it "
                    + "goes, then rerun\n", Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.delete(errFile);
        }
    }
}
