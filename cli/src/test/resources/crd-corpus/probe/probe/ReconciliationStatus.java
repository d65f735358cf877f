package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import lombok.Data;

@Data
public abstract class ReconciliationStatus<SPEC extends AbstractFlinkSpec> {
    private long reconciliationTimestamp = System.currentTimeMillis();
    private String lastReconciledSpec;
    private String lastStableSpec;
    private ReconciliationState state = ReconciliationState.DEPLOYED;

    @JsonIgnore
    public abstract Class<SPEC> getSpecClass();

    @JsonIgnore
    public SPEC deserializeLastReconciledSpec() {
        return null;
    }

    public enum ReconciliationState {
        DEPLOYED, UPGRADING, ROLLING_BACK, ROLLED_BACK
    }
}
