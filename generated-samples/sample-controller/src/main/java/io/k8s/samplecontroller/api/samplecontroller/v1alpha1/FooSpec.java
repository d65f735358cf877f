package io.k8s.samplecontroller.api.samplecontroller.v1alpha1;

import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/**
 * The desired state of a Foo: the Deployment it runs.
 */
public class FooSpec {
    /**
     * The name of the Deployment the Foo runs.
     */
    @Required
    private String deploymentName;

    /**
     * How many replicas the Deployment runs.
     */
    @Min(1)
    @Max(10)
    private Integer replicas;

    public String getDeploymentName() {
        return deploymentName;
    }

    public void setDeploymentName(String deploymentName) {
        this.deploymentName = deploymentName;
    }

    public Integer getReplicas() {
        return replicas;
    }

    public void setReplicas(Integer replicas) {
        this.replicas = replicas;
    }
}
