package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@NoArgsConstructor
public abstract class CommonStatus<SPEC extends AbstractFlinkSpec> {
    private JobStatus jobStatus = new JobStatus();
    private String error;
    @PrinterColumn(name = "Lifecycle State")
    private ResourceLifecycleState lifecycleState;
    private Long observedGeneration;

    public abstract ReconciliationStatus<SPEC> getReconciliationStatus();

    @JsonIgnore
    public boolean isTerminal() {
        return false;
    }
}
