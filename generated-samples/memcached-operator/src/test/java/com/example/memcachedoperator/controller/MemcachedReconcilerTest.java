package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedSpec;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedStatus;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks what {@link MemcachedReconciler} asks for and reports, without a cluster: the Java
 * Operator SDK's context is a mock.
 */
@EnableKubernetesMockClient(crud = true)
class MemcachedReconcilerTest {
    /**
     * fabric8's mock API server, where the reconciler records its Events.
     */
    KubernetesClient client;

    @SuppressWarnings("unchecked")
    private final Context<Memcached> context = mock(Context.class);

    @BeforeEach
    void recordEventsOnTheMockApiServer() {
        when(context.getClient()).thenReturn(client);
    }

    @Test
    void theDeploymentRunsTheSpec() {
        Deployment desired = new MemcachedDeployment().desired(resource(), context);

        assertEquals(3, desired.getSpec().getReplicas());
        Container container = desired.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("memcached:1.6", container.getImage());
        assertEquals(11211, container.getPorts().get(0).getContainerPort());
        assertEquals(desired.getSpec().getSelector().getMatchLabels(),
                desired.getSpec().getTemplate().getMetadata().getLabels());
        assertEquals(List.of(true, true), controlledBy(desired));
    }

    @Test
    void theServiceExposesThePortsOfThePods() {
        Service desired = new MemcachedService().desired(resource(), context);

        assertEquals(11211, desired.getSpec().getPorts().get(0).getPort());
        assertEquals(MemcachedDeployment.labels(resource()), desired.getSpec().getSelector());
        assertEquals(List.of(true, true), controlledBy(desired));
    }

    @Test
    void thereIsAServiceOnlyWhileTheSpecListsPorts() {
        Memcached resource = resource();
        assertTrue(new MemcachedService.HasPorts().isMet(null, resource, context));
        resource.getSpec().setPorts(List.of());
        assertFalse(new MemcachedService.HasPorts().isMet(null, resource, context));
    }

    @Test
    void aDeploymentRolledOutIsAvailable() {
        MemcachedStatus status = reconcile(resource(), deployment(3, 3));

        assertEquals(3, status.getReadyReplicas());
        assertEquals(1L, status.getObservedGeneration());
        assertEquals(List.of("Available True ReplicasReady",
                "Progressing False RolloutComplete",
                "Degraded False AsExpected"),
                conditions(status));
        assertEquals(List.of("Normal Available: 3 of 3 replicas ready"), events());
        Event event = client.v1().events().inNamespace("default").list().getItems().get(0);
        assertEquals(List.of("Memcached", "test", "memcached-operator"),
                List.of(event.getInvolvedObject().getKind(), event.getInvolvedObject().getName(),
                        event.getSource().getComponent()));
    }

    @Test
    void aDeploymentStartingIsProgressing() {
        MemcachedStatus status = reconcile(resource(), deployment(3, 2));

        assertEquals(2, status.getReadyReplicas());
        assertEquals(List.of("Available False ReplicasNotReady",
                "Progressing True RollingOut",
                "Degraded False AsExpected"),
                conditions(status));
        assertEquals("2 of 3 replicas ready", status.getConditions().get(0).getMessage());
        assertEquals(List.of(), events());
    }

    @Test
    void aDeploymentPastItsProgressDeadlineIsDegraded() {
        Deployment deployment = deployment(3, 2);
        deployment.getStatus().setConditions(List.of(new DeploymentConditionBuilder()
                .withType("Progressing")
                .withStatus("False")
                .withReason("ProgressDeadlineExceeded")
                .withMessage("ReplicaSet \"test-1\" has timed out progressing.")
                .build()));
        MemcachedStatus status = reconcile(resource(), deployment);

        assertEquals(List.of("Available False ReplicasNotReady",
                "Progressing False ProgressDeadlineExceeded",
                "Degraded True ProgressDeadlineExceeded"),
                conditions(status));
        assertEquals(List.of(
                "Warning Degraded: ProgressDeadlineExceeded: ReplicaSet \"test-1\" has timed out progressing."),
                events());
    }

    @Test
    void aConditionChangesItsTimeOnlyWithItsStatus() {
        Memcached resource = resource();
        resource.setStatus(reconcile(resource(), deployment(3, 2)));
        resource.getStatus().getConditions().forEach(c -> c.setLastTransitionTime("2020-01-01T00:00:00Z"));
        resource.getMetadata().setGeneration(2L);

        MemcachedStatus status = reconcile(resource, deployment(3, 3));

        assertNotEquals("2020-01-01T00:00:00Z", status.getConditions().get(0).getLastTransitionTime());
        assertEquals("2020-01-01T00:00:00Z", status.getConditions().get(2).getLastTransitionTime());
        assertEquals(2L, status.getConditions().get(2).getObservedGeneration());
    }

    private static Memcached resource() {
        MemcachedSpec spec = new MemcachedSpec();
        spec.setSize(3);
        spec.setImage("memcached:1.6");
        spec.setPorts(List.of(new ServicePortBuilder()
                .withName("main")
                .withPort(11211)
                .build()));
        Memcached resource = new Memcached();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("test")
                .withNamespace("default")
                .withGeneration(1L)
                .build());
        resource.setSpec(spec);
        return resource;
    }

    /**
     * The Deployment of {@link #resource()} as Kubernetes reports it, its spec seen.
     */
    private static Deployment deployment(int updated, int ready) {
        return new DeploymentBuilder()
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
     * Reconciles {@code resource} with its Deployment in the cache; returns the status to patch.
     */
    private MemcachedStatus reconcile(Memcached resource, Deployment deployment) {
        when(context.getSecondaryResource(Deployment.class)).thenReturn(Optional.of(deployment));
        UpdateControl<Memcached> control = new MemcachedReconciler().reconcile(resource, context);
        assertTrue(control.isPatchStatus());
        return control.getResource().orElseThrow().getStatus();
    }

    /**
     * Each condition as type, status and reason.
     */
    private static List<String> conditions(MemcachedStatus status) {
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
