package com.example.crontaboperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.crontaboperator.api.stable.v1.CronTab;
import com.example.crontaboperator.webhook.TestCertificates;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.WebhookClientConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion webhook against a real API server (mvn verify -De2e): the webhook server runs here,
 * and the CRD calls it on https://127.0.0.1 with the test's CA (instead of the Service and
 * cert-manager's CA). v1 and v2 have schemas of their own (v1's spec.cronSpec is v2's spec.schedule,
 * and the API server stores v2): an object written as v1 reads as v2 and back unchanged, and a
 * change written as v2 reads as v1.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class CronTabConversionE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @Test
    void anObjectWrittenAsV1ReadsAsV2AndBack(@TempDir Path certs) throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            byte[] ca = TestCertificates.write(certs);
            WebhookServer server = new WebhookServer();
            WebhookRegistry.registerAll(server, client);
            server.start(0, certs);
            CustomResourceDefinition crd = YAML.unmarshal(
                    Files.readString(Path.of("config/crd/crontabs.stable.example.com.yaml")),
                    CustomResourceDefinition.class);
            assertEquals(Map.of("v1", "cronSpec", "v2", "schedule"), Map.of("v1", onlyOf(crd, "v1", "cronSpec",
                    "schedule"), "v2", onlyOf(crd, "v2", "schedule", "cronSpec")));
            client.resource(crd).forceConflicts().serverSideApply();
            var applied = client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName());
            // An edit of the CRD as the API server has it (an apply would keep a service that another
            // field manager set) points it at the server here.
            applied.edit(current -> {
                WebhookClientConfig webhook = current.getSpec().getConversion().getWebhook().getClientConfig();
                webhook.setUrl("https://127.0.0.1:" + server.port() + webhook.getService().getPath());
                webhook.setService(null);
                webhook.setCaBundle(Base64.getEncoder().encodeToString(ca));
                return current;
            });
            client.resource(crd).waitUntilCondition(OperatorServiceAccount::established, 30, TimeUnit.SECONDS);
            String namespace = "e2e-conversion-" + System.currentTimeMillis();
            client.resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                    .create();
            try {
                CronTab written = YAML.unmarshal(Files.readString(Path.of("config/samples/stable_v1_crontab.yaml")),
                        CronTab.class);
                written.getMetadata().setNamespace(namespace);
                CronTab created = awaitConversion(() -> client.resource(written).create());

                var asV2 = client.resources(com.example.crontaboperator.api.stable.v2.CronTab.class)
                        .inNamespace(namespace).withName(written.getMetadata().getName()).get();
                assertEquals("stable.example.com/v2", asV2.getApiVersion());
                assertEquals(written.getSpec().getCronSpec(), asV2.getSpec().getSchedule());
                assertEquals(written.getSpec().getImage(), asV2.getSpec().getImage());
                assertEquals(written.getSpec().getReplicas(), asV2.getSpec().getReplicas());

                CronTab back = client.resources(CronTab.class).inNamespace(namespace)
                        .withName(written.getMetadata().getName()).get();
                assertEquals(YAML.asJson(created.getSpec()), YAML.asJson(back.getSpec()));
                assertEquals(created.getMetadata().getLabels(), back.getMetadata().getLabels());

                asV2.getSpec().setSchedule("0 * * * *");
                client.resource(asV2).update();
                assertEquals("0 * * * *", client.resources(CronTab.class).inNamespace(namespace)
                        .withName(written.getMetadata().getName()).get().getSpec().getCronSpec());
            } finally {
                server.stop();
                client.namespaces().withName(namespace).delete();
                // The CRD calls the Service again, as in config/crd, for whoever applies that next.
                applied.edit(current -> {
                    current.getSpec().setConversion(crd.getSpec().getConversion());
                    return current;
                });
            }
        }
    }

    /** The property of {@code version}'s spec that the CRD has, checking that it lacks {@code other}. */
    private static String onlyOf(CustomResourceDefinition crd, String version, String property, String other) {
        CustomResourceDefinitionVersion served = crd.getSpec().getVersions().stream()
                .filter(v -> v.getName().equals(version)).findFirst().orElseThrow();
        Map<String, JSONSchemaProps> spec = served.getSchema().getOpenAPIV3Schema().getProperties().get("spec")
                .getProperties();
        assertTrue(spec.containsKey(property), spec::toString);
        assertFalse(spec.containsKey(other), spec::toString);
        return property;
    }

    /**
     * {@code write}, retried while the API server has not yet taken the CRD's new webhook address
     * (it reads CRD changes within moments).
     */
    private static CronTab awaitConversion(Supplier<CronTab> write) throws InterruptedException {
        KubernetesClientException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return write.get();
            } catch (KubernetesClientException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }
}
