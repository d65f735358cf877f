package com.coreos.database.etcdoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coreos.database.etcdoperator.api.etcd.v1beta2.EtcdCluster;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.Operator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.function.Executable;

/**
 * Scenario 5 against a real cluster (mvn verify -De2e): the operator's Deployment passes its
 * namespace and Pod name through the downward API, as the API server stores it; the operator,
 * running as a ServiceAccount that has its generated role in namespace {@value #WATCHED} only,
 * reconciles an EtcdCluster there and follows a change of its spec; that role covers what the
 * controller touches, where it does, and nothing more.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class EtcdClusterE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();
    /** The namespace the operator manages etcd clusters in. */
    private static final String WATCHED = "etcd";

    @Test
    void theOperatorsDeploymentLearnsItsNamespaceAndPodNameFromTheDownwardApi() throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            String namespace = "e2e-etcd-manager-" + System.currentTimeMillis();
            client.resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                    .create();
            try {
                Deployment manager = YAML.unmarshal(Files.readString(Path.of("config/manager/manager.yaml")),
                        Deployment.class);
                Deployment stored = client.resource(manager).inNamespace(namespace).dryRun().create();
                Map<String, String> fieldRefs = stored.getSpec().getTemplate().getSpec().getContainers().get(0)
                        .getEnv().stream().filter(env -> env.getValueFrom() != null)
                        .collect(Collectors.toMap(EnvVar::getName, env -> env.getValueFrom().getFieldRef()
                                .getFieldPath()));
                assertEquals(Map.of("POD_NAMESPACE", "metadata.namespace", "POD_NAME", "metadata.name"), fieldRefs);
            } finally {
                client.namespaces().withName(namespace).delete();
            }
        }
    }

    @Test
    void theOperatorReconcilesTheEtcdClustersOfItsNamespaceWithItsOwnRoleAndNoMore() throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            CustomResourceDefinition crd = YAML.unmarshal(
                    Files.readString(Path.of("config/crd/etcdclusters.etcd.database.coreos.com.yaml")),
                    CustomResourceDefinition.class);
            client.resource(crd).forceConflicts().serverSideApply();
            client.resource(crd).waitUntilCondition(c -> c != null && c.getStatus() != null && c.getStatus()
                    .getConditions().stream().anyMatch(s -> s.getType().equals("Established")), 30, TimeUnit.SECONDS);
            // The operator's own namespace, and the one it manages etcd clusters in ('opctl edit --namespaces').
            String own = "e2e-etcd-" + System.currentTimeMillis();
            List<Namespace> created = new ArrayList<>();
            for (String name : List.of(own, WATCHED)) {
                if (client.namespaces().withName(name).get() == null) {
                    created.add(client.resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
                            .build()).create());
                }
            }
            // The operator runs as a ServiceAccount bound to config/rbac/role.yaml in WATCHED only, as deployed.
            OperatorIdentity identity = OperatorIdentity.create(client, own);
            identity.bind(Set.of(WATCHED));
            Operator operator = OperatorMain.createOperator(identity.client(), null, Duration.ZERO);
            operator.start();
            EtcdCluster cluster = YAML.unmarshal(
                    Files.readString(Path.of("config/samples/etcd_v1beta2_etcdcluster.yaml")), EtcdCluster.class);
            try (KubernetesClient asOperator = identity.client()) {
                client.resource(cluster).inNamespace(WATCHED).create();
                client.resources(EtcdCluster.class).inNamespace(WATCHED).withName("etcdcluster-sample")
                        .waitUntilCondition(e -> e != null && e.getStatus() != null
                                && Long.valueOf(1).equals(e.getStatus().getObservedGeneration()), 60, TimeUnit.SECONDS);

                // A merge patch, not edit(): the operator writes the status meanwhile, and edit() would conflict (409).
                client.resources(EtcdCluster.class).inNamespace(WATCHED).withName("etcdcluster-sample")
                        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"foo\":\"baz\"}}");
                client.resources(EtcdCluster.class).inNamespace(WATCHED).withName("etcdcluster-sample")
                        .waitUntilCondition(e -> e != null && e.getStatus() != null
                                && Long.valueOf(2).equals(e.getStatus().getObservedGeneration()), 60, TimeUnit.SECONDS);

                // What the controller does not touch, its role does not allow; nor anything outside WATCHED.
                assertForbidden(() -> asOperator.resources(EtcdCluster.class).inNamespace(WATCHED)
                        .withName("etcdcluster-sample").delete());
                assertForbidden(() -> asOperator.resources(EtcdCluster.class).inNamespace(WATCHED)
                        .resource(cluster).create());
                assertForbidden(() -> asOperator.resources(EtcdCluster.class).inNamespace(own).list());
                assertForbidden(() -> asOperator.resources(EtcdCluster.class).inAnyNamespace().list());
                assertForbidden(() -> asOperator.pods().inNamespace(WATCHED).list());
                assertForbidden(() -> asOperator.pods().inNamespace(WATCHED).resource(new PodBuilder()
                        .withNewMetadata().withName("etcd-0").endMetadata()
                        .withNewSpec().addNewContainer().withName("etcd").withImage("etcd").endContainer().endSpec()
                        .build()).create());
                assertForbidden(() -> asOperator.secrets().inNamespace(WATCHED).list());
                assertForbidden(() -> asOperator.services().inNamespace(WATCHED).list());
            } finally {
                operator.stop();
                identity.close();
                client.resource(cluster).inNamespace(WATCHED).delete();
                created.forEach(namespace -> client.resource(namespace).delete());
                created.forEach(namespace -> client.resource(namespace)
                        .waitUntilCondition(Objects::isNull, 2, TimeUnit.MINUTES));
            }
        }
    }

    private static void assertForbidden(Executable request) {
        KubernetesClientException refused = assertThrows(KubernetesClientException.class, request);
        assertEquals(403, refused.getCode(), refused::getMessage);
    }
}
