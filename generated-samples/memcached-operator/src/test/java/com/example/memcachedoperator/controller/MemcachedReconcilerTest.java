package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link MemcachedReconciler} on a Memcached without a cluster: the Java Operator SDK's
 * context is a mock.
 */
class MemcachedReconcilerTest {
    @Test
    void reportsTheGenerationItActedOnInTheStatus() throws Exception {
        Memcached resource = new Memcached();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("test")
                .withNamespace("default")
                .withGeneration(2L)
                .build());
        resource.setSpec(new MemcachedSpec());
        @SuppressWarnings("unchecked") Context<Memcached> context = mock(Context.class);

        UpdateControl<Memcached> control = new MemcachedReconciler().reconcile(resource, context);

        assertTrue(control.isPatchStatus());
        assertEquals(2L, control.getResource().orElseThrow().getStatus().getObservedGeneration());
        // TODO(user): test what your reconciler does; stub what it reads through the context,
        // e.g. when(context.getSecondaryResource(Deployment.class)).thenReturn(...).
    }
}
