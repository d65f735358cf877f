package hasmeta;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** A resource that implements HasMetadata itself instead of extending CustomResource. */
@Group("hasmeta.example.com")
@Version("v1")
public class Direct implements HasMetadata, Namespaced {
    private String apiVersion;
    private ObjectMeta metadata;
    private DirectSpec spec;
    private DirectStatus status;

    @Override
    public ObjectMeta getMetadata() {
        return metadata;
    }

    @Override
    public void setMetadata(ObjectMeta metadata) {
        this.metadata = metadata;
    }

    @Override
    public void setApiVersion(String version) {
        this.apiVersion = version;
    }

    public DirectSpec getSpec() {
        return spec;
    }

    public void setSpec(DirectSpec spec) {
        this.spec = spec;
    }

    public DirectStatus getStatus() {
        return status;
    }

    public void setStatus(DirectStatus status) {
        this.status = status;
    }
}
