package features;

import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.kubernetes.model.annotation.LabelSelector;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;
import java.time.LocalDate;
import java.util.List;

public class WidgetStatus {
    @StatusReplicas
    @PrinterColumn(name = "Ready", priority = 0)
    public int readyReplicas;

    @LabelSelector
    public String selector;

    @PrinterColumn
    public String phase;

    @PrinterColumn(name = "Since")
    public LocalDate since;

    @PrinterColumn(name = "Conditions", priority = 2)
    public List<String> conditions;
}
