package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What end-to-end tests of roles set up on the API server: a ServiceAccount, {@code NAME} in
 * namespace {@code NAME}, bound cluster-wide to the ClusterRole {@code NAME} only, which the test
 * writes; kinds made for the test.
 */
final class E2ECluster {
    private E2ECluster() {
    }

    /** Creates the ServiceAccount {@code name} and its binding; a client that authenticates as it. */
    static KubernetesClient account(KubernetesClient admin, String name) throws InterruptedException {
        admin.resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .createOr(NonDeletingOperation::update);
        admin.resource(new ServiceAccountBuilder().withNewMetadata().withName(name).withNamespace(name).endMetadata()
                .build()).createOr(NonDeletingOperation::update);
        admin.rbac().clusterRoleBindings().resource(new ClusterRoleBindingBuilder().withNewMetadata()
                .withName(name).endMetadata().withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", name)
                .addNewSubject().withKind("ServiceAccount").withName(name).withNamespace(name).endSubject().build())
                .createOr(NonDeletingOperation::update);
        String token = null;
        for (int i = 0; i < 100 && token == null; i++) {
            // Kubernetes 1.20 makes a token Secret for each ServiceAccount.
            ServiceAccount sa = admin.serviceAccounts().inNamespace(name).withName(name).get();
            if (sa.getSecrets().isEmpty()) {
                Thread.sleep(100);
                continue;
            }
            Secret secret = admin.secrets().inNamespace(name).withName(sa.getSecrets().get(0).getName()).get();
            token = new String(Base64.getDecoder().decode(secret.getData().get("token")), StandardCharsets.UTF_8);
        }
        assertNotNull(token, "no token Secret for ServiceAccount " + name);
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(admin.getConfiguration())
                .withOauthToken(token).withClientCertData(null).withClientKeyData(null).withClientCertFile(null)
                .withClientKeyFile(null).withRequestTimeout(5000).build()).build();
    }

    /** Deletes what {@link #account} made, and the ClusterRole. */
    static void deleteAccount(KubernetesClient admin, String name) {
        admin.namespaces().withName(name).delete();
        admin.rbac().clusterRoleBindings().withName(name).delete();
        admin.rbac().clusterRoles().withName(name).delete();
    }

    /**
     * Creates the namespaced kind {@code kind} of {@code group}, version v1, with a status subresource and
     * any fields, and waits until the API server serves it.
     */
    static void kind(KubernetesClient admin, String group, String kind) {
        String plural = kind.toLowerCase(Locale.ROOT) + "s";
        admin.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName(plural + "." + group).endMetadata()
                .withNewSpec().withGroup(group).withScope("Namespaced")
                .withNewNames().withKind(kind).withPlural(plural).withSingular(kind.toLowerCase(Locale.ROOT))
                .endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSubresources().withNewStatus().endStatus().endSubresources()
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().endVersion().endSpec().build())
                .createOr(NonDeletingOperation::update);
        admin.apiextensions().v1().customResourceDefinitions().withName(plural + "." + group)
                // The status comes before its conditions: a CRD just created may have one without any.
                .waitUntilCondition(crd -> crd.getStatus() != null && crd.getStatus().getConditions() != null
                        && crd.getStatus().getConditions().stream()
                        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True")),
                        30, TimeUnit.SECONDS);
    }
}
