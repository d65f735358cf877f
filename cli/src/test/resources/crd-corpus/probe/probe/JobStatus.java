package probe;

import java.time.Instant;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@NoArgsConstructor
@AllArgsConstructor
@Builder
public class JobStatus {
    private String jobName;
    private String jobId;
    private String state;
    private String startTime;
    private String updateTime;
    private Instant lastCheckpoint;
    private SavepointInfo savepointInfo;

    @Data
    public static class SavepointInfo {
        private Savepoint lastSavepoint;
        private java.util.List<Savepoint> savepointHistory;
        private long lastPeriodicSavepointTimestamp;
    }

    @Data
    public static class Savepoint {
        private long timeStamp;
        private String location;
        private SavepointTriggerType triggerType;
    }

    public enum SavepointTriggerType { MANUAL, PERIODIC, UPGRADE, UNKNOWN }
}
