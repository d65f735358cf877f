package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.example.memcachedoperator.api.policy.v1.ClusterPolicy;
import com.example.memcachedoperator.api.policy.v1.ClusterPolicySpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ClusterPolicyReconciler} on a ClusterPolicy without a cluster: the Java Operator SDK's
 * context is a mock.
 */
class ClusterPolicyReconcilerTest {
    @Test
    void reportsTheGenerationItActedOnInTheStatus() throws Exception {
        ClusterPolicy resource = new ClusterPolicy();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("test")
                .withNamespace("default")
                .withGeneration(2L)
                .build());
        resource.setSpec(new ClusterPolicySpec());
        @SuppressWarnings("unchecked") Context<ClusterPolicy> context = mock(Context.class);

        UpdateControl<ClusterPolicy> control = new ClusterPolicyReconciler().reconcile(resource, context);

        assertTrue(control.isPatchStatus());
        assertEquals(2L, control.getResource().orElseThrow().getStatus().getObservedGeneration());
        // TODO(user): test what your reconciler does; stub what it reads through the context,
        // e.g. when(context.getSecondaryResource(Deployment.class)).thenReturn(...).
    }
}
