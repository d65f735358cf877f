package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.crd.SourceModel;
import dev.opctl.engine.TextFiles;
import dev.opctl.project.ProjectFile;
import dev.opctl.rbac.dependents.Sprocket;
import dev.opctl.rbac.dependents.Widget;
import dev.opctl.rbac.dependents.bulk.BulkReconciler;
import dev.opctl.rbac.dependents.cleaner.CleanerReconciler;
import dev.opctl.rbac.dependents.configmap.ConfigReconciler;
import dev.opctl.rbac.dependents.crdpresent.CrdPresentReconciler;
import dev.opctl.rbac.dependents.generic.GenericReconciler;
import dev.opctl.rbac.dependents.library.LibraryReconciler;
import dev.opctl.rbac.dependents.precondition.PreconditionReconciler;
import dev.opctl.rbac.dependents.standalone.StandaloneReconciler;
import dev.opctl.rbac.dependents.status.StatusReconciler;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.processing.dependent.workflow.CRDPresentActivationCondition;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role opctl infers for what the Java Operator SDK does with dependents, proven on a real API
 * server (envtest, or the cluster of the kubeconfig): each small operator of
 * {@code dev.opctl.rbac.dependents}, run by JOSDK as a ServiceAccount bound only to the role opctl
 * reads from its sources, does its work; without a verb it needs for that work, it does not. Run
 * with {@code -De2e} ({@code .ci/run} does, on envtest).
 */
@EnabledIfSystemProperty(named = "e2e", matches = ".*")
class DependentsE2ETest {
    private static final String ACCOUNT = "opctl-dependents";
    private static final String GROUP = "dependents.opctl.dev";
    private static final Path SOURCES = Path.of("src/test/java/dev/opctl/rbac/dependents");
    /** How long an operator may take to do its work; one without a verb it needs gets less, and must fail. */
    private static final long ENOUGH = 60;
    private static final long REFUSED = 10;
    private static final ProjectFile PROJECT = ProjectFile.parse("""
            layout: java-josdk/v1
            opctlVersion: 0.1.0
            projectName: dependents
            domain: opctl.dev
            package: dev.opctl.rbac.dependents
            groupId: dev.opctl
            artifactId: dependents
            license: none
            owner: The opctl Authors
            resources:
            - group: dependents.opctl.dev
              version: v1
              kind: Widget
              plural: widgets
              namespaced: true
              package: dev.opctl.rbac.dependents
              api: true
              controller: true
              storage: true
            """, "PROJECT");
    private static KubernetesClient admin;
    private static KubernetesClient account;
    private static int runs;

    /** What the test does to a widget, given how long to wait for the operator each time. */
    interface Work {
        void run(KubernetesClient admin, String namespace, long seconds);
    }

    /**
     * An operator of the reconciler {@code reconciler} makes, whose sources are in {@code directory}
     * of {@link #SOURCES}; the work it must do; the verbs of its role that work needs, "GROUP RESOURCE VERB".
     */
    record Scenario(String directory, Supplier<Reconciler<Widget>> reconciler, Work work, List<String> needs) {
        @Override
        public String toString() {
            return directory;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // A ConfigMap is created and then replaced (PUT), not applied.
                new Scenario("configmap", ConfigReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of("size", 1));
                    admin.configMaps().inNamespace(ns).withName("w-config")
                            .waitUntilCondition(c -> c != null && "1".equals(c.getData().get("size")), seconds,
                                    TimeUnit.SECONDS);
                    spec(admin, ns, "{\"size\":2}");
                    admin.configMaps().inNamespace(ns).withName("w-config")
                            .waitUntilCondition(c -> c != null && "2".equals(c.getData().get("size")), seconds,
                                    TimeUnit.SECONDS);
                }, List.of(" configmaps update")),
                // A dependent JOSDK deletes makes the workflow a cleaner: a finalizer on the widget.
                new Scenario("cleaner", CleanerReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of());
                    admin.secrets().inNamespace(ns).withName("w-credentials")
                            .waitUntilCondition(s -> s != null, seconds, TimeUnit.SECONDS);
                    admin.resources(Widget.class).inNamespace(ns).withName("w").delete();
                    admin.resources(Widget.class).inNamespace(ns).withName("w")
                            .waitUntilCondition(w -> w == null, seconds, TimeUnit.SECONDS);
                    assertEquals(null, admin.secrets().inNamespace(ns).withName("w-credentials").get());
                }, List.of(GROUP + " widgets patch")),
                // The same through a library's base class, read from its class file.
                new Scenario("library", LibraryReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of());
                    admin.configMaps().inNamespace(ns).withName("w-settings")
                            .waitUntilCondition(c -> c != null, seconds, TimeUnit.SECONDS);
                    admin.resources(Widget.class).inNamespace(ns).withName("w").delete();
                    admin.resources(Widget.class).inNamespace(ns).withName("w")
                            .waitUntilCondition(w -> w == null, seconds, TimeUnit.SECONDS);
                    assertEquals(null, admin.configMaps().inNamespace(ns).withName("w-settings").get());
                }, List.of(" configmaps create", " configmaps delete", GROUP + " widgets patch")),
                // A bulk dependent deletes the objects the widget no longer asks for.
                new Scenario("bulk", BulkReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of("size", 2));
                    admin.configMaps().inNamespace(ns).withName("w-shard-1")
                            .waitUntilCondition(c -> c != null, seconds, TimeUnit.SECONDS);
                    spec(admin, ns, "{\"size\":1}");
                    admin.configMaps().inNamespace(ns).withName("w-shard-1")
                            .waitUntilCondition(c -> c == null, seconds, TimeUnit.SECONDS);
                }, List.of(" configmaps delete")),
                // A precondition that turns false deletes its dependent and the one that depends on it.
                new Scenario("precondition", PreconditionReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of("enabled", true));
                    admin.secrets().inNamespace(ns).withName("w-credentials")
                            .waitUntilCondition(s -> s != null, seconds, TimeUnit.SECONDS);
                    spec(admin, ns, "{\"enabled\":false}");
                    admin.configMaps().inNamespace(ns).withName("w-config")
                            .waitUntilCondition(c -> c == null, seconds, TimeUnit.SECONDS);
                    assertEquals(null, admin.secrets().inNamespace(ns).withName("w-credentials").get());
                }, List.of(" configmaps delete", " secrets delete")),
                // JOSDK's helpers write the status from the object given, and poll the cache on a conflict.
                new Scenario("status", StatusReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of());
                    admin.resources(Widget.class).inNamespace(ns).withName("w")
                            .waitUntilCondition(w -> w != null && w.getStatus() != null
                                    && w.getStatus().keySet().containsAll(List.of("updated", "merged", "edited")),
                                    seconds, TimeUnit.SECONDS);
                }, List.of(GROUP + " widgets/status update", GROUP + " widgets/status patch")),
                // A generic dependent whose GroupVersionKind is made of literals: a ConfigMap, applied.
                new Scenario("generic", GenericReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of());
                    admin.configMaps().inNamespace(ns).withName("w-generic")
                            .waitUntilCondition(c -> c != null && "1".equals(c.getData().get("size")), seconds,
                                    TimeUnit.SECONDS);
                }, List.of(" configmaps create", " configmaps patch")),
                // A dependent used standalone that the cleanup deletes itself: the widget goes only once it has.
                new Scenario("standalone", StandaloneReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of());
                    admin.configMaps().inNamespace(ns).withName("w-settings")
                            .waitUntilCondition(c -> c != null, seconds, TimeUnit.SECONDS);
                    admin.resources(Widget.class).inNamespace(ns).withName("w").delete();
                    admin.resources(Widget.class).inNamespace(ns).withName("w")
                            .waitUntilCondition(w -> w == null, seconds, TimeUnit.SECONDS);
                }, List.of(" configmaps delete")),
                // The activation condition reads the Sprocket's CustomResourceDefinition.
                new Scenario("crdpresent", CrdPresentReconciler::new, (admin, ns, seconds) -> {
                    widget(admin, ns, Map.of());
                    admin.resources(Sprocket.class).inNamespace(ns).withName("w-sprocket")
                            .waitUntilCondition(s -> s != null, seconds, TimeUnit.SECONDS);
                }, List.of("apiextensions.k8s.io customresourcedefinitions get")));
    }

    @BeforeAll
    static void kindsAndAccount() throws InterruptedException {
        admin = new KubernetesClientBuilder().build();
        E2ECluster.kind(admin, GROUP, "Widget");
        E2ECluster.kind(admin, GROUP, "Sprocket");
        account = E2ECluster.account(admin, ACCOUNT);
    }

    @AfterAll
    static void cleanUp() {
        if (admin != null) {
            E2ECluster.deleteAccount(admin, ACCOUNT);
            admin.close();
        }
        if (account != null) {
            account.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theInferredRoleIsEnoughAndWhatTheWorkNeedsIsInIt(Scenario scenario) throws Exception {
        List<PolicyRule> rules = inferredRules(scenario.directory());
        Map<String, List<PolicyRule>> withoutEach = new LinkedHashMap<>();
        for (String need : scenario.needs()) {
            withoutEach.put(need, without(rules, need));
        }
        run(scenario, rules, null);
        for (Map.Entry<String, List<PolicyRule>> without : withoutEach.entrySet()) {
            run(scenario, without.getValue(), without.getKey());
        }
    }

    /** The rules opctl infers from the scenario's sources and {@code Widget}'s and {@code Sprocket}'s. */
    private static List<PolicyRule> inferredRules(String directory) throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        for (Path file : List.of(SOURCES.resolve("Widget.java"), SOURCES.resolve("Sprocket.java"))) {
            sources.put(file.toAbsolutePath(), TextFiles.readUtf8(file));
        }
        try (Stream<Path> files = Files.list(SOURCES.resolve(directory))) {
            for (Path file : files.toList()) {
                sources.put(file.toAbsolutePath(), TextFiles.readUtf8(file));
            }
        }
        // The test's class path stands for the project's jars: the library's classes are on it.
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        String role = RbacGenerator.role(PROJECT, SourceModel.read(sources), () -> classpath, warning -> { }).content();
        JsonNode parsed = new ObjectMapper(new YAMLFactory()).readTree(role);
        List<PolicyRule> rules = new ArrayList<>();
        for (JsonNode rule : parsed.get("rules")) {
            List<String> resources = new ArrayList<>();
            rule.get("resources").forEach(r -> resources.add(r.asText()));
            List<String> verbs = new ArrayList<>();
            rule.get("verbs").forEach(v -> verbs.add(v.asText()));
            rules.add(new PolicyRuleBuilder().withApiGroups(rule.get("apiGroups").get(0).asText())
                    .withResources(resources).withVerbs(verbs).build());
        }
        return rules;
    }

    /** {@code rules} without {@code need} ("GROUP RESOURCE VERB"), which one of them must grant. */
    private static List<PolicyRule> without(List<PolicyRule> rules, String need) {
        String[] parts = need.split(" ", -1);
        List<PolicyRule> left = new ArrayList<>();
        boolean found = false;
        for (PolicyRule rule : rules) {
            if (rule.getApiGroups().contains(parts[0]) && rule.getResources().contains(parts[1])
                    && rule.getVerbs().contains(parts[2])) {
                found = true;
                List<String> others = rule.getResources().stream().filter(r -> !r.equals(parts[1])).toList();
                if (!others.isEmpty()) {
                    left.add(new PolicyRuleBuilder(rule).withResources(others).build());
                }
                List<String> verbs = rule.getVerbs().stream().filter(v -> !v.equals(parts[2])).toList();
                if (!verbs.isEmpty()) {
                    left.add(new PolicyRuleBuilder(rule).withResources(parts[1]).withVerbs(verbs).build());
                }
            } else {
                left.add(rule);
            }
        }
        assertTrue(found, "opctl does not grant " + need + ": " + rules);
        return left;
    }

    /**
     * Runs the scenario's operator as the ServiceAccount bound to {@code rules} only, in a namespace of
     * its own, and checks it does its work; or, when {@code missing} names a verb the rules lack, that it
     * does not.
     */
    private static void run(Scenario scenario, List<PolicyRule> rules, String missing) throws Exception {
        admin.rbac().clusterRoles().resource(new ClusterRoleBuilder().withNewMetadata().withName(ACCOUNT)
                .endMetadata().withRules(rules).build()).createOr(NonDeletingOperation::update);
        String namespace = ACCOUNT + "-" + ++runs;
        admin.resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build()).create();
        for (String need : scenario.needs()) {
            awaitAuthorizer(need, namespace, !need.equals(missing));
        }
        CRDPresentActivationCondition.clearState();
        Operator operator = new Operator(o -> o.withKubernetesClient(account).withCloseClientOnStop(false));
        operator.register(scenario.reconciler().get(), o -> o.settingNamespaces(namespace));
        operator.start();
        try {
            scenario.work().run(admin, namespace, missing == null ? ENOUGH : REFUSED);
            if (missing != null) {
                fail(scenario + ": the operator did its work without " + missing + ": " + rules);
            }
        } catch (KubernetesClientTimeoutException e) {
            if (missing == null) {
                fail(scenario + ": the operator did not do its work with " + rules + ": " + e.getMessage());
            }
        } finally {
            operator.stop();
            for (Widget widget : admin.resources(Widget.class).inNamespace(namespace).list().getItems()) {
                admin.resource(widget).patch(PatchContext.of(PatchType.JSON_MERGE),
                        "{\"metadata\":{\"finalizers\":null}}");
            }
            admin.namespaces().withName(namespace).delete();
        }
    }

    /** Waits until the API server's authorizer allows (or refuses) the account {@code need}, after a role change. */
    private static void awaitAuthorizer(String need, String namespace, boolean allowed) throws InterruptedException {
        String[] parts = need.split(" ", -1);
        for (int attempt = 0; attempt < 100; attempt++) {
            boolean now = admin.authorization().v1().subjectAccessReview().create(new SubjectAccessReviewBuilder()
                    .withNewSpec().withUser("system:serviceaccount:" + ACCOUNT + ":" + ACCOUNT)
                    .withNewResourceAttributes().withGroup(parts[0]).withResource(parts[1]).withVerb(parts[2])
                    .withNamespace(namespace).endResourceAttributes().endSpec().build()).getStatus().getAllowed();
            if (now == allowed) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the authorizer does not " + (allowed ? "allow " : "refuse ") + need);
    }

    private static void widget(KubernetesClient admin, String namespace, Map<String, Object> spec) {
        Widget widget = new Widget();
        widget.setMetadata(new ObjectMetaBuilder().withName("w").withNamespace(namespace).build());
        widget.setSpec(spec);
        admin.resource(widget).create();
    }

    private static void spec(KubernetesClient admin, String namespace, String spec) {
        admin.resources(Widget.class).inNamespace(namespace).withName("w")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":" + spec + "}");
    }
}
