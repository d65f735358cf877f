package com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1;

import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * The observed state of a CassandraService, as its controller last saw it.
 */
public class CassandraServiceStatus {
    /**
     * How many replicas of the StatefulSet are ready.
     */
    private Integer readyReplicas;

    /**
     * The generation of the CassandraService that this status describes.
     */
    private Long observedGeneration;

    /**
     * The latest observations of the CassandraService's state: Available (all replicas are ready),
     * Progressing (a change is rolling out) and Degraded (the StatefulSet reports a failure).
     *
     * TODO(user): add what else the controller observes.
     */
    private List<Condition> conditions;

    public Integer getReadyReplicas() {
        return readyReplicas;
    }

    public void setReadyReplicas(Integer readyReplicas) {
        this.readyReplicas = readyReplicas;
    }

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }
}
