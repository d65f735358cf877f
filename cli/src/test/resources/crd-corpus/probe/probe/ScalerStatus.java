package probe;

import io.fabric8.kubernetes.model.annotation.LabelSelector;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;
import lombok.Data;

@Data
public class ScalerStatus {
    @StatusReplicas
    private Integer currentReplicas;
    @LabelSelector
    private String selector;
    private Nested nested;

    @Data
    public static class Nested {
        @StatusReplicas
        private int ignored;
    }
}
