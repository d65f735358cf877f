package gadgets.api;

import static gadgets.shared.ApiConstants.*;

import gadgets.shared.Names;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

@Group(GROUP)
@Version(value = V1BETA1, storage = !true, deprecated = Names.BETA_DEPRECATED)
@Kind(Names.KIND)
@ShortNames({Names.SHORT, Names.SHORT + "s"})
public class GadgetV1Beta1 extends CustomResource<GadgetSpec, Void> implements Namespaced {
}
