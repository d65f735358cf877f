package features;

import io.fabric8.kubernetes.client.CustomResource;

/** An abstract generic base class between the resource classes and CustomResource. */
public abstract class BaseResource<S> extends CustomResource<S, WidgetStatus> {
}
