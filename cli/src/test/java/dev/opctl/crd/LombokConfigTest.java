package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lombok's configuration files, as far as they name accessors. */
class LombokConfigTest {
    @TempDir
    Path root;

    private Path config(String dir, String text) throws IOException {
        Path d = Files.createDirectories(root.resolve(dir));
        Files.writeString(d.resolve("lombok.config"), text);
        return d;
    }

    @Test
    void theNearerFileComesLastAndStopBubblingEndsTheSearch() throws IOException {
        config("", "lombok.accessors.prefix += z\n"); // above the stop: never read
        config("a", "config.stopBubbling = true\nlombok.accessors.prefix += m\nlombok.accessors.prefix += f\n"
                + "# lombok.getter.noIsPrefix = true\nLOMBOK.accessors.capitalization = BEANSPEC\n");
        Path inner = config("a/b", "lombok.accessors.prefix -= m\nlombok.getter.noIsPrefix = true\n"
                + "lombok.accessors.fluent = true\n");
        assertEquals(new LombokConfig(true, true, List.of("f"), true), LombokConfig.of(inner.resolve("c")));
        assertEquals(new LombokConfig(false, false, List.of("m", "f"), true), LombokConfig.of(root.resolve("a")));
        config("a/b", "clear lombok.accessors.prefix\nclear lombok.accessors.capitalization\n"
                + "lombok.accessors.prefix = x\n"); // '=' on a list key: Lombok refuses it, nothing changes
        assertEquals(LombokConfig.DEFAULT, LombokConfig.of(inner));
    }

    @Test
    void aHashAfterAValueIsPartOfIt() throws IOException { // as Lombok 1.18 reads it: only whole lines are comments
        Path dir = config("h", "lombok.getter.noIsPrefix = true # legacy\nlombok.accessors.fluent = true\n"
                + "lombok.accessors.prefix += m # members\n  # lombok.accessors.prefix += f\n");
        assertEquals(new LombokConfig(false, true, List.of("m # members"), false), LombokConfig.of(dir));
        config("h", "lombok.accessors.fluent = true\nlombok.accessors.fluent = yes\n"); // not a boolean: false
        assertEquals(LombokConfig.DEFAULT, LombokConfig.of(dir));
    }

    @Test
    void accessorNamesFollowTheCapitalization() {
        assertEquals("getURL", LombokConfig.DEFAULT.accessor("get", "uRL"));
        assertEquals("getuRL", new LombokConfig(false, false, List.of(), true).accessor("get", "uRL"));
        assertEquals("getName", new LombokConfig(false, false, List.of(), true).accessor("get", "name"));
        assertEquals("getIsCA", LombokNames.getter("isCA", true, new LombokConfig(true, false, List.of(), false)));
        assertEquals("isCA", LombokNames.getter("isCA", true, LombokConfig.DEFAULT));
        assertEquals("setIsCA", LombokNames.setter("isCA", true, new LombokConfig(true, false, List.of(), false)));
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws IOException {
        Path dir = Files.createDirectories(root.resolve("d"));
        Files.write(dir.resolve("lombok.config"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        OpctlException e = assertThrows(OpctlException.class, () -> LombokConfig.of(dir));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(dir.toAbsolutePath().resolve("lombok.config") + ": not valid UTF-8 (Lombok's configuration of "
                + "the sources below it); save it as UTF-8", e.getMessage());
    }
}
