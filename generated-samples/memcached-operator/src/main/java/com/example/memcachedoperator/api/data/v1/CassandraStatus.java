package com.example.memcachedoperator.api.data.v1;

/**
 * The observed state of a Cassandra, as its controller last saw it.
 */
public class CassandraStatus {
    /**
     * How many replicas of the StatefulSet are ready.
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
