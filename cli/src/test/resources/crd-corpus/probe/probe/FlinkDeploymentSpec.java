package probe;

import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.generator.annotation.Default;
import java.util.List;
import java.util.Map;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.NoArgsConstructor;
import lombok.ToString;
import lombok.experimental.SuperBuilder;

/** Level 3 of 3: the type parameter bound. */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
@NoArgsConstructor
@SuperBuilder
public class FlinkDeploymentSpec extends DeploymentSpecBase<Resource> {
    @PrinterColumn(name = "Mode")
    @Default("NATIVE")
    private KubernetesDeploymentMode mode;
    private Map<String, String> logConfiguration;
    private IngressSpec ingress;
    private Map<String, List<Resource>> resourceProfiles;
    private String[] args;
    private int[][] matrix;
}
