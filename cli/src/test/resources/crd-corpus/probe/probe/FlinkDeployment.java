package probe;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Group("flink.probe.io")
@Version("v1beta1")
@ShortNames("flinkdep")
@JsonIgnoreProperties(ignoreUnknown = true)
public class FlinkDeployment extends AbstractFlinkResource<FlinkDeploymentSpec, FlinkDeploymentStatus>
        implements Namespaced {
}
