package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.memcachedoperator.api.data.v1.Cassandra;
import com.example.memcachedoperator.api.data.v1.CassandraSpec;
import com.example.memcachedoperator.api.data.v1.CassandraStatus;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks what {@link CassandraReconciler} asks for and reports, without a cluster: the Java
 * Operator SDK's context is a mock.
 */
@EnableKubernetesMockClient(crud = true)
class CassandraReconcilerTest {
    /**
     * fabric8's mock API server, where the reconciler records its Events.
     */
    KubernetesClient client;

    @SuppressWarnings("unchecked")
    private final Context<Cassandra> context = mock(Context.class);

    @BeforeEach
    void recordEventsOnTheMockApiServer() {
        when(context.getClient()).thenReturn(client);
    }

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
    void aStatefulSetRolledOutIsAvailable() {
        CassandraStatus status = reconcile(resource(), statefulSet(3, 3));

        assertEquals(3, status.getReadyReplicas());
        assertEquals(1L, status.getObservedGeneration());
        assertEquals(List.of("Available True ReplicasReady",
                "Progressing False RolloutComplete",
                "Degraded False AsExpected"),
                conditions(status));
        assertEquals(List.of("Normal Available: 3 of 3 replicas ready"), events());
        Event event = client.v1().events().inNamespace("default").list().getItems().get(0);
        assertEquals(List.of("Cassandra", "test", "memcached-operator"),
                List.of(event.getInvolvedObject().getKind(), event.getInvolvedObject().getName(),
                        event.getSource().getComponent()));
    }

    @Test
    void aStatefulSetStartingIsProgressing() {
        CassandraStatus status = reconcile(resource(), statefulSet(3, 2));

        assertEquals(2, status.getReadyReplicas());
        assertEquals(List.of("Available False ReplicasNotReady",
                "Progressing True RollingOut",
                "Degraded False AsExpected"),
                conditions(status));
        assertEquals("2 of 3 replicas ready", status.getConditions().get(0).getMessage());
        assertEquals(List.of(), events());
    }

    @Test
    void aConditionChangesItsTimeOnlyWithItsStatus() {
        Cassandra resource = resource();
        resource.setStatus(reconcile(resource(), statefulSet(3, 2)));
        resource.getStatus().getConditions().forEach(c -> c.setLastTransitionTime("2020-01-01T00:00:00Z"));
        resource.getMetadata().setGeneration(2L);

        CassandraStatus status = reconcile(resource, statefulSet(3, 3));

        assertNotEquals("2020-01-01T00:00:00Z", status.getConditions().get(0).getLastTransitionTime());
        assertEquals("2020-01-01T00:00:00Z", status.getConditions().get(2).getLastTransitionTime());
        assertEquals(2L, status.getConditions().get(2).getObservedGeneration());
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
                .withGeneration(1L)
                .build());
        resource.setSpec(spec);
        return resource;
    }

    /**
     * The StatefulSet of {@link #resource()} as Kubernetes reports it, its spec seen.
     */
    private static StatefulSet statefulSet(int updated, int ready) {
        return new StatefulSetBuilder()
                .withNewMetadata().withGeneration(1L).endMetadata()
                .withNewStatus()
                    .withObservedGeneration(1L)
                    .withReplicas(3)
                    .withUpdatedReplicas(updated)
                    .withReadyReplicas(ready)
                .endStatus()
                .build();
    }

    /**
     * Reconciles {@code resource} with its StatefulSet in the cache; returns the status to patch.
     */
    private CassandraStatus reconcile(Cassandra resource, StatefulSet statefulSet) {
        when(context.getSecondaryResource(StatefulSet.class)).thenReturn(Optional.of(statefulSet));
        UpdateControl<Cassandra> control = new CassandraReconciler().reconcile(resource, context);
        assertTrue(control.isPatchStatus());
        return control.getResource().orElseThrow().getStatus();
    }

    /**
     * Each condition as type, status and reason.
     */
    private static List<String> conditions(CassandraStatus status) {
        return status.getConditions().stream()
                .map(c -> c.getType() + " " + c.getStatus() + " " + c.getReason())
                .toList();
    }

    /**
     * The Events recorded, as type, reason and message.
     */
    private List<String> events() {
        return client.v1().events().inNamespace("default").list().getItems().stream()
                .map(e -> e.getType() + " " + e.getReason() + ": " + e.getMessage())
                .toList();
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
