package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checks what {@link MemcachedReconciler} asks for and reports, without a cluster: the Java
 * Operator SDK's context is a mock.
 */
class MemcachedReconcilerTest {
    @SuppressWarnings("unchecked")
    private final Context<Memcached> context = mock(Context.class);

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
    void theStatusReportsTheReadyReplicas() throws Exception {
        Deployment running = new DeploymentBuilder()
                .withNewStatus().withReadyReplicas(2).endStatus()
                .build();
        when(context.getSecondaryResource(Deployment.class)).thenReturn(Optional.of(running));

        UpdateControl<Memcached> control = new MemcachedReconciler().reconcile(resource(), context);

        assertTrue(control.isPatchStatus());
        assertEquals(2, control.getResource().orElseThrow().getStatus().getReadyReplicas());
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
