package io.kruise.sidecarsetoperator.api.apps.v1alpha1;

import io.fabric8.crd.generator.annotation.PrinterColumn;

/**
 * The observed state of a SidecarSet: how many Pods it matches, and how many carry its sidecars.
 */
public class SidecarSetStatus {
    /**
     * How many Pods the selector matches.
     */
    @PrinterColumn(name = "MATCHED")
    private Integer matchedPods;

    /**
     * How many matching Pods carry the current sidecars.
     */
    private Integer updatedPods;

    /**
     * How many matching Pods are ready.
     */
    private Integer readyPods;

    public Integer getMatchedPods() {
        return matchedPods;
    }

    public void setMatchedPods(Integer matchedPods) {
        this.matchedPods = matchedPods;
    }

    public Integer getUpdatedPods() {
        return updatedPods;
    }

    public void setUpdatedPods(Integer updatedPods) {
        this.updatedPods = updatedPods;
    }

    public Integer getReadyPods() {
        return readyPods;
    }

    public void setReadyPods(Integer readyPods) {
        this.readyPods = readyPods;
    }
}
