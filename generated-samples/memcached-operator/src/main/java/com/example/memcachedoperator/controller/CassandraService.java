package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.data.v1.Cassandra;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/**
 * The headless Service of a Cassandra, in front of its StatefulSet and exposing the ports of the spec;
 * owned by the Cassandra like the StatefulSet.
 *
 * <p>Server-side apply creates it without JOSDK's guard that it does not exist yet: API
 * servers before 1.23 refuse that guard for Services ("resourceVersion should not be
 * set on objects to be created").
 */
@KubernetesDependent(createResourceOnlyIfNotExistingWithSSA = false)
public class CassandraService extends CRUDKubernetesDependentResource<Service, Cassandra> {
    @Override
    protected Service desired(Cassandra primary, Context<Cassandra> context) {
        return new ServiceBuilder()
                .withNewMetadata()
                    .withName(primary.getMetadata().getName())
                    .withNamespace(primary.getMetadata().getNamespace())
                    .withLabels(CassandraStatefulSet.labels(primary))
                    .withOwnerReferences(CassandraStatefulSet.controllerReference(primary))
                .endMetadata()
                .withNewSpec()
                    .withSelector(CassandraStatefulSet.labels(primary))
                    .withClusterIP("None")
                    .withPorts(CassandraStatefulSet.ports(primary))
                .endSpec()
                .build();
    }
}
