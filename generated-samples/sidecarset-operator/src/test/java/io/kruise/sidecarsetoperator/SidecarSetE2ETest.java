package io.kruise.sidecarsetoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 4 (without its webhooks) against a real cluster (mvn verify -De2e), the operator running
 * as a ServiceAccount that has only its generated role: a cluster-scoped SidecarSet counts the Pods
 * its selector matches, those that carry its sidecars and those that are ready, and follows Pods as
 * they change; the operator may read Pods but not delete them.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class SidecarSetE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount.runOperator().build();

    @Test
    void aSidecarSetCountsThePodsItMatches() throws Exception {
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        String namespace = operator.getNamespace();
        // Pods are admitted once their namespace has its default ServiceAccount.
        client.serviceAccounts().inNamespace(namespace).withName("default")
                .waitUntilCondition(Objects::nonNull, 30, TimeUnit.SECONDS);
        SidecarSet set = YAML.unmarshal(Files.readString(Path.of("config/samples/apps_v1alpha1_sidecarset.yaml")),
                SidecarSet.class);
        set.getMetadata().setName(namespace);
        try {
            client.resource(set).create();
            client.resource(pod("nginx-1", "nginx", "nginx", "sidecar1")).inNamespace(namespace).create();
            client.resource(pod("nginx-2", "nginx", "nginx")).inNamespace(namespace).create();
            client.resource(pod("db-1", "db", "postgres")).inNamespace(namespace).create();
            awaitStatus(client, namespace, 2, 1, 0);

            // No kubelet here reports ready Pods: the test writes a Pod's status in its place.
            client.pods().inNamespace(namespace).withName("nginx-2").editStatus(p -> {
                p.setStatus(new PodStatusBuilder().withPhase("Running")
                        .addNewCondition().withType("Ready").withStatus("True").endCondition().build());
                return p;
            });
            awaitStatus(client, namespace, 2, 1, 1);

            client.pods().inNamespace(namespace).withName("db-1").edit(p -> {
                p.getMetadata().getLabels().put("app", "nginx");
                return p;
            });
            awaitStatus(client, namespace, 3, 1, 1);

            KubernetesClientException refused = assertThrows(KubernetesClientException.class,
                    () -> operator.getKubernetesClient().pods().inNamespace(namespace).withName("nginx-1").delete());
            assertEquals(403, refused.getCode(), refused::getMessage);
        } finally {
            // The namespace of the test goes with its Pods; the SidecarSet is cluster-scoped.
            client.resource(set).delete();
        }
    }

    private static Pod pod(String name, String app, String... containers) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).addToLabels("app", app).endMetadata()
                .withNewSpec().withAutomountServiceAccountToken(false).endSpec();
        for (String container : containers) {
            pod.editSpec().addNewContainer().withName(container).withImage(container).endContainer().endSpec();
        }
        return pod.build();
    }

    private static void awaitStatus(KubernetesClient client, String name, int matched, int updated, int ready) {
        client.resources(SidecarSet.class).withName(name).waitUntilCondition(s -> s != null && s.getStatus() != null
                && List.of(matched, updated, ready).equals(List.of(s.getStatus().getMatchedPods(),
                        s.getStatus().getUpdatedPods(), s.getStatus().getReadyPods())), 60, TimeUnit.SECONDS);
    }
}
