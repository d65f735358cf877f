package probe;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import lombok.Data;
import lombok.EqualsAndHashCode;

@Data
@EqualsAndHashCode(callSuper = true)
public class FlinkDeploymentStatus extends CommonStatus<FlinkDeploymentSpec> {
    private Map<String, String> clusterInfo;
    private JobManagerDeploymentStatus jobManagerDeploymentStatus = JobManagerDeploymentStatus.MISSING;
    private FlinkDeploymentReconciliationStatus reconciliationStatus = new FlinkDeploymentReconciliationStatus();
    private TaskManagerInfo taskManager;
    private Map<String, Quantity> capacity;

    public enum JobManagerDeploymentStatus { READY, DEPLOYED_NOT_READY, DEPLOYING, MISSING, ERROR }

    public record TaskManagerInfo(String labelSelector, int replicas) {
    }
}
