package probe;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("scale.probe.io")
@Version(value = "v1", storage = false, deprecated = true, deprecationWarning = "use v2")
@Kind("Scaler")
@AdditionalPrinterColumn(name = "Min", jsonPath = ".spec.min", type = AdditionalPrinterColumn.Type.INTEGER)
public class ScalerV1 extends CustomResource<ScalerV1.Spec, Void> implements Namespaced {
    public static class Spec {
        public int min;
        public int max;
    }
}
