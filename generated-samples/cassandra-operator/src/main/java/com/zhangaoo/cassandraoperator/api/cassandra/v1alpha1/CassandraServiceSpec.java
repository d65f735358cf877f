package com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1;

import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.List;

/**
 * The desired state of a CassandraService: the StatefulSet and Service its controller runs.
 */
public class CassandraServiceSpec {
    /**
     * How many replicas to run.
     */
    @Required
    @Min(1)
    private Integer size;

    /**
     * The container image to run.
     */
    @Default("gcr.io/google-samples/cassandra:v13")
    private String image;

    /**
     * The ports the container listens on, which the Service exposes.
     */
    private List<ServicePort> ports;

    /**
     * Environment variables of the container.
     *
     * TODO(user): add the fields your application needs, and run 'opctl generate' to update the CRD.
     */
    private List<EnvVar> env;

    /**
     * CPU and memory requests and limits of the container.
     */
    private ResourceRequirements resources;

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public List<ServicePort> getPorts() {
        return ports;
    }

    public void setPorts(List<ServicePort> ports) {
        this.ports = ports;
    }

    public List<EnvVar> getEnv() {
        return env;
    }

    public void setEnv(List<EnvVar> env) {
        this.env = env;
    }

    public ResourceRequirements getResources() {
        return resources;
    }

    public void setResources(ResourceRequirements resources) {
        this.resources = resources;
    }
}
