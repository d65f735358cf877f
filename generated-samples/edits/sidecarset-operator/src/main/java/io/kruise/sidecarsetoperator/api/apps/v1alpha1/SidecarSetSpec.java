package io.kruise.sidecarsetoperator.api.apps.v1alpha1;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.List;

/**
 * The desired state of a SidecarSet: which Pods get which sidecar containers.
 */
public class SidecarSetSpec {
    /**
     * The Pods the sidecars are for.
     */
    private LabelSelector selector;

    /**
     * The sidecar containers to inject into every matching Pod.
     */
    private List<Container> containers;

    public LabelSelector getSelector() {
        return selector;
    }

    public void setSelector(LabelSelector selector) {
        this.selector = selector;
    }

    public List<Container> getContainers() {
        return containers;
    }

    public void setContainers(List<Container> containers) {
        this.containers = containers;
    }
}
