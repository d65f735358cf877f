package hasmeta;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;

/** An interface of the sources that extends HasMetadata, and Namespaced: its kinds are namespaced. */
public interface Managed extends HasMetadata, Namespaced {
    String getManager();
}
