package com.coreos.database.etcdoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coreos.database.etcdoperator.api.etcd.v1beta2.EtcdCluster;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Scenario 5 against a real cluster (mvn verify -De2e): the operator's Deployment passes its
 * namespace and Pod name through the downward API, as the API server stores it; the operator,
 * running as a ServiceAccount that has its generated role in namespace {@value #WATCHED} only
 * (created when missing, and left, as a deployment expects it), reconciles an EtcdCluster there
 * and follows a change of its spec; that role covers what the controller touches, where it does,
 * and nothing more.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class EtcdClusterE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();
    /** The namespace the operator manages etcd clusters in ('opctl edit --namespaces'). */
    private static final String WATCHED = "etcd";

    /** The operator, as a ServiceAccount of the test's namespace bound to its role in {@value #WATCHED} only. */
    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount.runOperator().build();

    @Test
    void theOperatorsDeploymentLearnsItsNamespaceAndPodNameFromTheDownwardApi() throws Exception {
        Deployment manager = YAML.unmarshal(Files.readString(Path.of("config/manager/manager.yaml")),
                Deployment.class);
        Deployment stored = operator.getInfrastructureKubernetesClient().resource(manager)
                .inNamespace(operator.getNamespace()).dryRun().create();
        Map<String, String> fieldRefs = stored.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getEnv().stream().filter(env -> env.getValueFrom() != null)
                .collect(Collectors.toMap(EnvVar::getName, env -> env.getValueFrom().getFieldRef().getFieldPath()));
        assertEquals(Map.of("POD_NAMESPACE", "metadata.namespace", "POD_NAME", "metadata.name"), fieldRefs);
    }

    @Test
    void theOperatorReconcilesTheEtcdClustersOfItsNamespaceWithItsOwnRoleAndNoMore() throws Exception {
        assertEquals(Set.of(WATCHED), ReconcilerRegistry.NAMESPACES);
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        KubernetesClient asOperator = operator.getKubernetesClient();
        // The operator's own namespace: the extension's, where its ServiceAccount is.
        String own = operator.getNamespace();
        EtcdCluster cluster = YAML.unmarshal(
                Files.readString(Path.of("config/samples/etcd_v1beta2_etcdcluster.yaml")), EtcdCluster.class);
        try {
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
            // WATCHED outlives the test: the cluster goes here, while the operator still runs.
            client.resource(cluster).inNamespace(WATCHED).delete();
        }
    }

    private static void assertForbidden(Executable request) {
        KubernetesClientException refused = assertThrows(KubernetesClientException.class, request);
        assertEquals(403, refused.getCode(), refused::getMessage);
    }
}
