package dev.opctl.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed: a {@link PrintWriter} only says that one did. A full
 * disk ({@code opctl completion bash > /dev/full}) is a failure to report; a pipe its reader closed early
 * ({@code opctl --version | grep -q opctl}, {@code | head -1}) is not: the reader had what it wanted, and a
 * script under {@code set -o pipefail} must not fail for it.
 */
final class StandardOutput extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    StandardOutput() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    /** Output to {@code out}, for a test to make it fail. */
    StandardOutput(OutputStream out) {
        this.out = out;
    }

    /** A writer of UTF-8 text to this output, flushed at each line. */
    PrintWriter writer() {
        return new PrintWriter(new OutputStreamWriter(this, StandardCharsets.UTF_8), true);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    /**
     * The exit code a run that exited {@code exitCode} ends with, given what writing its output did: a failed
     * write makes a success a failure (said on {@code err}), but for a pipe closed by its reader.
     */
    int exitCode(int exitCode, PrintWriter writer, PrintWriter err) {
        writer.flush();
        if (!writer.checkError() || exitCode != 0) {
            return exitCode;
        }
        String reason = failure == null || failure.getMessage() == null ? "input/output error" : failure.getMessage();
        if (reason.toLowerCase(Locale.ROOT).contains("broken pipe")) {
            return exitCode;
        }
        err.println("opctl: error: could not write to standard output (" + reason.toLowerCase(Locale.ROOT)
                + "); check where it goes, then rerun");
        return 1;
    }
}
