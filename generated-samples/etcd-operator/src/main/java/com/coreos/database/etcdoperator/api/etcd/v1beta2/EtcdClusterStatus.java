package com.coreos.database.etcdoperator.api.etcd.v1beta2;

/**
 * The observed state of an EtcdCluster, as its controller last saw it.
 */
public class EtcdClusterStatus {
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
