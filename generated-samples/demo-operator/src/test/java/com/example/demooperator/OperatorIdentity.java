package com.example.demooperator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
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
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operator's identity in end-to-end tests: a ServiceAccount whose only permissions are the
 * ClusterRole of {@code config/rbac/role.yaml}, and clients that authenticate with its token.
 * An operator that runs on {@link #client()} shows that the generated RBAC is enough, and a
 * request it is refused shows that it is no more than that.
 */
final class OperatorIdentity implements AutoCloseable {
    /**
     * Name of the ServiceAccount.
     */
    static final String NAME = "e2e-operator";

    private static final String ROLE_FILE = "config/rbac/role.yaml";

    private final KubernetesClient admin;

    private final String namespace;

    private final String token;

    private final List<HasMetadata> bindings = new ArrayList<>();

    private OperatorIdentity(KubernetesClient admin, String namespace, String token) {
        this.admin = admin;
        this.namespace = namespace;
        this.token = token;
    }

    /**
     * Creates the ServiceAccount {@value #NAME} in {@code namespace} and requests a token for it,
     * valid for an hour. It may do nothing until {@link #bind} grants it the role.
     */
    static OperatorIdentity create(KubernetesClient admin, String namespace) {
        admin.resource(new ServiceAccountBuilder().withNewMetadata().withName(NAME).withNamespace(namespace)
                .endMetadata().build()).create();
        TokenRequest request = admin.serviceAccounts().inNamespace(namespace).withName(NAME)
                .tokenRequest(new TokenRequestBuilder().withNewSpec().withExpirationSeconds(3600L).endSpec().build());
        return new OperatorIdentity(admin, namespace, request.getStatus().getToken());
    }

    /**
     * Applies the ClusterRole of {@value #ROLE_FILE} and binds it to the ServiceAccount as the
     * deployment does: cluster-wide, or with a RoleBinding in each of {@code namespaces} when the
     * operator watches only those.
     */
    void bind(Set<String> namespaces) throws IOException {
        ClusterRole role = new KubernetesSerialization()
                .unmarshal(Files.readString(Path.of(ROLE_FILE)), ClusterRole.class);
        admin.resource(role).forceConflicts().serverSideApply();
        RoleRef roleRef = new RoleRefBuilder().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole")
                .withName(role.getMetadata().getName()).build();
        Subject subject = new SubjectBuilder().withKind("ServiceAccount").withName(NAME).withNamespace(namespace)
                .build();
        String bindingName = role.getMetadata().getName() + "-" + namespace;
        if (namespaces.isEmpty()) {
            bindings.add(admin.resource(new ClusterRoleBindingBuilder().withNewMetadata().withName(bindingName)
                    .endMetadata().withRoleRef(roleRef).withSubjects(subject).build()).create());
        }
        for (String watched : namespaces) {
            bindings.add(admin.resource(new RoleBindingBuilder().withNewMetadata().withName(bindingName)
                    .withNamespace(watched).endMetadata().withRoleRef(roleRef).withSubjects(subject).build()).create());
        }
    }

    /**
     * A new client of the same cluster that authenticates as the operator; the caller closes it.
     */
    KubernetesClient client() {
        Config cluster = admin.getConfiguration();
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(Config.empty())
                .withMasterUrl(cluster.getMasterUrl())
                .withCaCertFile(cluster.getCaCertFile())
                .withCaCertData(cluster.getCaCertData())
                .withTrustCerts(cluster.isTrustCerts())
                .withOauthToken(token)
                .build()).build();
    }

    /**
     * Deletes the bindings; the ServiceAccount goes with its namespace.
     */
    @Override
    public void close() {
        bindings.forEach(binding -> admin.resource(binding).delete());
    }
}
