package shapes;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("shapes.example.com")
@Version("v1")
@Plural("stamps")
public class Stamp extends CustomResource<StampSpec, Void> implements Namespaced {
}
