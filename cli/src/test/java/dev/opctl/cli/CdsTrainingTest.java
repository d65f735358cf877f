package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run: a failure would only cost start-up time, silently, so it is tested here. */
class CdsTrainingTest {
    @Test
    void runsEveryCommandItTrainsOnSuccessfully(@TempDir Path dir) throws IOException {
        assertEquals(0, CdsTraining.run(dir));
        assertTrue(Files.isRegularFile(dir.resolve("cds-training/config/crd/samples.cds.example.com.yaml")));
        try (Stream<Path> crds = Files.list(dir.resolve("crds/out"))) {
            assertEquals(2, crds.count());
        }
    }
}
