package probe;

import io.fabric8.kubernetes.api.model.Pod;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.NoArgsConstructor;
import lombok.experimental.SuperBuilder;

/** Level 2 of 3: generic in its resource type. */
@Data
@EqualsAndHashCode(callSuper = true)
@NoArgsConstructor
@SuperBuilder
public abstract class DeploymentSpecBase<R extends Resource> extends AbstractFlinkSpec {
    private String image;
    private ImagePullPolicy imagePullPolicy;
    private String serviceAccount;
    private FlinkVersion flinkVersion;
    private Pod podTemplate;
    private R jobManagerResource;
    private TaskManagerSpec<R> taskManager;
}
