package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("scale.probe.io")
@Version(value = "v2", storage = true)
@SchemaSwap(originalType = ScalerSpec.Node.class, fieldName = "next", depth = 2)
@SchemaSwap(originalType = ScalerSpec.class, fieldName = "opaque", targetType = ScalerSpec.Simple.class)
public class Scaler extends CustomResource<ScalerSpec, ScalerStatus> implements Namespaced {
    @Override
    @Required
    public ScalerSpec getSpec() {
        return super.getSpec();
    }

    @JsonIgnore
    public boolean isReady() {
        return false;
    }

    public String getPhaseHint() {
        return "";
    }
}
