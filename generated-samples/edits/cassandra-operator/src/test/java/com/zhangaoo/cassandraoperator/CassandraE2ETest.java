package com.zhangaoo.cassandraoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraService;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
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
 * Scenario 1 against a real cluster (mvn verify -De2e), the operator running as a ServiceAccount
 * that has only its generated role: the sample CassandraService gets a headless Service and a
 * StatefulSet with replicas = size, both owned by it; size 3 -> 5 converges; its status mirrors the
 * StatefulSet's ready replicas, and its conditions and Events follow the StatefulSet from rolling out
 * to available; the operator may not delete the StatefulSet; deleting the CassandraService deletes
 * both.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class CassandraE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount.runOperator().build();

    @Test
    void theSampleRunsAsAStatefulSetBehindAHeadlessServiceAndScales() throws Exception {
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        String namespace = operator.getNamespace();
        client.resource(YAML.unmarshal(Files.readString(
                Path.of("config/samples/cassandra_v1alpha1_cassandraservice.yaml")), CassandraService.class))
                .inNamespace(namespace).create();
        StatefulSet statefulSet = client.apps().statefulSets().inNamespace(namespace).withName("cassandra")
                .waitUntilCondition(s -> s != null && s.getSpec().getReplicas() == 3, 60, TimeUnit.SECONDS);
        assertEquals("CassandraService", statefulSet.getMetadata().getOwnerReferences().get(0).getKind());
        assertEquals("cassandra", statefulSet.getSpec().getServiceName());
        Service service = client.services().inNamespace(namespace).withName("cassandra").get();
        assertEquals("None", service.getSpec().getClusterIP());
        assertEquals(4, service.getSpec().getPorts().size());
        // No kubelet and no StatefulSet controller here: the StatefulSet reports nothing, so it rolls out.
        CassandraService rollingOut = client.resources(CassandraService.class).inNamespace(namespace)
                .withName("cassandra").waitUntilCondition(c -> has(c, "Progressing", "True"), 60,
                        TimeUnit.SECONDS);
        assertEquals(List.of("Available False ReplicasNotReady", "Progressing True RollingOut",
                "Degraded False AsExpected"), conditions(rollingOut));

        // A merge patch, not edit(): the operator writes the status meanwhile, and edit() would conflict (409).
        client.resources(CassandraService.class).inNamespace(namespace).withName("cassandra")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"size\":5}}");
        client.apps().statefulSets().inNamespace(namespace).withName("cassandra")
                .waitUntilCondition(s -> s != null && s.getSpec().getReplicas() == 5, 60, TimeUnit.SECONDS);

        // No kubelet here reports ready Pods: the test writes the StatefulSet's status in its place.
        client.apps().statefulSets().inNamespace(namespace).withName("cassandra").editStatus(s -> {
            s.setStatus(new StatefulSetStatusBuilder().withReplicas(5).withReadyReplicas(4).build());
            return s;
        });
        client.resources(CassandraService.class).inNamespace(namespace).withName("cassandra")
                .waitUntilCondition(c -> c != null && c.getStatus() != null
                        && Integer.valueOf(4).equals(c.getStatus().getReadyReplicas()), 60, TimeUnit.SECONDS);

        // All replicas updated and ready: available, with an Event.
        client.apps().statefulSets().inNamespace(namespace).withName("cassandra").editStatus(s -> {
            s.setStatus(new StatefulSetStatusBuilder().withObservedGeneration(s.getMetadata().getGeneration())
                    .withReplicas(5).withUpdatedReplicas(5).withReadyReplicas(5).build());
            return s;
        });
        CassandraService available = client.resources(CassandraService.class).inNamespace(namespace)
                .withName("cassandra").waitUntilCondition(c -> has(c, "Available", "True"), 60,
                        TimeUnit.SECONDS);
        assertEquals(List.of("Available True ReplicasReady", "Progressing False RolloutComplete",
                "Degraded False AsExpected"), conditions(available));
        List<Event> events = client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> available.getMetadata().getUid().equals(e.getInvolvedObject().getUid()))
                .toList();
        assertEquals(List.of("Normal Available: 5 of 5 replicas ready cassandra-operator"), events.stream()
                .map(e -> e.getType() + " " + e.getReason() + ": " + e.getMessage() + " "
                        + e.getSource().getComponent())
                .distinct()
                .toList());

        // Its role lets it create and update StatefulSets, not delete them: garbage collection does.
        KubernetesClientException refused = assertThrows(KubernetesClientException.class, () -> operator
                .getKubernetesClient().apps().statefulSets().inNamespace(namespace).withName("cassandra").delete());
        assertEquals(403, refused.getCode(), refused::getMessage);

        client.resources(CassandraService.class).inNamespace(namespace).withName("cassandra").delete();
        client.apps().statefulSets().inNamespace(namespace).withName("cassandra")
                .waitUntilCondition(s -> s == null, 90, TimeUnit.SECONDS);
        client.services().inNamespace(namespace).withName("cassandra")
                .waitUntilCondition(s -> s == null, 90, TimeUnit.SECONDS);
    }

    private static boolean has(CassandraService cassandra, String type, String status) {
        return cassandra != null && cassandra.getStatus() != null && cassandra.getStatus().getConditions() != null
                && cassandra.getStatus().getConditions().stream()
                        .anyMatch(c -> c.getType().equals(type) && c.getStatus().equals(status));
    }

    private static List<String> conditions(CassandraService cassandra) {
        return cassandra.getStatus().getConditions().stream()
                .map(c -> c.getType() + " " + c.getStatus() + " " + c.getReason())
                .toList();
    }
}
