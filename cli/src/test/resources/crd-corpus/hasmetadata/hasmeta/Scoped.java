package hasmeta;

import io.fabric8.kubernetes.api.model.Namespaced;

/** Namespaced through an interface of the sources. */
public interface Scoped extends Namespaced {
}
