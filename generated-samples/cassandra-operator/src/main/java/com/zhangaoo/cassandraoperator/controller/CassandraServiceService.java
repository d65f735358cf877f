package com.zhangaoo.cassandraoperator.controller;

import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraService;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/**
 * The headless Service of a CassandraService, in front of its StatefulSet and exposing the ports of the spec;
 * owned by the CassandraService like the StatefulSet.
 *
 * <p>Server-side apply creates it without JOSDK's guard that it does not exist yet: API
 * servers before 1.23 refuse that guard for Services ("resourceVersion should not be
 * set on objects to be created").
 */
@KubernetesDependent(createResourceOnlyIfNotExistingWithSSA = false)
public class CassandraServiceService extends CRUDKubernetesDependentResource<Service, CassandraService> {
    @Override
    protected Service desired(CassandraService primary, Context<CassandraService> context) {
        return new ServiceBuilder()
                .withNewMetadata()
                    .withName(primary.getMetadata().getName())
                    .withNamespace(primary.getMetadata().getNamespace())
                    .withLabels(CassandraServiceStatefulSet.labels(primary))
                    .withOwnerReferences(CassandraServiceStatefulSet.controllerReference(primary))
                .endMetadata()
                .withNewSpec()
                    .withSelector(CassandraServiceStatefulSet.labels(primary))
                    .withClusterIP("None")
                    .withPorts(CassandraServiceStatefulSet.ports(primary))
                .endSpec()
                .build();
    }
}
