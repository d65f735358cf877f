package com.coreos.database.etcdoperator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.coreos.database.etcdoperator.api.etcd.v1beta2.EtcdCluster;
import com.coreos.database.etcdoperator.api.etcd.v1beta2.EtcdClusterSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link EtcdClusterReconciler} on an EtcdCluster without a cluster: the Java Operator SDK's
 * context is a mock.
 */
class EtcdClusterReconcilerTest {
    @Test
    void reportsTheGenerationItActedOnInTheStatus() throws Exception {
        EtcdCluster resource = new EtcdCluster();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("test")
                .withNamespace("default")
                .withGeneration(2L)
                .build());
        resource.setSpec(new EtcdClusterSpec());
        @SuppressWarnings("unchecked") Context<EtcdCluster> context = mock(Context.class);

        UpdateControl<EtcdCluster> control = new EtcdClusterReconciler().reconcile(resource, context);

        assertTrue(control.isPatchStatus());
        assertEquals(2L, control.getResource().orElseThrow().getStatus().getObservedGeneration());
        // TODO(user): test what your reconciler does; stub what it reads through the context,
        // e.g. when(context.getSecondaryResource(Deployment.class)).thenReturn(...).
    }
}
