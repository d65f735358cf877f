package probe;

import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class DatabaseStatus extends Status {
    @StatusReplicas
    private int readyInstances;

    @PrinterColumn(name = "Phase")
    private Phase phase;

    private Instant lastBackup;

    private Map<String, InstanceStatus> instances;

    private String currentPrimary;

    private List<Condition> extraConditions;

    public enum Phase {
        PENDING("Pending"), RUNNING("Running"), FAILED("Failed");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String getLabel() {
            return label;
        }
    }

    @Getter
    public static class InstanceStatus {
        private String pod;
        private boolean ready;
        private Boolean isPrimary;
        private long timelineId;
    }
}
