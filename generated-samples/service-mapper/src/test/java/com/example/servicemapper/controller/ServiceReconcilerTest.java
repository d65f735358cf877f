package com.example.servicemapper.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the Pod to Service mapping without a cluster.
 */
class ServiceReconcilerTest {
    private final Service web = service("web", "app", "web");
    private final Pod webPod = pod("web-1", "app", "web");
    private final Pod dbPod = pod("db-1", "app", "db");

    @Test
    void aServiceSelectsThePodsWhoseLabelsMatch() {
        assertTrue(ServiceReconciler.selects(web, webPod));
        assertFalse(ServiceReconciler.selects(web, dbPod));
        assertFalse(ServiceReconciler.selects(new ServiceBuilder().withNewSpec().endSpec().build(), webPod),
                "a Service without a selector selects nothing");
    }

    @Test
    void aPodMapsToTheServicesThatSelectIt() {
        ServiceReconciler reconciler = new ServiceReconciler();
        reconciler.record(web, List.of(webPod));

        assertEquals(Set.of(ResourceID.fromResource(web)), reconciler.servicesOf(ResourceID.fromResource(webPod)));
        assertEquals(Set.of(), reconciler.servicesOf(ResourceID.fromResource(dbPod)));
    }

    private static Service service(String name, String key, String value) {
        return new ServiceBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().addToSelector(key, value).endSpec().build();
    }

    private static Pod pod(String name, String key, String value) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").addToLabels(key, value)
                .endMetadata().build();
    }
}
