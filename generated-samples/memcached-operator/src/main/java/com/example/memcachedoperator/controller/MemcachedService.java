package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;

/**
 * The Service of a Memcached, in front of its Deployment and exposing the ports of the spec;
 * owned by the Memcached like the Deployment.
 *
 * <p>Server-side apply creates it without JOSDK's guard that it does not exist yet: API
 * servers before 1.23 refuse that guard for Services ("resourceVersion should not be
 * set on objects to be created").
 */
@KubernetesDependent(createResourceOnlyIfNotExistingWithSSA = false)
public class MemcachedService extends CRUDKubernetesDependentResource<Service, Memcached> {
    @Override
    protected Service desired(Memcached primary, Context<Memcached> context) {
        return new ServiceBuilder()
                .withNewMetadata()
                    .withName(primary.getMetadata().getName())
                    .withNamespace(primary.getMetadata().getNamespace())
                    .withLabels(MemcachedDeployment.labels(primary))
                    .withOwnerReferences(MemcachedDeployment.controllerReference(primary))
                .endMetadata()
                .withNewSpec()
                    .withSelector(MemcachedDeployment.labels(primary))
                    .withPorts(MemcachedDeployment.ports(primary))
                .endSpec()
                .build();
    }

    /**
     * The API server refuses a Service without ports: while the spec lists none, there is no Service,
     * and JOSDK deletes one that exists (opctl grants the operator's role {@code delete} for it).
     */
    public static class HasPorts implements Condition<Service, Memcached> {
        @Override
        public boolean isMet(DependentResource<Service, Memcached> dependentResource,
                Memcached primary, Context<Memcached> context) {
            return !MemcachedDeployment.ports(primary).isEmpty();
        }
    }
}
