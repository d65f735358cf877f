package com.example.crontaboperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the operator against a real cluster, the cluster of {@code KUBECONFIG} (or
 * {@code ~/.kube/config}), when asked: {@code mvn verify -De2e}. JOSDK's JUnit extension gives the
 * test a namespace of its own and runs the reconcilers as a ServiceAccount that has only the
 * generated ClusterRole ({@link OperatorServiceAccount}); the test creates every sample of
 * {@code config/samples} there (or where the controllers watch), under a name of its own, and waits
 * until the controllers of their kinds have written a status. It is skipped while no reconciler is
 * registered: the extension starts no operator without one.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
@EnabledIf(value = "registersAReconciler", disabledReason = "no reconciler in ReconcilerRegistry yet")
class OperatorE2ETest {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorE2ETest.class);
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount.runOperator().build();

    @Test
    void everySampleIsAcceptedAndTheControllersReconcileTheirs() throws IOException, InterruptedException {
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        // Samples go where the controllers look.
        String namespace = ReconcilerRegistry.NAMESPACES.stream().sorted().findFirst()
                .orElse(operator.getNamespace());
        Set<String> controlled = operator.getOperator().getRegisteredControllers().stream()
                .map(c -> c.getConfiguration().getResourceClass())
                .map(c -> groupKind(HasMetadata.getApiVersion(c), HasMetadata.getKind(c)))
                .collect(Collectors.toSet());
        List<CustomResourceDefinition> crds =
                List.copyOf(load("config/crd", CustomResourceDefinition.class).values());
        List<GenericKubernetesResource> created = new ArrayList<>();
        try {
            for (var entry : load("config/samples", GenericKubernetesResource.class).entrySet()) {
                Path file = entry.getKey();
                GenericKubernetesResource sample = entry.getValue();
                if (needsConversionWebhook(client, crds, sample)) {
                    // Only the operator's conversion webhook could store it, and the cluster calls it at the
                    // operator's Service: with webhooks, 'opctl add webhook' serves them here (LocalWebhooks).
                    LOG.warn("{} skipped: only the conversion webhook at the operator's Service could store it, and"
                            + " this test serves no webhooks (LocalWebhooks.serve in OperatorServiceAccount would)", file);
                    continue;
                }
                boolean namespaced = crds.stream()
                        .noneMatch(crd -> isFor(crd, sample) && crd.getSpec().getScope().equals("Cluster"));
                try {
                    GenericKubernetesResource object =
                            createSample(client, sample, namespaced ? namespace : null);
                    created.add(object);
                    if (controlled.contains(groupKind(object.getApiVersion(), object.getKind()))) {
                        // Its controller (of any version of the kind) has reconciled it once it has a status.
                        client.resource(object).waitUntilCondition(r -> r != null && r.get("status") != null,
                                60, TimeUnit.SECONDS);
                    }
                } catch (KubernetesClientException e) {
                    // Refused (by the API server or a webhook), or not reconciled in time.
                    fail(file + ": " + (e.getStatus() != null ? e.getStatus().getMessage() : e.getMessage()), e);
                }
            }
            // The token carries the generated role and nothing more: reading Secrets is refused.
            // TODO(user): if your operator is granted Secrets, check another request it must not make.
            KubernetesClientException refused = assertThrows(KubernetesClientException.class,
                    () -> operator.getKubernetesClient().secrets().inNamespace(namespace).list());
            assertEquals(403, refused.getCode(), refused::getMessage);
            // TODO(user): check what your controllers create for each sample, and that it follows
            // changes to the spec; e.g. client.apps().deployments().inNamespace(namespace).list().
        } finally {
            // The namespace of the test goes with what it holds; the rest goes here.
            created.forEach(object -> client.resource(object).delete());
        }
    }

    static boolean registersAReconciler() {
        return !ReconcilerRegistry.reconcilers().isEmpty();
    }

    /**
     * Creates {@code sample} in {@code namespace}, or cluster-wide when that is {@code null},
     * under a name of its own: the sample's name and a suffix the API server generates. The
     * cluster may hold an object of the sample's name already (a sample applied by hand, a run
     * that was interrupted): the test neither fails on it nor touches it.
     */
    private static GenericKubernetesResource createSample(KubernetesClient client,
            GenericKubernetesResource sample, String namespace) throws InterruptedException {
        sample.getMetadata().setGenerateName(sample.getMetadata().getName() + "-");
        sample.getMetadata().setName(null);
        for (int attempt = 1; ; attempt++) {
            try {
                return namespace == null
                        ? client.resource(sample).create()
                        : client.resource(sample).inNamespace(namespace).create();
            } catch (KubernetesClientException e) {
                // The API server takes a CRD's new conversion webhook address within moments.
                if (attempt == 50 || e.getMessage() == null || !e.getMessage().contains("conversion webhook")) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * {@code group/Kind}: the versions of a kind serve the same objects.
     */
    private static String groupKind(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return (slash < 0 ? "" : apiVersion.substring(0, slash)) + "/" + kind;
    }

    private static boolean isFor(CustomResourceDefinition crd, GenericKubernetesResource resource) {
        return crd.getSpec().getNames().getKind().equals(resource.getKind())
                && resource.getApiVersion().startsWith(crd.getSpec().getGroup() + "/");
    }

    /**
     * Whether {@code sample} is of a version that its CRD, as the cluster has it, stores only through
     * the conversion webhook at the operator's Service: one other than the storage version of a kind
     * whose versions the operator converts, where no webhook is served here.
     */
    private static boolean needsConversionWebhook(KubernetesClient client, List<CustomResourceDefinition> crds,
            GenericKubernetesResource sample) {
        return crds.stream().filter(crd -> isFor(crd, sample)).map(crd -> client.resource(crd).get())
                .anyMatch(crd -> crd.getSpec().getConversion() != null
                && "Webhook".equals(crd.getSpec().getConversion().getStrategy())
                && crd.getSpec().getConversion().getWebhook().getClientConfig().getService() != null
                && crd.getSpec().getVersions().stream().anyMatch(v -> !v.getStorage()
                && sample.getApiVersion().equals(crd.getSpec().getGroup() + "/" + v.getName())));
    }

    /**
     * Every YAML file in {@code dir}, as {@code type}, by file; none when the directory does not exist.
     */
    private static <T> Map<Path, T> load(String dir, Class<T> type) throws IOException {
        Map<Path, T> loaded = new TreeMap<>();
        if (!Files.isDirectory(Path.of(dir))) {
            return loaded;
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                loaded.put(file, YAML.unmarshal(Files.readString(file), type));
            }
        }
        return loaded;
    }
}
