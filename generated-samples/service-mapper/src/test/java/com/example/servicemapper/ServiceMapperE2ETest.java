package com.example.servicemapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.servicemapper.controller.ServiceReconciler;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scenario 6 against a real cluster (mvn verify -De2e), the operator running as a ServiceAccount
 * that has only its generated role: the Pod to Service mapping follows Services and Pods as they
 * are created, relabelled and deleted, and the operator may read Services and Pods but not change
 * them.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class ServiceMapperE2ETest {
    @Test
    void theMappingFollowsServicesAndPods() throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            String namespace = "e2e-mapper-" + System.currentTimeMillis();
            client.resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                    .create();
            // Pods are admitted once their namespace has its default ServiceAccount.
            client.serviceAccounts().inNamespace(namespace).withName("default")
                    .waitUntilCondition(Objects::nonNull, 30, TimeUnit.SECONDS);
            OperatorIdentity identity = OperatorIdentity.create(client, namespace);
            identity.bind(Set.of());
            // The mapping is read through the reconciler, so the test registers one it holds.
            ServiceReconciler mapper = new ServiceReconciler();
            Operator operator = new Operator(overrider -> overrider.withKubernetesClient(identity.client()));
            operator.register(mapper);
            operator.start();
            try (KubernetesClient asOperator = identity.client()) {
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
                        () -> asOperator.services().inNamespace(namespace).withName("web").edit(s -> {
                            s.getSpec().getSelector().put("app", "db");
                            return s;
                        }));
                assertEquals(403, refused.getCode(), refused::getMessage);

                client.services().inNamespace(namespace).withName("web").delete();
                awaitEquals(Set.of(), () -> mapper.servicesOf(web1));
            } finally {
                operator.stop();
                identity.close();
                client.namespaces().withName(namespace).delete();
            }
        }
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
