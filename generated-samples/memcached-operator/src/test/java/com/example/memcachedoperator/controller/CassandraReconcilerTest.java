package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.memcachedoperator.api.data.v1.Cassandra;
import com.example.memcachedoperator.api.data.v1.CassandraSpec;
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
 * Checks what {@link CassandraReconciler} asks for and reports, without a cluster: the Java
 * Operator SDK's context is a mock.
 */
class CassandraReconcilerTest {
    @SuppressWarnings("unchecked")
    private final Context<Cassandra> context = mock(Context.class);

    @Test
    void theStatefulSetRunsTheSpec() {
        StatefulSet desired = new CassandraStatefulSet().desired(resource(), context);

        assertEquals(3, desired.getSpec().getReplicas());
        Container container = desired.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("cassandra:4.1", container.getImage());
        assertEquals(9042, container.getPorts().get(0).getContainerPort());
        assertEquals(desired.getSpec().getSelector().getMatchLabels(),
                desired.getSpec().getTemplate().getMetadata().getLabels());
        assertEquals(List.of(true, true), controlledBy(desired));
    }

    @Test
    void theServiceExposesThePortsOfThePods() {
        Service desired = new CassandraService().desired(resource(), context);

        assertEquals(9042, desired.getSpec().getPorts().get(0).getPort());
        assertEquals(CassandraStatefulSet.labels(resource()), desired.getSpec().getSelector());
        assertEquals(List.of(true, true), controlledBy(desired));
        assertEquals("None", desired.getSpec().getClusterIP());
    }

    @Test
    void theStatusReportsTheReadyReplicas() throws Exception {
        StatefulSet running = new StatefulSetBuilder()
                .withNewStatus().withReadyReplicas(2).endStatus()
                .build();
        when(context.getSecondaryResource(StatefulSet.class)).thenReturn(Optional.of(running));

        UpdateControl<Cassandra> control = new CassandraReconciler().reconcile(resource(), context);

        assertTrue(control.isPatchStatus());
        assertEquals(2, control.getResource().orElseThrow().getStatus().getReadyReplicas());
    }

    private static Cassandra resource() {
        CassandraSpec spec = new CassandraSpec();
        spec.setSize(3);
        spec.setImage("cassandra:4.1");
        spec.setPorts(List.of(new ServicePortBuilder()
                .withName("main")
                .withPort(9042)
                .build()));
        Cassandra resource = new Cassandra();
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
