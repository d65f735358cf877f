package com.zhangaoo.cassandraoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraService;
import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraServiceSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checks what {@link CassandraServiceReconciler} asks for and reports, without a cluster: the Java
 * Operator SDK's context is a mock.
 */
class CassandraServiceReconcilerTest {
    @SuppressWarnings("unchecked")
    private final Context<CassandraService> context = mock(Context.class);

    @Test
    void theStatefulSetRunsTheSpec() {
        StatefulSet desired = new CassandraServiceStatefulSet().desired(resource(), context);

        assertEquals(3, desired.getSpec().getReplicas());
        Container container = desired.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("gcr.io/google-samples/cassandra:v13", container.getImage());
        assertEquals(9042, container.getPorts().get(0).getContainerPort());
        assertEquals(desired.getSpec().getSelector().getMatchLabels(),
                desired.getSpec().getTemplate().getMetadata().getLabels());
        assertEquals(List.of(true, true), controlledBy(desired));
    }

    @Test
    void theServiceExposesThePortsOfThePods() {
        Service desired = new CassandraServiceService().desired(resource(), context);

        assertEquals(9042, desired.getSpec().getPorts().get(0).getPort());
        assertEquals(CassandraServiceStatefulSet.labels(resource()), desired.getSpec().getSelector());
        assertEquals(List.of(true, true), controlledBy(desired));
        assertEquals("None", desired.getSpec().getClusterIP());
    }

    @Test
    void theStatusReportsTheReadyReplicas() throws Exception {
        StatefulSet running = new StatefulSetBuilder()
                .withNewStatus().withReadyReplicas(2).endStatus()
                .build();
        when(context.getSecondaryResource(StatefulSet.class)).thenReturn(Optional.of(running));

        UpdateControl<CassandraService> control = new CassandraServiceReconciler().reconcile(resource(), context);

        assertTrue(control.isPatchStatus());
        assertEquals(2, control.getResource().orElseThrow().getStatus().getReadyReplicas());
    }

    private static CassandraService resource() {
        CassandraServiceSpec spec = new CassandraServiceSpec();
        spec.setSize(3);
        spec.setImage("gcr.io/google-samples/cassandra:v13");
        spec.setPorts(List.of(new ServicePortBuilder()
                .withName("main")
                .withPort(9042)
                .build()));
        CassandraService resource = new CassandraService();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("test")
                .withNamespace("default")
                .build());
        resource.setSpec(spec);
        return resource;
    }

    /**
     * Whether {@code desired}'s owner is its controller, and blocks deletion, as kubebuilder's
     * SetControllerReference makes it.
     */
    private static List<Boolean> controlledBy(HasMetadata desired) {
        OwnerReference owner = desired.getMetadata().getOwnerReferences().get(0);
        return List.of(owner.getController(), owner.getBlockOwnerDeletion());
    }
}
