package dev.opctl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LockHolderTest {
    @Test
    void describesTheHolderWithItsTimeInUtc() {
        LockHolder holder = LockHolder.parse(LockHolder.of("opctl edit", false).text());
        assertEquals(true, holder.since().matches("[0-9]+"), holder.since());
        assertEquals("'opctl edit', process 7, since 2026-12-06T04:49:15.242Z",
                new LockHolder("opctl edit", 7, "1796532555242", false, "").describe());
    }

    @Test
    void saysWhatTheHolderIsDoingAndReadsAFileWithoutIt() {
        LockHolder busy = LockHolder.of("opctl generate", false).doing(true, "running Maven\nnow");
        LockHolder read = LockHolder.parse(busy.text());
        assertEquals("running Maven now", read.doing());
        assertEquals(true, read.createdRoot());
        assertEquals("", LockHolder.parse(busy.doing(true, "").text()).doing());
        assertEquals(false, busy.doing(true, "").text().contains("doing"), "an idle holder's file is as before");
    }

    @Test
    void describesTheTimeAnOlderOpctlWroteAsWritten() {
        assertEquals("'opctl new', process 12, since 2026-01-02T03:04:05.678901Z", LockHolder.parse(
                "command=opctl new\npid=12\nsince=2026-01-02T03:04:05.678901Z\ncreatedRoot=false\n").describe());
    }
}
