package hasmeta;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** An interface of the sources that extends HasMetadata. */
public interface Managed extends HasMetadata {
    String getManager();
}
