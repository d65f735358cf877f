package dev.opctl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpctlVersionTest {
    @ParameterizedTest
    @CsvSource({
        "0.2.0, 0.1.0-SNAPSHOT, true",
        "0.10.0, 0.9.1, true",
        "1.0, 0.99.99, true",
        "0.1.1, 0.1, true",
        "0.1.0, 0.1.0-SNAPSHOT, false",
        "0.1.0-SNAPSHOT, 0.1.0, false",
        "0.1.0-rc1, 0.1.0, false",
        "0.1, 0.1.0, false",
        "0.9.1, 0.10.0, false",
        "0.1.0-SNAPSHOT, 0.1.0-SNAPSHOT, false"
    })
    void comparesByNumbers(String written, String running, boolean newer) {
        assertEquals(newer, OpctlVersion.isNewer(written, running));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "banana", "v1.0", "1..0", "1.0.0.0.0", "-1"})
    void refusesWhatIsNotAVersion(String version) {
        assertFalse(OpctlVersion.isValid(version));
    }
}
