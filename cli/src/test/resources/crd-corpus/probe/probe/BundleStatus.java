package probe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.List;

public class BundleStatus {
    public List<String> applied;
}
