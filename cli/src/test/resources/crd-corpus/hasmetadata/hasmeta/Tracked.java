package hasmeta;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/** The base of resources that implement HasMetadata through an abstract class. */
public abstract class Tracked<S> implements HasMetadata {
    private ObjectMeta metadata;
    public S spec;

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
}
