package dev.opctl.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the user's text files (Java sources, manifests) as UTF-8, as javac and kubectl do, with errors in words. */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws OpctlException (invalid input) naming the file and line of a byte that is not UTF-8;
     *     (exit 1) naming the file for an I/O error
     */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileErrors.of(e);
        }
        return decode(bytes, file.toString());
    }

    /** {@code bytes} as UTF-8; {@code source} names them in the error. */
    public static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw OpctlException.invalidInput(String.format("%s:%d: byte 0x%02X is not UTF-8; save the file as "
                    + "UTF-8 (opctl reads text as UTF-8, as javac -encoding UTF-8 and kubectl do)", source,
                    lineOf(bytes, at), bytes[at] & 0xff));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
