package com.example.crontaboperator.api.stable.v1;

/**
 * The observed state of a CronTab, as its controller last saw it.
 */
public class CronTabStatus {
    /**
     * The generation of the spec the controller last acted on.
     *
     * TODO(user): add what the controller observes, e.g. ready replicas or conditions.
     */
    private Long observedGeneration;

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }
}
