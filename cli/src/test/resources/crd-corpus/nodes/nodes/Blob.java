package nodes;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("nodes.example.com")
@Version("v1")
public class Blob extends CustomResource<BlobSpec, BlobStatus> implements Namespaced {
}
