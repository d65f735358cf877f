package ops;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** A kind whose spec embeds Kubernetes model types, JDK types and free-form JSON. */
@Group("ops.example.com")
@Version("v1")
@ShortNames("db")
public class Database extends CustomResource<DatabaseSpec, DatabaseStatus> implements Namespaced {
}
