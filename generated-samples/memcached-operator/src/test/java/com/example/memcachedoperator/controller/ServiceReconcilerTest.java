package com.example.memcachedoperator.controller;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ServiceReconciler} on a Service without a cluster: the Java Operator SDK's
 * context is a mock.
 */
class ServiceReconcilerTest {
    @Test
    void leavesTheServiceAsItIs() throws Exception {
        Service resource = new Service();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("test")
                .withNamespace("default")
                .build());
        @SuppressWarnings("unchecked") Context<Service> context = mock(Context.class);

        UpdateControl<Service> control = new ServiceReconciler().reconcile(resource, context);

        assertTrue(control.isNoUpdate());
        // TODO(user): test what your reconciler does; stub what it reads through the context.
    }
}
