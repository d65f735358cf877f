package com.example.memcachedoperator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.RoleRefBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The operator's identity in end-to-end tests: the ServiceAccount {@value #NAME}, bound to the
 * ClusterRole of {@code config/rbac/role.yaml} as the deployment binds it, and to nothing else. An
 * operator that runs as it shows that the generated RBAC is enough, and a request it is refused
 * shows that it is no more than that.
 */
final class OperatorServiceAccount {
    /** Name of the ServiceAccount. */
    static final String NAME = "e2e-operator";

    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    private volatile String token;

    /**
     * JOSDK's extension, to build, that runs the reconcilers of {@link ReconcilerRegistry} as this
     * ServiceAccount, once the CRDs of {@code config/crd} are applied and, in a project with webhooks,
     * the webhooks are served here (as this ServiceAccount, too). Each test has a namespace of
     * its own, where the ServiceAccount is; the reconcilers watch what they watch when deployed. The
     * extension's {@code getKubernetesClient()} is the operator's client; the test acts as a cluster
     * admin through {@code getInfrastructureKubernetesClient()}.
     */
    static LocallyRunOperatorExtension.Builder runOperator() {
        // TODO(user): register here too the reconcilers you register by hand in OperatorMain.createOperator.
        return runOperator(ReconcilerRegistry::registerAll);
    }

    /**
     * As {@link #runOperator()}, with the reconcilers that {@code registration} registers.
     */
    static LocallyRunOperatorExtension.Builder runOperator(Consumer<Operator> registration) {
        OperatorServiceAccount account = new OperatorServiceAccount();
        return LocallyRunOperatorExtension.builder()
                .withInfrastructureKubernetesClient(new KubernetesClientBuilder().build())
                .withKubernetesClient(account.client())
                // Not withReconciler: JOSDK 5.2 would apply their CRDs as the operator, which its role does not allow.
                .withBeforeStartHook(extension -> {
                    KubernetesClient admin = extension.getInfrastructureKubernetesClient();
                    try {
                        applyCrds(admin);
                        account.create(admin, extension.getNamespace());
                        LocalWebhooks.serve(admin, extension.getKubernetesClient());
                        // +opctl:scaffold:e2e-webhooks
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    registration.accept(extension.getOperator());
                });
    }

    /**
     * Creates or replaces every CRD of {@code config/crd} and waits until the API server serves them.
     * A replace, not an apply, so that what a test pointed elsewhere (a conversion webhook served on
     * 127.0.0.1) is as in {@code config/crd} again, whichever field manager wrote it.
     */
    static void applyCrds(KubernetesClient admin) throws IOException {
        if (!Files.isDirectory(Path.of("config/crd"))) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of("config/crd"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                CustomResourceDefinition crd = YAML.unmarshal(Files.readString(file), CustomResourceDefinition.class);
                admin.resource(crd).createOr(NonDeletingOperation::update);
                admin.resource(crd).waitUntilCondition(OperatorServiceAccount::established, 30, TimeUnit.SECONDS);
            }
        }
    }

    /** Whether the API server serves {@code crd}. Its status comes before its conditions. */
    static boolean established(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
    }

    /**
     * Creates the ServiceAccount in {@code namespace}, binds it the ClusterRole as the deployment
     * does (cluster-wide, or in each namespace of {@link ReconcilerRegistry#NAMESPACES}, created when
     * missing) and requests a token for it, valid for an hour. The bindings belong to
     * {@code namespace}: they go with it.
     */
    void create(KubernetesClient admin, String namespace) throws IOException {
        Namespace owner = admin.namespaces().withName(namespace).get();
        admin.resource(new ServiceAccountBuilder().withNewMetadata().withName(NAME).withNamespace(namespace)
                .endMetadata().build()).create();
        ClusterRole role = YAML.unmarshal(Files.readString(Path.of("config/rbac/role.yaml")), ClusterRole.class);
        admin.resource(role).forceConflicts().serverSideApply();
        RoleRef roleRef = new RoleRefBuilder().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole")
                .withName(role.getMetadata().getName()).build();
        Subject subject = new SubjectBuilder().withKind("ServiceAccount").withName(NAME).withNamespace(namespace)
                .build();
        String bindingName = role.getMetadata().getName() + "-" + namespace;
        if (ReconcilerRegistry.NAMESPACES.isEmpty()) {
            admin.resource(new ClusterRoleBindingBuilder().withNewMetadata().withName(bindingName)
                    .withOwnerReferences(ownedBy(owner)).endMetadata()
                    .withRoleRef(roleRef).withSubjects(subject).build()).create();
        }
        for (String watched : ReconcilerRegistry.NAMESPACES) {
            if (admin.namespaces().withName(watched).get() == null) {
                admin.resource(new NamespaceBuilder().withNewMetadata().withName(watched).endMetadata().build())
                        .create();
            }
            admin.resource(new RoleBindingBuilder().withNewMetadata().withName(bindingName).withNamespace(watched)
                    .withOwnerReferences(ownedBy(owner)).endMetadata()
                    .withRoleRef(roleRef).withSubjects(subject).build()).create();
        }
        token = admin.serviceAccounts().inNamespace(namespace).withName(NAME)
                .tokenRequest(new TokenRequestBuilder().withNewSpec().withExpirationSeconds(3600L).endSpec().build())
                .getStatus().getToken();
    }

    /**
     * A new client of the cluster of {@code KUBECONFIG} (or {@code ~/.kube/config}) that
     * authenticates with the token {@link #create} requests, and nothing else; the caller closes it
     * (an operator closes its client when it stops).
     */
    KubernetesClient client() {
        Config cluster = Config.autoConfigure(null);
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(Config.empty())
                .withMasterUrl(cluster.getMasterUrl())
                .withCaCertFile(cluster.getCaCertFile())
                .withCaCertData(cluster.getCaCertData())
                .withTrustCerts(cluster.isTrustCerts())
                .withOauthTokenProvider(() -> token)
                .build()).build();
    }

    private static OwnerReference ownedBy(HasMetadata owner) {
        return new OwnerReferenceBuilder().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid()).build();
    }
}
