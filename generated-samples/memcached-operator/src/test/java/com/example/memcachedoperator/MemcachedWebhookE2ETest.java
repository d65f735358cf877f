package com.example.memcachedoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validating webhook with the certificate the operator makes itself (opctl edit --webhook-tls
 * self-managed), against a real API server (mvn verify -De2e) and no cert-manager. The webhook
 * server runs here as the operator's ServiceAccount, holding its generated role and
 * config/rbac/webhook_tls_role.yaml only, with the settings of config/manager/webhook_patch.yaml;
 * config/webhook/manifests.yaml calls it at https://127.0.0.1 instead of the Service. It shows that
 * the server creates the Secret and writes its CA into the webhook configuration, after which the
 * API server calls the webhook over TLS it verifies; that a second replica serves the Secret's
 * certificate without changing it; that a caBundle wiped by re-applied manifests is written again;
 * and that the operator may read no other Secret.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class MemcachedWebhookE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @Test
    void theOperatorMakesItsCertificateAndTheApiServerTrustsIt(@TempDir Path first, @TempDir Path second)
            throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            OperatorServiceAccount.applyCrds(client);
            String namespace = "e2e-memcached-tls-" + System.currentTimeMillis();
            client.resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                    .create();
            OperatorServiceAccount account = new OperatorServiceAccount();
            account.create(client, namespace);
            List<HasMetadata> bindings = bindTlsRoles(client, namespace);
            Map<String, String> env = deploymentEnv(namespace, freePort(), first);
            List<ValidatingWebhookConfiguration> configurations = configurations(Integer.parseInt(env.get(
                    "WEBHOOK_PORT")));
            WebhookServer replica1 = null;
            WebhookServer replica2 = null;
            try (KubernetesClient asOperator = account.client()) {
                configurations.forEach(c -> client.resource(c).createOr(NonDeletingOperation::update));

                // The first replica creates the Secret and writes its CA into the configuration.
                replica1 = WebhookServer.start(asOperator, env, WebhookRegistry::registerAll);
                Secret secret = client.secrets().inNamespace(namespace).withName(env.get("WEBHOOK_SECRET")).get();
                assertNotNull(secret, "the operator creates the Secret");
                assertEquals("kubernetes.io/tls", secret.getType());
                assertEquals(secret.getData().get("ca.crt"), caBundle(client, configurations.get(0)));
                assertEquals(data(secret, "tls.crt"), Files.readString(first.resolve("tls.crt")));
                awaitRefusal(client, namespace);
                client.resource(sample(namespace, 3)).dryRun().create();

                // A second replica serves the same certificate, from the Secret as it is.
                Map<String, String> env2 = new HashMap<>(env);
                env2.put("WEBHOOK_PORT", String.valueOf(freePort()));
                env2.put("WEBHOOK_CERT_DIR", second.toString());
                replica2 = WebhookServer.start(asOperator, env2, WebhookRegistry::registerAll);
                Secret shared = client.secrets().inNamespace(namespace).withName(env.get("WEBHOOK_SECRET")).get();
                assertEquals(secret.getMetadata().getResourceVersion(), shared.getMetadata().getResourceVersion());
                assertEquals(Files.readString(first.resolve("tls.crt")), Files.readString(second.resolve("tls.crt")));

                // The manifests applied again, now calling the second replica: the caBundle is gone until the
                // operator's periodic check writes it again, and then the API server reaches the second replica.
                replica1.stop();
                configurations = configurations(Integer.parseInt(env2.get("WEBHOOK_PORT")));
                configurations.forEach(c -> client.resource(c).createOr(NonDeletingOperation::update));
                assertNull(caBundle(client, configurations.get(0)));
                new WebhookCertificates(asOperator, env2, second).check();
                assertEquals(secret.getData().get("ca.crt"), caBundle(client, configurations.get(0)));
                awaitRefusal(client, namespace);

                // Its Secret, and no other.
                KubernetesClientException forbidden = assertThrows(KubernetesClientException.class,
                        () -> asOperator.secrets().inNamespace(namespace).withName("another").get());
                assertEquals(403, forbidden.getCode());
            } finally {
                if (replica1 != null) {
                    replica1.stop();
                }
                if (replica2 != null) {
                    replica2.stop();
                }
                configurations.forEach(c -> client.resource(c).delete());
                bindings.forEach(b -> client.resource(b).delete());
                client.namespaces().withName(namespace).delete();
            }
        }
    }

    /**
     * The Role and ClusterRole of config/rbac/webhook_tls_role.yaml, bound to the test's
     * ServiceAccount in {@code namespace} as the deployment binds them to the operator's.
     */
    private static List<HasMetadata> bindTlsRoles(KubernetesClient client, String namespace) throws Exception {
        List<HasMetadata> bindings = new ArrayList<>();
        for (String document : Files.readString(Path.of("config/rbac/webhook_tls_role.yaml")).split("(?m)^---$")) {
            HasMetadata object = YAML.unmarshal(document);
            if (object instanceof Role role) {
                role.getMetadata().setNamespace(namespace);
            } else if (object instanceof RoleBinding binding) {
                binding.getMetadata().setNamespace(namespace);
                binding.getSubjects().forEach(s -> s.setName(OperatorServiceAccount.NAME));
                binding.getSubjects().forEach(s -> s.setNamespace(namespace));
                bindings.add(object);
            } else if (object instanceof ClusterRoleBinding binding) {
                binding.getMetadata().setName(binding.getMetadata().getName() + "-" + namespace);
                binding.getSubjects().forEach(s -> s.setName(OperatorServiceAccount.NAME));
                binding.getSubjects().forEach(s -> s.setNamespace(namespace));
                bindings.add(object);
            }
            client.resource(object).forceConflicts().serverSideApply();
        }
        return bindings;
    }

    /**
     * The manager's environment of config/manager/webhook_patch.yaml, as the Deployment sets it, in
     * {@code namespace}, on {@code port}, writing to {@code certDir}, and for 127.0.0.1 too.
     */
    private static Map<String, String> deploymentEnv(String namespace, int port, Path certDir) throws Exception {
        Deployment patch = YAML.unmarshal(Files.readString(Path.of("config/manager/webhook_patch.yaml")),
                Deployment.class);
        Map<String, String> env = new HashMap<>();
        for (EnvVar variable : patch.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
            env.put(variable.getName(), variable.getValue());
        }
        assertEquals("self-managed", env.get("WEBHOOK_TLS"));
        env.put("POD_NAMESPACE", namespace);
        env.put("WEBHOOK_PORT", String.valueOf(port));
        env.put("WEBHOOK_CERT_DIR", certDir.toString());
        env.put("WEBHOOK_EXTRA_SANS", "IP:127.0.0.1");
        return env;
    }

    /** The configurations of config/webhook/manifests.yaml, calling https://127.0.0.1:{@code port}, with no CA. */
    private static List<ValidatingWebhookConfiguration> configurations(int port) throws Exception {
        List<ValidatingWebhookConfiguration> configurations = new ArrayList<>();
        for (String document : Files.readString(Path.of("config/webhook/manifests.yaml")).split("(?m)^---$")) {
            ValidatingWebhookConfiguration configuration = YAML.unmarshal(document);
            assertEquals(Map.of(), configuration.getMetadata().getAnnotations(), "no cert-manager CA injection");
            configuration.getWebhooks().forEach(w -> {
                w.getClientConfig().setUrl("https://127.0.0.1:" + port + w.getClientConfig().getService().getPath());
                w.getClientConfig().setService(null);
            });
            configurations.add(configuration);
        }
        return configurations;
    }

    private static String caBundle(KubernetesClient client, ValidatingWebhookConfiguration configuration) {
        return client.resource(configuration).get().getWebhooks().get(0).getClientConfig().getCaBundle();
    }

    /**
     * Waits until the API server calls the webhook (it reads new configurations within moments):
     * until a Memcached of too many replicas (a dry run) is refused with the validator's message.
     */
    private static void awaitRefusal(KubernetesClient client, String namespace) throws Exception {
        String last = "";
        for (int i = 0; i < 100; i++) {
            try {
                client.resource(sample(namespace, 11)).dryRun().create();
                last = "accepted";
            } catch (KubernetesClientException e) {
                if (e.getCode() == 403 && e.getMessage().contains("spec.size must not be above 10, not 11")) {
                    return;
                }
                last = e.getMessage();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the API server does not call the validating webhook; last answer: " + last);
    }

    private static Memcached sample(String namespace, int size) throws Exception {
        Memcached memcached = YAML.unmarshal(Files.readString(Path.of("config/samples/cache_v1alpha1_memcached.yaml")),
                Memcached.class);
        memcached.getMetadata().setNamespace(namespace);
        memcached.getSpec().setSize(size);
        return memcached;
    }

    private static String data(Secret secret, String key) {
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.US_ASCII);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
