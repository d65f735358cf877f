package com.example.servicemapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.RegisteredController;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the operator against a real cluster: applies the CRDs in {@code config/crd}, starts
 * the operator as a ServiceAccount that has only the generated ClusterRole
 * ({@link OperatorIdentity}), creates every sample of {@code config/samples}, under a name of
 * its own, in a namespace of its own (or one the controllers watch) and waits until the
 * controllers of their kinds have written a status. It runs only when asked, against the
 * cluster of {@code KUBECONFIG} (or {@code ~/.kube/config}): {@code mvn verify -De2e};
 * without one it is skipped.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class OperatorE2ETest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @Test
    void everySampleIsAcceptedAndTheControllersReconcileTheirs() throws Exception {
        assumeTrue(clusterConfigured(), "no cluster configured: point KUBECONFIG or ~/.kube/config at one");
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            List<CustomResourceDefinition> crds = load("config/crd", CustomResourceDefinition.class);
            for (CustomResourceDefinition crd : crds) {
                client.resource(crd).forceConflicts().serverSideApply();
                client.resource(crd).waitUntilCondition(OperatorE2ETest::established, 30, TimeUnit.SECONDS);
            }
            String namespace = "e2e-" + System.currentTimeMillis();
            List<Namespace> namespaces = new ArrayList<>(List.of(client.resource(namespace(namespace)).create()));
            List<GenericKubernetesResource> created = new ArrayList<>();
            // The operator runs as a ServiceAccount that has the generated ClusterRole and nothing else,
            // on a client of its own: it closes the client when it stops.
            try (OperatorIdentity identity = OperatorIdentity.create(client, namespace)) {
                KubernetesClient operatorClient = identity.client();
                Operator operator = OperatorMain.createOperator(operatorClient, null, Duration.ZERO);
                Set<String> watched = watchedNamespaces(operator);
                for (String name : watched) {
                    if (client.namespaces().withName(name).get() == null) {
                        namespaces.add(client.resource(namespace(name)).create());
                    }
                }
                identity.bind(watched);
                // Samples go where the controllers look.
                String samplesNamespace = watched.isEmpty() ? namespace : watched.iterator().next();
                Set<String> controlled = operator.getRegisteredControllers().stream()
                        .map(c -> c.getConfiguration().getResourceClass())
                        .map(c -> groupKind(HasMetadata.getApiVersion(c), HasMetadata.getKind(c)))
                        .collect(Collectors.toSet());
                if (!controlled.isEmpty()) {
                    operator.start();
                }
                try {
                    List<GenericKubernetesResource> samples = load("config/samples", GenericKubernetesResource.class);
                    for (GenericKubernetesResource sample : samples) {
                        if (needsConversionWebhook(crds, sample)) {
                            // Only the operator's conversion webhook could store it, and no webhook is served here:
                            // the webhooks' own end-to-end tests cover the kind's other versions.
                            continue;
                        }
                        boolean namespaced = crds.stream()
                                .noneMatch(crd -> isFor(crd, sample) && crd.getSpec().getScope().equals("Cluster"));
                        GenericKubernetesResource object = createSample(client, sample,
                                namespaced ? samplesNamespace : null);
                        created.add(object);
                        if (controlled.contains(groupKind(object.getApiVersion(), object.getKind()))) {
                            // Its controller (of any version of the kind) has reconciled it once it has written a
                            // status.
                            client.resource(object).waitUntilCondition(
                                    r -> r != null && r.get("status") != null, 60, TimeUnit.SECONDS);
                        }
                    }
                    // The token carries the generated role and nothing more: reading Secrets is refused.
                    // TODO(user): if your operator is granted Secrets, check another request it must not make.
                    KubernetesClientException refused = assertThrows(KubernetesClientException.class,
                            () -> operatorClient.secrets().inNamespace(samplesNamespace).list());
                    assertEquals(403, refused.getCode(), refused::getMessage);
                    // TODO(user): check what your controllers create for each sample, and that it follows
                    // changes to the spec; e.g. client.apps().deployments().inNamespace(samplesNamespace).list().
                } finally {
                    if (controlled.isEmpty()) {
                        operatorClient.close();
                    } else {
                        operator.stop();
                    }
                }
            } finally {
                created.forEach(object -> client.resource(object).delete());
                namespaces.forEach(object -> client.resource(object).delete());
                // A namespace goes once what it holds has; wait, so that the next run can create it again.
                namespaces.forEach(object -> client.resource(object)
                        .waitUntilCondition(Objects::isNull, 2, TimeUnit.MINUTES));
            }
        }
    }

    /**
     * Creates {@code sample} in {@code namespace}, or cluster-wide when that is {@code null},
     * under a name of its own: the sample's name and a suffix the API server generates. The
     * cluster may hold an object of the sample's name already (a sample applied by hand, a run
     * that was interrupted): the test neither fails on it nor touches it.
     */
    private static GenericKubernetesResource createSample(KubernetesClient client,
            GenericKubernetesResource sample, String namespace) {
        sample.getMetadata().setGenerateName(sample.getMetadata().getName() + "-");
        sample.getMetadata().setName(null);
        return namespace == null
                ? client.resource(sample).create()
                : client.resource(sample).inNamespace(namespace).create();
    }

    /**
     * Whether a cluster is configured: a kubeconfig ({@code KUBECONFIG} or {@code ~/.kube/config}) or
     * the service account of a Pod.
     */
    private static boolean clusterConfigured() {
        String kubeconfig = System.getenv("KUBECONFIG");
        Path file = kubeconfig != null && !kubeconfig.isBlank()
                ? Path.of(kubeconfig.split(File.pathSeparator)[0])
                : Path.of(System.getProperty("user.home"), ".kube", "config");
        return Files.isRegularFile(file) || Files.isRegularFile(Path.of(Config.KUBERNETES_SERVICE_ACCOUNT_TOKEN_PATH));
    }

    /**
     * The namespaces the controllers watch, in name order; none when they watch all.
     */
    private static Set<String> watchedNamespaces(Operator operator) {
        Set<String> watched = new TreeSet<>();
        for (RegisteredController<?> controller : operator.getRegisteredControllers()) {
            InformerConfiguration<?> informer = controller.getConfiguration().getInformerConfig();
            if (!informer.watchAllNamespaces()) {
                watched.addAll(informer.getNamespaces());
            }
        }
        return watched;
    }

    /**
     * {@code group/Kind}: the versions of a kind serve the same objects.
     */
    private static String groupKind(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return (slash < 0 ? "" : apiVersion.substring(0, slash)) + "/" + kind;
    }

    private static Namespace namespace(String name) {
        return new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build();
    }

    private static boolean established(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions().stream()
                .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
    }

    private static boolean isFor(CustomResourceDefinition crd, GenericKubernetesResource resource) {
        return crd.getSpec().getNames().getKind().equals(resource.getKind())
                && resource.getApiVersion().startsWith(crd.getSpec().getGroup() + "/");
    }

    /**
     * Whether {@code sample} is of a version its CRD stores only through a conversion webhook:
     * one other than the storage version of a kind whose versions the operator converts.
     */
    private static boolean needsConversionWebhook(List<CustomResourceDefinition> crds,
            GenericKubernetesResource sample) {
        return crds.stream().filter(crd -> isFor(crd, sample)).anyMatch(crd -> crd.getSpec().getConversion() != null
                && "Webhook".equals(crd.getSpec().getConversion().getStrategy())
                && crd.getSpec().getVersions().stream().anyMatch(v -> !v.getStorage()
                && sample.getApiVersion().equals(crd.getSpec().getGroup() + "/" + v.getName())));
    }

    /**
     * Every YAML file in {@code dir}, as {@code type}; none when the directory does not exist.
     */
    private static <T> List<T> load(String dir, Class<T> type) throws IOException {
        List<T> loaded = new ArrayList<>();
        if (!Files.isDirectory(Path.of(dir))) {
            return loaded;
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                loaded.add(YAML.unmarshal(Files.readString(file), type));
            }
        }
        return loaded;
    }
}
