package io.kruise.sidecarsetoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.webhook.TestCertificates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4's three webhooks against a real API server (mvn verify -De2e): the webhook server runs
 * here, as the operator's ServiceAccount, and config/webhook/manifests.yaml points the API server at
 * it (https://127.0.0.1 and the test's CA instead of the Service and cert-manager's CA). It shows a
 * default set on create, an invalid SidecarSet refused with the validator's message, an update
 * refused by an update rule, sidecars injected into a matching Pod of a namespace that asks for them
 * and into no other Pod, the server answering with a rotated certificate without a restart, and what
 * the API server does while the operator is down: failurePolicy Fail refuses SidecarSets, Ignore
 * admits Pods unchanged.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class SidecarSetWebhooksE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @Test
    void theWebhooksDefaultValidateAndInject(@TempDir Path certs) throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            OperatorServiceAccount.applyCrds(client);
            String run = "e2e-webhooks-" + System.currentTimeMillis();
            Namespace injected = namespace(client, run + "-on", Map.of("sidecarset-injection", "enabled"));
            Namespace plain = namespace(client, run + "-off", Map.of());
            OperatorServiceAccount account = new OperatorServiceAccount();
            account.create(client, injected.getMetadata().getName());
            byte[] ca = TestCertificates.write(certs);
            WebhookServer server = new WebhookServer();
            WebhookRegistry.registerAll(server, account.client());
            server.start(0, certs);
            List<HasMetadata> configurations = configurations(server.port(), ca);
            try {
                configurations.forEach(c -> client.resource(c).createOr(NonDeletingOperation::update));
                awaitRefusal(client, "spec.containers must have at least one container", run);

                // The defaulter: the sample's sidecar has no image pull policy, and gets one.
                SidecarSet set = sample(run);
                SidecarSet created = client.resource(set).create();
                assertEquals("IfNotPresent", created.getSpec().getContainers().get(0).getImagePullPolicy());

                // The validator, on create and on update.
                KubernetesClientException refused = assertThrows(KubernetesClientException.class,
                        () -> client.resource(withoutContainers(sample(run + "-invalid"))).create());
                assertEquals(403, refused.getCode(), refused::getMessage);
                assertTrue(refused.getMessage().contains("spec.containers must have at least one container"),
                        refused::getMessage);
                refused = assertThrows(KubernetesClientException.class,
                        () -> client.resources(SidecarSet.class).withName(run).edit(s -> {
                            s.getSpec().setSelector(new LabelSelectorBuilder().addToMatchLabels("app", "db").build());
                            return s;
                        }));
                assertTrue(refused.getMessage().contains("spec.selector cannot change"), refused::getMessage);

                // The Pod injector: a matching Pod where injection is enabled gets the sidecar; others do not.
                assertEquals(List.of("nginx", "sidecar1"), containers(create(client, injected, "web", "nginx")));
                assertEquals(List.of("postgres"), containers(create(client, injected, "db", "postgres")));
                assertEquals(List.of("nginx"), containers(create(client, plain, "web", "nginx")));

                // A new certificate and CA, as when cert-manager renews them: the server answers with it
                // without a restart, and the API server, trusting only the new CA, reaches it.
                byte[] rotated = TestCertificates.write(certs);
                assertEquals(certificate(rotated), servedCertificate(server.port()));
                configurations = configurations(server.port(), rotated);
                configurations.forEach(c -> client.resource(c).createOr(NonDeletingOperation::update));
                awaitRefusal(client, "spec.containers must have at least one container", run);

                // The operator down: failurePolicy Fail refuses SidecarSets, Ignore admits Pods unchanged.
                server.stop();
                refused = assertThrows(KubernetesClientException.class,
                        () -> client.resource(sample(run + "-down")).create());
                assertTrue(refused.getMessage().contains("failed calling webhook"), refused::getMessage);
                assertEquals(List.of("nginx"), containers(create(client, injected, "web-down", "nginx")));
            } finally {
                server.stop();
                configurations.forEach(c -> client.resource(c).delete());
                client.resources(SidecarSet.class).withName(run).delete();
                client.resource(injected).delete();
                client.resource(plain).delete();
            }
        }
    }

    /**
     * The webhook configurations of config/webhook/manifests.yaml, calling the server on 127.0.0.1 at
     * {@code port} and trusting {@code ca}, as cert-manager's CA injector would make them trust its CA.
     */
    private static List<HasMetadata> configurations(int port, byte[] ca) throws IOException {
        List<HasMetadata> configurations = new ArrayList<>();
        for (String document : Files.readString(Path.of("config/webhook/manifests.yaml")).split("(?m)^---$")) {
            HasMetadata object = YAML.unmarshal(document);
            if (object instanceof MutatingWebhookConfiguration mutating) {
                mutating.getWebhooks().forEach(w -> local(w.getClientConfig(), port, ca));
            } else if (object instanceof ValidatingWebhookConfiguration validating) {
                validating.getWebhooks().forEach(w -> local(w.getClientConfig(), port, ca));
            }
            configurations.add(object);
        }
        return configurations;
    }

    private static void local(WebhookClientConfig config, int port, byte[] ca) {
        config.setUrl("https://127.0.0.1:" + port + config.getService().getPath());
        config.setService(null);
        config.setCaBundle(Base64.getEncoder().encodeToString(ca));
    }

    /**
     * Waits until the API server calls the webhooks as configured (it reads new configurations within
     * moments): until creating an invalid SidecarSet (a dry run) is refused with {@code message}.
     */
    private static void awaitRefusal(KubernetesClient client, String message, String name) throws Exception {
        String last = "";
        for (int i = 0; i < 100; i++) {
            try {
                client.resource(withoutContainers(sample(name + "-probe"))).dryRun().create();
                last = "accepted";
            } catch (KubernetesClientException e) {
                if (e.getMessage().contains(message)) {
                    return;
                }
                last = e.getMessage();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the API server does not call the validating webhook; last answer: " + last);
    }

    private static SidecarSet sample(String name) throws IOException {
        SidecarSet set = YAML.unmarshal(Files.readString(Path.of("config/samples/apps_v1alpha1_sidecarset.yaml")),
                SidecarSet.class);
        set.getMetadata().setName(name);
        return set;
    }

    private static SidecarSet withoutContainers(SidecarSet set) {
        set.getSpec().setContainers(List.of());
        return set;
    }

    private static Namespace namespace(KubernetesClient client, String name, Map<String, String> labels) {
        Namespace namespace = client.resource(new NamespaceBuilder().withNewMetadata().withName(name)
                .withLabels(labels).endMetadata().build()).create();
        // Pods are admitted once their namespace has its default ServiceAccount.
        client.serviceAccounts().inNamespace(name).withName("default")
                .waitUntilCondition(Objects::nonNull, 30, TimeUnit.SECONDS);
        return namespace;
    }

    private static Pod create(KubernetesClient client, Namespace namespace, String app, String container) {
        Pod pod = new PodBuilder().withNewMetadata().withName(app + "-" + container).addToLabels("app",
                        app.startsWith("web") ? "nginx" : app).endMetadata()
                .withNewSpec().withAutomountServiceAccountToken(false)
                .addNewContainer().withName(container).withImage(container).endContainer().endSpec().build();
        return client.resource(pod).inNamespace(namespace.getMetadata().getName()).create();
    }

    private static List<String> containers(Pod pod) {
        return pod.getSpec().getContainers().stream().map(Container::getName).toList();
    }

    private static X509Certificate certificate(byte[] pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
    }

    /** The certificate the server presents to a new connection. */
    private static Certificate servedCertificate(int port) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustAll()}, null);
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.startHandshake();
            return socket.getSession().getPeerCertificates()[0];
        }
    }

    /** Trusts any server: the test compares the certificate itself. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
