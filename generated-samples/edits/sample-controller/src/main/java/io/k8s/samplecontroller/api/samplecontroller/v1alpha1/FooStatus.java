package io.k8s.samplecontroller.api.samplecontroller.v1alpha1;

/**
 * The observed state of a Foo.
 */
public class FooStatus {
    /**
     * How many replicas of the Deployment are available.
     */
    private Integer availableReplicas;

    public Integer getAvailableReplicas() {
        return availableReplicas;
    }

    public void setAvailableReplicas(Integer availableReplicas) {
        this.availableReplicas = availableReplicas;
    }
}
