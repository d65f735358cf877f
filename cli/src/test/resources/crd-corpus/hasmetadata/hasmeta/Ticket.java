package hasmeta;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** A CustomResource beside them, namespaced through an interface of the sources. */
@Group("hasmeta.example.com")
@Version("v1")
public class Ticket extends CustomResource<DirectSpec, Void> implements Scoped {
}
