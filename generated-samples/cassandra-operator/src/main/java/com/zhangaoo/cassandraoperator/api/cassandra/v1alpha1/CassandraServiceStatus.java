package com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1;

/**
 * The observed state of a CassandraService, as its controller last saw it.
 */
public class CassandraServiceStatus {
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
