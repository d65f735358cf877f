package com.example.servicemapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.servicemapper.controller.ServiceReconciler;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 6 against a real cluster (mvn verify -De2e), the operator running as a ServiceAccount
 * that has only its generated role: the Pod to Service mapping follows Services and Pods as they
 * are created, relabelled and deleted, and the operator may read Services and Pods but not change
 * them.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class ServiceMapperE2ETest {
    // The mapping is read through the reconciler, so the test registers one it holds.
    private final ServiceReconciler mapper = new ServiceReconciler();

    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount
            .runOperator(registered -> registered.register(mapper)).build();

    @Test
    void theMappingFollowsServicesAndPods() throws Exception {
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        String namespace = operator.getNamespace();
        // Pods are admitted once their namespace has its default ServiceAccount.
        client.serviceAccounts().inNamespace(namespace).withName("default")
                .waitUntilCondition(Objects::nonNull, 30, TimeUnit.SECONDS);
        client.resource(new ServiceBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().addToSelector("app", "web").addNewPort().withPort(80).withProtocol("TCP")
                .endPort().endSpec().build()).inNamespace(namespace).create();
        client.resource(pod("web-1", "web")).inNamespace(namespace).create();
        client.resource(pod("db-1", "db")).inNamespace(namespace).create();
        ResourceID web = new ResourceID("web", namespace);
        ResourceID web1 = new ResourceID("web-1", namespace);
        ResourceID db1 = new ResourceID("db-1", namespace);

        awaitEquals(Set.of(web), () -> mapper.servicesOf(web1));
        assertEquals(Set.of(), mapper.servicesOf(db1));

        client.pods().inNamespace(namespace).withName("db-1").edit(p -> {
            p.getMetadata().getLabels().put("app", "web");
            return p;
        });
        awaitEquals(Set.of(web), () -> mapper.servicesOf(db1));

        KubernetesClientException refused = assertThrows(KubernetesClientException.class,
                () -> operator.getKubernetesClient().services().inNamespace(namespace).withName("web").edit(s -> {
                    s.getSpec().getSelector().put("app", "db");
                    return s;
                }));
        assertEquals(403, refused.getCode(), refused::getMessage);

        client.services().inNamespace(namespace).withName("web").delete();
        awaitEquals(Set.of(), () -> mapper.servicesOf(web1));
    }

    private static Pod pod(String name, String app) {
        return new PodBuilder().withNewMetadata().withName(name).addToLabels("app", app).endMetadata()
                .withNewSpec().withAutomountServiceAccountToken(false)
                .addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec().build();
    }

    /** Waits up to 30 s for {@code actual} to give {@code expected}; the mapping follows events. */
    private static <T> void awaitEquals(T expected, Supplier<T> actual) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!expected.equals(actual.get()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(expected, actual.get());
    }
}
