package dev.opctl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProjectLockHolderTest {
    @Test
    void describesTheHolderWithItsTimeInUtc() {
        ProjectLock.Holder holder = ProjectLock.Holder.parse(ProjectLock.Holder.of("opctl edit", false).text());
        assertEquals(true, holder.since().matches("[0-9]+"), holder.since());
        assertEquals("'opctl edit', process 7, since 2026-12-06T04:49:15.242Z",
                new ProjectLock.Holder("opctl edit", 7, "1796532555242", false).describe());
    }

    @Test
    void describesTheTimeAnOlderOpctlWroteAsWritten() {
        assertEquals("'opctl new', process 12, since 2026-01-02T03:04:05.678901Z", ProjectLock.Holder.parse(
                "command=opctl new\npid=12\nsince=2026-01-02T03:04:05.678901Z\ncreatedRoot=false\n").describe());
    }
}
