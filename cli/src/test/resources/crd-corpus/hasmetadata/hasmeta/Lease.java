package hasmeta;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("hasmeta.example.com")
@Version("v1alpha1")
public class Lease implements Managed {
    private ObjectMeta metadata;
    public String holder;

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
    }

    @Override
    public String getManager() {
        return "opctl";
    }
}
