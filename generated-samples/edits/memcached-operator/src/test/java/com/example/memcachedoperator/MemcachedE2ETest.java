package com.example.memcachedoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Deployment workload controller against a real cluster (mvn verify -De2e), the operator running
 * as a ServiceAccount that has only its generated role: the sample Memcached gets a Deployment with
 * replicas = size and a Service on its port, both owned by it; size 3 -> 5 converges; its status
 * mirrors the Deployment's ready replicas, and its conditions and Events follow the Deployment from
 * rolling out to available to degraded; without ports its Service goes away; the operator may not
 * delete the Deployment; deleting the Memcached deletes both.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class MemcachedE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount.runOperator().build();

    @Test
    void theSampleRunsAsADeploymentBehindAServiceAndScales() throws Exception {
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        String namespace = operator.getNamespace();
        client.resource(YAML.unmarshal(Files.readString(
                Path.of("config/samples/cache_v1alpha1_memcached.yaml")), Memcached.class))
                .inNamespace(namespace).create();
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName("memcached-sample")
                .waitUntilCondition(d -> d != null && d.getSpec().getReplicas() == 3, 60, TimeUnit.SECONDS);
        assertEquals("Memcached", deployment.getMetadata().getOwnerReferences().get(0).getKind());
        assertEquals("memcached:1.6", deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getImage());
        Service service = client.services().inNamespace(namespace).withName("memcached-sample")
                .waitUntilCondition(s -> s != null, 60, TimeUnit.SECONDS);
        assertEquals(11211, service.getSpec().getPorts().get(0).getPort());
        // No kubelet and no Deployment controller here: the Deployment reports nothing, so it rolls out.
        Memcached rollingOut = client.resources(Memcached.class).inNamespace(namespace)
                .withName("memcached-sample").waitUntilCondition(m -> has(m, "Progressing", "True"), 60,
                        TimeUnit.SECONDS);
        assertEquals(List.of("Available False ReplicasNotReady", "Progressing True RollingOut",
                "Degraded False AsExpected"), conditions(rollingOut));
        assertEquals(rollingOut.getMetadata().getGeneration(), rollingOut.getStatus().getObservedGeneration());

        // A merge patch, not edit(): the operator writes the status meanwhile, and edit() would conflict (409).
        client.resources(Memcached.class).inNamespace(namespace).withName("memcached-sample")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"size\":5}}");
        client.apps().deployments().inNamespace(namespace).withName("memcached-sample")
                .waitUntilCondition(d -> d != null && d.getSpec().getReplicas() == 5, 60, TimeUnit.SECONDS);

        // No kubelet here reports ready Pods: the test writes the Deployment's status in its place.
        client.apps().deployments().inNamespace(namespace).withName("memcached-sample").editStatus(d -> {
            d.setStatus(new DeploymentStatusBuilder().withReplicas(5).withReadyReplicas(4).build());
            return d;
        });
        client.resources(Memcached.class).inNamespace(namespace).withName("memcached-sample")
                .waitUntilCondition(m -> m != null && m.getStatus() != null
                        && Integer.valueOf(4).equals(m.getStatus().getReadyReplicas()), 60, TimeUnit.SECONDS);

        // All replicas updated and ready: available, with an Event; then past its progress deadline.
        client.apps().deployments().inNamespace(namespace).withName("memcached-sample").editStatus(d -> {
            d.setStatus(new DeploymentStatusBuilder().withObservedGeneration(d.getMetadata().getGeneration())
                    .withReplicas(5).withUpdatedReplicas(5).withReadyReplicas(5).build());
            return d;
        });
        Memcached available = client.resources(Memcached.class).inNamespace(namespace)
                .withName("memcached-sample").waitUntilCondition(m -> has(m, "Available", "True"), 60,
                        TimeUnit.SECONDS);
        assertEquals(List.of("Available True ReplicasReady", "Progressing False RolloutComplete",
                "Degraded False AsExpected"), conditions(available));
        assertEquals(List.of("Normal Available: 5 of 5 replicas ready"), events(client, available));
        client.apps().deployments().inNamespace(namespace).withName("memcached-sample").editStatus(d -> {
            d.setStatus(new DeploymentStatusBuilder(d.getStatus()).withReadyReplicas(4)
                    .withConditions(new DeploymentConditionBuilder().withType("Progressing")
                            .withStatus("False").withReason("ProgressDeadlineExceeded")
                            .withMessage("ReplicaSet \"memcached-sample-1\" has timed out progressing.")
                            .build())
                    .build());
            return d;
        });
        Memcached degraded = client.resources(Memcached.class).inNamespace(namespace)
                .withName("memcached-sample").waitUntilCondition(m -> has(m, "Degraded", "True"), 60,
                        TimeUnit.SECONDS);
        assertEquals(List.of("Available False ReplicasNotReady", "Progressing False ProgressDeadlineExceeded",
                "Degraded True ProgressDeadlineExceeded"), conditions(degraded));
        assertEquals(List.of("Normal Available: 5 of 5 replicas ready",
                "Warning Degraded: ProgressDeadlineExceeded: ReplicaSet \"memcached-sample-1\" has timed out "
                        + "progressing.",
                "Warning Unavailable: 4 of 5 replicas ready"), events(client, degraded));

        // Its role lets it create and update Deployments, not delete them: garbage collection does.
        KubernetesClientException refused = assertThrows(KubernetesClientException.class, () -> operator
                .getKubernetesClient().apps().deployments().inNamespace(namespace).withName("memcached-sample").delete());
        assertEquals(403, refused.getCode(), refused::getMessage);

        client.resources(Memcached.class).inNamespace(namespace).withName("memcached-sample")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"ports\":[]}}");
        client.services().inNamespace(namespace).withName("memcached-sample")
                .waitUntilCondition(s -> s == null, 60, TimeUnit.SECONDS);

        client.resources(Memcached.class).inNamespace(namespace).withName("memcached-sample").delete();
        client.apps().deployments().inNamespace(namespace).withName("memcached-sample")
                .waitUntilCondition(d -> d == null, 90, TimeUnit.SECONDS);
    }

    private static boolean has(Memcached memcached, String type, String status) {
        return memcached != null && memcached.getStatus() != null && memcached.getStatus().getConditions() != null
                && memcached.getStatus().getConditions().stream()
                        .anyMatch(c -> c.getType().equals(type) && c.getStatus().equals(status));
    }

    private static List<String> conditions(Memcached memcached) {
        return memcached.getStatus().getConditions().stream()
                .map(c -> c.getType() + " " + c.getStatus() + " " + c.getReason())
                .toList();
    }

    /**
     * The Events about {@code memcached} as type, reason and message, sorted, each once (a reconciliation
     * that reads the Memcached before its last status reached the informer may record one again).
     */
    private static List<String> events(KubernetesClient client, Memcached memcached) {
        List<Event> events = client.v1().events().inNamespace(memcached.getMetadata().getNamespace()).list()
                .getItems().stream()
                .filter(e -> memcached.getMetadata().getUid().equals(e.getInvolvedObject().getUid()))
                .toList();
        events.forEach(e -> assertEquals("memcached-operator", e.getSource().getComponent()));
        return events.stream().map(e -> e.getType() + " " + e.getReason() + ": " + e.getMessage()).sorted().distinct()
                .toList();
    }
}
