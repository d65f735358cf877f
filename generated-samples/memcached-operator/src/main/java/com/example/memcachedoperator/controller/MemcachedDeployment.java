package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedSpec;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import java.util.List;
import java.util.Map;

/**
 * The Deployment of a Memcached: its replicas, image, ports, environment and resources
 * come from the spec. The Java Operator SDK creates it, owned by the Memcached (so it is
 * deleted with it), and updates it whenever the spec changes.
 */
public class MemcachedDeployment extends CRUDKubernetesDependentResource<Deployment, Memcached> {
    /**
     * The labels of everything a Memcached runs, which the selectors match.
     */
    static Map<String, String> labels(Memcached primary) {
        return Map.of("app.kubernetes.io/name", "memcached",
                "app.kubernetes.io/instance", primary.getMetadata().getName(),
                "app.kubernetes.io/managed-by", "memcached-operator");
    }

    /**
     * The owner reference to {@code primary} of what a Memcached runs: its controller (no other
     * controller adopts it) and, until it is gone, a foreground deletion of the Memcached waits for it.
     */
    static OwnerReference controllerReference(Memcached primary) {
        return new OwnerReferenceBuilder()
                        .withApiVersion(primary.getApiVersion())
                        .withKind(primary.getKind())
                        .withName(primary.getMetadata().getName())
                        .withUid(primary.getMetadata().getUid())
                        .withController(true)
                        .withBlockOwnerDeletion(true)
                        .build();
    }

    /**
     * The ports of the spec, with the protocol Kubernetes defaults to set: server-side apply
     * needs it on older API servers.
     */
    static List<ServicePort> ports(Memcached primary) {
        List<ServicePort> ports = primary.getSpec().getPorts();
        return ports == null ? List.of() : ports.stream()
                .map(port -> new ServicePortBuilder(port)
                        .withProtocol(port.getProtocol() == null ? "TCP" : port.getProtocol())
                        .build())
                .toList();
    }

    @Override
    protected Deployment desired(Memcached primary, Context<Memcached> context) {
        MemcachedSpec spec = primary.getSpec();
        Map<String, String> labels = labels(primary);
        List<ContainerPort> ports = ports(primary).stream()
                .map(port -> new ContainerPortBuilder().withName(port.getName())
                        .withContainerPort(port.getPort()).withProtocol(port.getProtocol()).build())
                .toList();
        List<EnvVar> env = spec.getEnv() == null ? List.of() : spec.getEnv();
        ResourceRequirements resources = spec.getResources() == null
                ? new ResourceRequirements()
                : spec.getResources();
        // TODO(user): shape the Deployment as your application needs (probes, volumes, ...);
        // whatever this returns is applied whenever it differs from the cluster. Set lists
        // and objects to empty rather than null: JOSDK compares them with what the cluster has.
        return new DeploymentBuilder()
                .withNewMetadata()
                    .withName(primary.getMetadata().getName())
                    .withNamespace(primary.getMetadata().getNamespace())
                    .withLabels(labels)
                    .withOwnerReferences(controllerReference(primary))
                .endMetadata()
                .withNewSpec()
                    .withReplicas(spec.getSize())
                    .withNewSelector().withMatchLabels(labels).endSelector()
                    .withNewTemplate()
                        .withNewMetadata().withLabels(labels).endMetadata()
                        .withNewSpec()
                            .addNewContainer()
                                .withName("memcached")
                                .withImage(spec.getImage())
                                .withPorts(ports)
                                .withEnv(env)
                                .withResources(resources)
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .build();
    }
}
