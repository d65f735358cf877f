package com.example.memcachedoperator.api.cache.v1alpha1;

/**
 * The observed state of a Memcached, as its controller last saw it.
 */
public class MemcachedStatus {
    /**
     * How many replicas of the Deployment are ready.
     *
     * TODO(user): add what else the controller observes, e.g. conditions.
     */
    private Integer readyReplicas;

    public Integer getReadyReplicas() {
        return readyReplicas;
    }

    public void setReadyReplicas(Integer readyReplicas) {
        this.readyReplicas = readyReplicas;
    }
}
