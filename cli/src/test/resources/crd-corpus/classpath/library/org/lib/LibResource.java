package org.lib;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;

/** A resource base class of a library: subclasses in the sources name only their spec. */
public abstract class LibResource<S> extends CustomResource<S, Void> implements Namespaced {
}
