package rec;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Records: what Jackson reads of their components, through the interfaces their accessors implement. */
@Group("records.example.com")
@Version("v1")
public class Account extends CustomResource<AccountSpec, Void> implements Namespaced {
}
