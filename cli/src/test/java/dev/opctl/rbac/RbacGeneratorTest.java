package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.crd.syntax.DeclarationReader;
import dev.opctl.engine.OpctlException;
import dev.opctl.project.ProjectFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The role grants what the Java Operator SDK code uses, read from the sources: each case changes
 * one use and checks the verbs that follow from it, and no more.
 */
class RbacGeneratorTest {
    private static final Path ROOT = Path.of("/project/src/main/java");
    /** A project with one kind, Store, and its controller. */
    static final ProjectFile PROJECT = ProjectFile.parse("""
            layout: java-josdk/v1
            opctlVersion: 0.1.0
            projectName: shop-operator
            domain: example.com
            package: com.example.shop
            groupId: com.example
            artifactId: shop-operator
            license: none
            owner: The shop-operator Authors
            resources:
            - group: shop.example.com
              version: v1
              kind: Store
              plural: stores
              namespaced: true
              package: com.example.shop.api.shop.v1
              api: true
              controller: true
              storage: true
            """, "PROJECT");
    private static final String RECONCILER = """
            package com.example.shop.controller;

            import com.example.shop.api.shop.v1.Store;
            import io.javaoperatorsdk.operator.api.reconciler.Context;
            import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
            import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

            public class StoreReconciler implements Reconciler<Store>%s {
                @Override
                public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                    return %s;
                }
            }
            """;

    @Test
    void aReconcilerThatWritesNoStatusOnlyWatchesItsKind() {
        String role = role(reconciler("", "UpdateControl.noUpdate()"));
        assertEquals("""
                rules:
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - list
                  - watch
                """, rules(role));
    }

    @Test
    void patchingTheStatusGrantsPatchOnStatusOnly() {
        String role = role(reconciler("", "UpdateControl.patchStatus(store)"));
        assertTrue(rules(role).endsWith("""
                  resources:
                  - stores/status
                  verbs:
                  - patch
                """), role);
        assertFalse(role.contains("finalizers"), role);
    }

    @Test
    void patchingTheResourceAndStatusGrantsPatchOnBoth() {
        String role = role(reconciler("", "UpdateControl.patchResourceAndStatus(store)"));
        assertTrue(role.contains("""
                  resources:
                  - stores
                  verbs:
                  - list
                  - patch
                  - watch
                """), role);
        assertTrue(role.contains("- stores/status\n  verbs:\n  - patch\n"), role);
    }

    @Test
    void aCleanerGetsAndPatchesItsKindForTheFinalizer() {
        String role = role(sources(RECONCILER.formatted(", Cleaner<Store>", "UpdateControl.noUpdate()")
                .replace("import io.javaoperatorsdk.operator.api.reconciler.Context;",
                        "import io.javaoperatorsdk.operator.api.reconciler.Cleaner;\n"
                                + "import io.javaoperatorsdk.operator.api.reconciler.Context;")));
        assertTrue(role.contains("""
                  - stores
                  verbs:
                  - get
                  - list
                  - patch
                  - watch
                """), role);
        assertFalse(role.contains("stores/status"), role);
    }

    @Test
    void replacingTheStatusThroughTheClientGrantsUpdate() {
        String role = role(sources(RECONCILER.formatted("", "UpdateControl.noUpdate()")
                .replace("return", "context.getClient().resource(store).updateStatus();\n        return")));
        assertTrue(role.contains("- stores/status\n  verbs:\n  - update\n"), role);
    }

    @Test
    void anOwnedDependentIsAppliedAndNeedsTheOwnersFinalizersWhereItsOwnerReferenceBlocksDeletion() {
        Map<Path, String> sources = withDependent("StoreDeployment", """
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;""",
                "extends CRUDKubernetesDependentResource<Deployment, Store>");
        // JOSDK's owner reference (fabric8's addOwnerReference) does not block the owner's deletion.
        assertFalse(role(sources).contains("finalizers"), role(sources));
        // One its desired state sets so, as opctl's dependents do: the API server takes it only from one that may
        // update the Store's finalizers.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreDeployment.java"), (path, source) ->
                source.replace("Store> {\n", """
                        Store> {
                            @Override
                            protected Deployment desired(Store store, Context<Store> context) {
                                Deployment deployment = new Deployment();
                                deployment.addOwnerReference(store).setBlockOwnerDeletion(true);
                                return deployment;
                            }
                        """));
        String role = role(sources);
        assertTrue(role.contains("""
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - create
                  - list
                  - patch
                  - watch
                """), role);
        assertTrue(role.contains("- stores/finalizers\n  verbs:\n  - update\n"), role);
        // Set by a helper: where the method desired calls does, not where one it never calls would.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreDeployment.java"), (path, source) ->
                source.replace("deployment.addOwnerReference(store).setBlockOwnerDeletion(true);",
                        "Owners.own(deployment, store);"));
        sources.put(ROOT.resolve("com/example/shop/controller/Owners.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;

                final class Owners {
                    static void own(HasMetadata owned, HasMetadata owner) {
                        owned.addOwnerReference(owner);
                    }

                    static void block(HasMetadata owned, HasMetadata owner) {
                        owned.addOwnerReference(owner).setBlockOwnerDeletion(true);
                    }
                }
                """);
        assertFalse(role(sources).contains("finalizers"), role(sources));
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/Owners.java"), (path, source) ->
                source.replace("owned.addOwnerReference(owner);", "block(owned, owner);"));
        assertTrue(role(sources).contains("- stores/finalizers\n  verbs:\n  - update\n"), role(sources));
    }

    @Test
    void whatADependentDoesFollowsTheInterfacesItsClassImplements() {
        Map<String, String> dependents = new LinkedHashMap<>();
        // Deleted by JOSDK, not by the garbage collector: no owner reference, so no finalizers either.
        dependents.put("CRUDNoGCKubernetesDependentResource<Service, Store>", "- create\n  - delete\n  - list\n"
                + "  - patch\n  - watch\n");
        dependents.put("KubernetesDependentResource<Service, Store> implements Creator<Service, Store>, "
                + "Updater<Service, Store>", "- create\n  - list\n  - patch\n  - watch\n");
        dependents.put("KubernetesDependentResource<Service, Store> implements Deleter<Store>",
                "- delete\n  - list\n  - watch\n");
        // Imported by name, and on demand.
        List<String> imports = List.of("""
                import io.javaoperatorsdk.operator.api.reconciler.dependent.Deleter;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.Updater;""", """
                import io.javaoperatorsdk.operator.api.reconciler.dependent.*;
                import io.javaoperatorsdk.operator.processing.dependent.*;""");
        for (String imported : imports) {
            for (Map.Entry<String, String> dependent : dependents.entrySet()) {
                Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
                sources.put(ROOT.resolve("com/example/shop/controller/StoreService.java"), """
                        package com.example.shop.controller;

                        import com.example.shop.api.shop.v1.Store;
                        import io.fabric8.kubernetes.api.model.Service;
                        %s
                        import io.javaoperatorsdk.operator.processing.dependent.kubernetes.*;

                        public class StoreService extends %s {
                        }
                        """.formatted(imported, dependent.getKey()));
                String role = role(sources);
                assertTrue(role.contains("  - services\n  verbs:\n  " + dependent.getValue()), role);
                assertFalse(role.contains("finalizers"), role);
            }
        }
    }

    @Test
    void aDependentThatDoesNotApplyCreatesAndReplaces() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.javaoperatorsdk.operator.api.config.dependent.BooleanWithUndefined;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

                @KubernetesDependent(useSSA = BooleanWithUndefined.FALSE)
                public class StoreConfig extends CRUDKubernetesDependentResource<ConfigMap, Store> {
                }
                """);
        String role = role(sources);
        assertTrue(role.contains("  - configmaps\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"),
                role);
        assertFalse(role.contains("finalizers"), role); // JOSDK's owner reference blocks no deletion
    }

    @Test
    void configMapsAndSecretsAreCreatedAndReplacedUnlessTheirDependentAsksToApply() {
        Map<Path, String> sources = withDependent("StoreConfig", """
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;""",
                "extends CRUDKubernetesDependentResource<ConfigMap, Store>");
        sources.putAll(withDependent("StoreSecret", """
                import io.fabric8.kubernetes.api.model.Secret;
                import io.javaoperatorsdk.operator.api.config.dependent.BooleanWithUndefined;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

                @KubernetesDependent(useSSA = BooleanWithUndefined.TRUE)""",
                "extends CRUDKubernetesDependentResource<Secret, Store>"));
        String role = role(sources);
        assertTrue(role.contains("- configmaps\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"), role);
        assertTrue(role.contains("- secrets\n  verbs:\n  - create\n  - list\n  - patch\n  - watch\n"), role);
    }

    @Test
    void aBulkDependentDeletesTheObjectsItNoLongerWantsWhereItIsADeleter() {
        Map<Path, String> sources = withDependent("StoreServices", """
                import io.fabric8.kubernetes.api.model.Service;
                import io.javaoperatorsdk.operator.processing.dependent.BulkDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;""",
                "extends CRUDKubernetesDependentResource<Service, Store> "
                        + "implements BulkDependentResource<Service, Store, String>");
        sources.putAll(withDependent("StoreSecrets", """
                import io.fabric8.kubernetes.api.model.Secret;
                import io.javaoperatorsdk.operator.processing.dependent.BulkDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;""",
                "extends KubernetesDependentResource<Secret, Store> "
                        + "implements Creator<Secret, Store>, BulkDependentResource<Secret, Store, String>"));
        // As JOSDK's own: a dependent of a kind that implements JOSDK's interface for bulk dependents.
        sources.putAll(withDependent("StoreJobs", """
                import io.fabric8.kubernetes.api.model.batch.v1.Job;
                import io.javaoperatorsdk.operator.processing.dependent.CRUDKubernetesBulkDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;""",
                "extends KubernetesDependentResource<Job, Store> implements CRUDKubernetesBulkDependentResource<Job, Store>"));
        String role = role(sources);
        assertTrue(role.contains("- services\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n  - watch\n"),
                role);
        assertTrue(role.contains("- secrets\n  verbs:\n  - create\n  - list\n  - watch\n"), role);
        assertTrue(role.contains("- jobs\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n  - watch\n"),
                role);
    }

    @Test
    void aWorkflowWithADependentJosdkDeletesNeedsAFinalizerOnThePrimary() {
        Map<String, String> dependents = new LinkedHashMap<>();
        dependents.put("CRUDNoGCKubernetesDependentResource<Service, Store>", "- get\n  - list\n  - patch\n  - watch\n");
        dependents.put("CRUDKubernetesDependentResource<Service, Store>", "- list\n  - watch\n");
        for (Map.Entry<String, String> dependent : dependents.entrySet()) {
            Map<Path, String> sources = withDependent("StoreService", """
                    import io.fabric8.kubernetes.api.model.Service;
                    import io.javaoperatorsdk.operator.processing.dependent.kubernetes.*;""", "extends "
                    + dependent.getKey());
            sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                    (path, source) -> source.replace("public class", """
                            @io.javaoperatorsdk.operator.api.reconciler.Workflow(dependents = {
                                    @io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent(type = StoreService.class)
                            })
                            public class"""));
            String role = role(sources);
            assertTrue(role.contains("  - stores\n  verbs:\n  " + dependent.getValue()), role);
        }
    }

    @Test
    void aDependentOfALibrarysClassIsReadFromItsJar() {
        // The library's class imported on demand is found in its jar too.
        aDependentOfALibrarysClassIsReadFromItsJar("import dev.opctl.rbac.library.*;");
        aDependentOfALibrarysClassIsReadFromItsJar("import dev.opctl.rbac.library.OwnedConfigMap;");
    }

    private void aDependentOfALibrarysClassIsReadFromItsJar(String imports) {
        Map<Path, String> sources = withDependent("StoreConfig", imports, "extends OwnedConfigMap<Store>");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("public class", """
                        @io.javaoperatorsdk.operator.api.reconciler.Workflow(dependents = {
                                @io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent(type = StoreConfig.class),
                                @io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent(
                                        type = dev.opctl.rbac.library.LabelledSecret.class)
                        })
                        public class"""));
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, sources, () -> classpath, warnings::add).content();
        assertEquals(List.of(), warnings);
        // The library's base class makes StoreConfig a ConfigMap dependent JOSDK deletes: a cleaner of Stores.
        assertTrue(role.contains("  - configmaps\n  verbs:\n  - create\n  - delete\n  - list\n  - update\n"
                + "  - watch\n"), role);
        assertTrue(role.contains("  - stores\n  verbs:\n  - get\n  - list\n  - patch\n  - watch\n"), role);
        // The library's dependent itself, garbage-collected: its Secrets, and the owner reference on Stores.
        assertTrue(role.contains("  - secrets\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"), role);
        assertTrue(role.contains("  - stores/finalizers\n  verbs:\n  - update\n"), role);
        // Without the jars, nothing is known of either.
        assertFalse(role(sources).contains("configmaps"), role(sources));
        // An interface of a library, or a class of the project's package the sources do not declare yet (one a
        // command is about to write), is no reason to resolve the class path: that may run Maven.
        Map<Path, String> others = reconciler("", "UpdateControl.noUpdate()");
        others.put(ROOT.resolve("com/example/shop/Hooks.java"), """
                package com.example.shop;

                class Hooks extends com.example.shop.webhook.Base implements org.acme.Hook {
                }
                """);
        others.put(ROOT.resolve("com/example/shop/webhook/Admission.java"), """
                package com.example.shop.webhook;

                import com.example.shop.api.*;
                import io.javaoperatorsdk.operator.processing.dependent.*;

                class Admission extends Base {
                }
                """);
        RbacGenerator.role(PROJECT, ROOT, others, () -> {
            throw new AssertionError("the class path was asked for");
        }, warnings::add);
    }

    @Test
    void aReconcilerOfALibrarysBaseClassPatchesWhatItsClassFileReturns() {
        Map<Path, String> sources = new LinkedHashMap<>();
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import dev.opctl.rbac.library.*;

                public class StoreReconciler extends StatusReconciler<Store> {
                    @Override
                    protected void observe(Store store) {
                    }
                }
                """);
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, sources, () -> classpath, warnings::add).content();
        assertTrue(role.contains("  - stores/status\n  verbs:\n  - patch\n"), role);
        assertTrue(role.contains("  - stores\n  verbs:\n  - get\n  - list\n  - patch\n  - watch\n"), role);
        assertFalse(role(sources).contains("stores/status"), role(sources));
        assertEquals(List.of(), warnings);
        // One whose class file calls the client: what the calls ask is not read, and that is said.
        Path file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java");
        sources.computeIfPresent(file, (path, source) -> source.replace("StatusReconciler<Store> {\n    @Override\n"
                + "    protected void observe(Store store) {\n    }\n", "ClientReconciler<Store> {\n"));
        role = RbacGenerator.role(PROJECT, ROOT, sources, () -> classpath, warnings::add).content();
        assertFalse(role.contains("configmaps"), role);
        assertEquals(List.of(file + ":6: StoreReconciler extends dev.opctl.rbac.library.ClientReconciler, a class of "
                + "the class path whose code calls the Kubernetes client (KubernetesClient.configMaps, KubernetesClient.secrets, "
                + "MixedOperation.inNamespace, ...), and opctl does not read the calls of a class file: it grants "
                + "nothing for them; grant what they do by markers in this file, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=..."), warnings);
        // A marker in the file grants what they do: nothing more to say.
        warnings.clear();
        sources.computeIfPresent(file, (path, source) -> source.replace("public class", "// +opctl:rbac:groups=core,"
                + "resources=configmaps,verbs=get\n// +opctl:rbac:groups=core,resources=secrets,verbs=list\npublic class"));
        role = RbacGenerator.role(PROJECT, ROOT, sources, () -> classpath, warnings::add).content();
        assertTrue(role.contains("  - configmaps\n  verbs:\n  - get\n"), role);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDependentWhoseKindJosdkTakesFromAnotherTypeArgumentIsSaid() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/Owned.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

                public abstract class Owned<P extends HasMetadata> extends CRUDKubernetesDependentResource<ConfigMap, P> {
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;

                public class StoreConfig extends Owned<Store> {
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("- configmaps\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreConfig.java") + ":5: JOSDK takes the kind "
                + "of a dependent from the first type argument of its nearest generic superclass, here Store of "
                + "Owned<Store>, not ConfigMap, which opctl grants for; give the kind to a constructor, "
                + "super(ConfigMap.class)"), warnings);
        // A constructor that gives the kind, in the dependent or its base class: nothing to say.
        for (String file : List.of("Owned", "StoreConfig")) {
            Map<Path, String> given = new LinkedHashMap<>(sources);
            given.computeIfPresent(ROOT.resolve("com/example/shop/controller/" + file + ".java"),
                    (path, source) -> source.replace("> {\n", "> {\n    " + file + "() {\n        super("
                            + (file.equals("Owned") ? "" : "io.fabric8.kubernetes.api.model.") + "ConfigMap.class);\n"
                            + "    }\n"));
            warnings.clear();
            RbacGenerator.role(PROJECT, ROOT, given, List::of, warnings::add);
            assertEquals(List.of(), warnings, file);
        }
    }

    @Test
    void aReconcilerHasTheWorkflowOfItsSuperclass() {
        Map<Path, String> sources = withDependent("StoreService", """
                import io.fabric8.kubernetes.api.model.Service;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDNoGCKubernetesDependentResource;""",
                "extends CRUDNoGCKubernetesDependentResource<Service, Store>");
        sources.put(ROOT.resolve("com/example/shop/controller/BaseReconciler.java"), """
                package com.example.shop.controller;

                @io.javaoperatorsdk.operator.api.reconciler.Workflow(dependents = {
                        @io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent(type = StoreService.class)
                })
                public abstract class BaseReconciler<K extends io.fabric8.kubernetes.api.model.HasMetadata>
                        implements io.javaoperatorsdk.operator.api.reconciler.Reconciler<K> {
                }
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("implements Reconciler<Store>", "extends BaseReconciler<Store>"));
        String role = role(sources);
        // The workflow deletes its Services: JOSDK adds a finalizer to Stores.
        assertTrue(role.contains("  - stores\n  verbs:\n  - get\n  - list\n  - patch\n  - watch\n"), role);
    }

    @Test
    void aWorkflowDeletesADependentWhileItsPreconditionFailsAndThoseThatDependOnIt() {
        assertConditionsDelete(withWorkflow("""
                @Dependent(name = "service", type = StoreService.class, reconcilePrecondition = Exposed.class),
                @Dependent(type = StoreDeployment.class, dependsOn = "service"),
                @Dependent(name = "config", type = StoreConfig.class,
                        activationCondition = CRDPresentActivationCondition.class),
                @Dependent(name = "secret", type = StoreSecret.class, dependsOn = "config"),
                @Dependent(type = StoreRoute.class, dependsOn = {"config", "secret"})"""));
    }

    @Test
    void aWorkflowBuiltInCodeDeletesAsAnAnnotatedOne() {
        Map<Path, String> sources = withBuiltWorkflowOfFive(BUILT_OF_FIVE.formatted("new StoreRoute()"));
        // Its dependents are deleted by the garbage collector, or where the reconciler says so, a Cleaner.
        assertConditionsDelete(sources);
    }

    @Test
    void aWorkflowBuiltOnABuilderKeptInAVariableDeletesAsOneBuiltInOneChain() {
        // Microcks' dependent managers (trial43 M1): a statement per dependent on a WorkflowBuilder kept in a variable.
        Map<Path, String> sources = withBuiltWorkflowOfFive("""
                WorkflowBuilder<Store> builder = new WorkflowBuilder<>();
                builder.addDependentResourceAndConfigure(service).withReconcilePrecondition(new Exposed());
                builder.addDependentResourceAndConfigure(deployment).dependsOn(service);
                builder.addDependentResourceAndConfigure(config)
                        .withActivationCondition(new CRDPresentActivationCondition<>());
                builder.addDependentResourceAndConfigure(secret).dependsOn(config);
                builder.addDependentResourceAndConfigure(new StoreRoute()).dependsOn(Set.of(config, secret));
                workflow = builder.build();
                """);
        assertConditionsDelete(sources);
        // Dependents given by a lambda's parameter over a collection of their variables (Microcks' forEach over its
        // fields, one declared with JOSDK's type and given an object of its class in the constructor): each of them.
        Map<Path, String> each = withBuiltWorkflow("""
                private io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource<?, Store> deployment;
                private final StoreService service = new StoreService();
                private final Workflow<Store> workflow;

                public StoreReconciler() {
                    deployment = new StoreDeployment();
                    var builder = new WorkflowBuilder<Store>();
                    java.util.Arrays.asList(service, deployment).forEach(d ->
                            builder.addDependentResourceAndConfigure(d).withReconcilePrecondition(new Exposed()));
                    workflow = builder.build();
                }
                """);
        dependents(each);
        List<String> warnings = new ArrayList<>();
        String role = role(each, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- services\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
        assertTrue(role.contains("- deployments\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
        // So is a for-each loop's variable, declared with JOSDK's type.
        each.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("java.util.Arrays.asList(service, deployment).forEach(d ->", "for (io.javaoperatorsdk"
                        + ".operator.api.reconciler.dependent.DependentResource<?, Store> d : Set.of(service, deployment))")
                        .replace(".withReconcilePrecondition(new Exposed()));", ".withReconcilePrecondition(new Exposed());"));
        assertTrue(each.get(ROOT.resolve("com/example/shop/controller/StoreReconciler.java")).contains("for ("));
        assertEquals(role, role(each, warnings));
        assertEquals(List.of(), warnings);
        // A node's configuration kept in a variable and configured under an if (Microcks' nodeBuilder), read as every
        // call that may run: the Service's precondition, not the Deployment's, added before.
        Map<Path, String> node = withBuiltWorkflow("""
                private final StoreDeployment deployment = new StoreDeployment();
                private final StoreService service = new StoreService();
                private final Workflow<Store> workflow;

                public StoreReconciler() {
                    var builder = new WorkflowBuilder<Store>();
                    builder.addDependentResourceAndConfigure(deployment);
                    var configured = builder.addDependentResourceAndConfigure(service);
                    if (System.getenv("EXPOSED") != null) {
                        configured.withReconcilePrecondition(new Exposed());
                    }
                    workflow = builder.build();
                }
                """);
        dependents(node);
        warnings.clear();
        role = role(node, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- services\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
        assertTrue(role.contains("- deployments\n  verbs:\n  - create\n  - list\n  - patch\n"), role);
    }

    @Test
    void aWorkflowOfDependentsKeptInFieldsOfJosdksTypesDeletesAsOneOfTheClassesTheCodeGivesThem() {
        // JOSDK's WebPageDependentsWorkflowReconciler (trial35 #3) and Microcks' managers (trial43 M1): fields declared
        // with JOSDK's KubernetesDependentResource<R, P>, given an object of a dependent's class by the code.
        Map<Path, String> sources = withBuiltWorkflow("""
                private KubernetesDependentResource<?, Store> service, deployment, config, secret;
                private final KubernetesDependentResource<?, Store> route = new StoreRoute();
                private final Workflow<Store> workflow;

                public StoreReconciler() {
                    initDependents();
                %s}

                private void initDependents() {
                    this.service = new StoreService();
                    deployment = new StoreDeployment();
                    this.config = new StoreConfig();
                    secret = new StoreSecret();
                }
                """.formatted(BUILT_OF_FIVE.formatted("route").indent(4)));
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import java.util.Set;", "import io.javaoperatorsdk.operator.processing.dependent"
                        + ".kubernetes.KubernetesDependentResource;\nimport java.util.Set;"));
        assertConditionsDelete(sources);
    }

    @Test
    void aWorkflowOfDependentsOfTheSourcesInJosdksPackagesIsReadAsAnyOther() {
        // JOSDK's sample operators are in its packages: their dependents are still the sources', not JOSDK's own.
        Map<Path, String> sources = withBuiltWorkflow("""
                private final Workflow<Store> workflow;

                public StoreReconciler() {
                    var route = new io.javaoperatorsdk.operator.sample.StoreRoute();
                    workflow = new WorkflowBuilder<Store>()
                            .addDependentResourceAndConfigure(route).withReconcilePrecondition(new Exposed())
                            .build();
                }
                """);
        dependents(sources);
        sources.put(ROOT.resolve("io/javaoperatorsdk/operator/sample/StoreRoute.java"), sources.remove(ROOT.resolve(
                "com/example/shop/controller/StoreRoute.java")).replace("package com.example.shop.controller;",
                "package io.javaoperatorsdk.operator.sample;"));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- ingresses\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
    }

    @Test
    void aWorkflowDeletesWhatDependsOnAConditionThroughTwoDependentsOfOneClass() {
        Map<Path, String> sources = withWorkflow("""
                @Dependent(name = "service", type = StoreService.class, reconcilePrecondition = Exposed.class),
                @Dependent(name = "a", type = StoreConfig.class, dependsOn = "service"),
                @Dependent(name = "b", type = StoreConfig.class, dependsOn = "service"),
                @Dependent(type = StoreRoute.class, dependsOn = "b")""");
        dependents(sources);
        String role = role(sources);
        assertTrue(role.contains("- ingresses\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
    }

    @Test
    void aWorkflowBuiltInCodeThatOpctlDoesNotReadWholeIsSaid() {
        Map<Path, String> sources = withBuiltWorkflow("""
                private final StoreRoute route = new StoreRoute();
                private final Workflow<Store> kept;
                private final Workflow<Store> qualified = new WorkflowBuilder<Store>()
                        .addDependentResourceAndConfigure(this.route).withReconcilePrecondition(new Exposed())
                        .build();
                private final io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource<
                        io.fabric8.kubernetes.api.model.Secret, Store> secret = java.util.Objects.requireNonNull(new StoreSecret());
                private final Workflow<Store> typed = new WorkflowBuilder<Store>()
                        .addDependentResourceAndConfigure(secret).withReconcilePrecondition(new Exposed()).build();

                public StoreReconciler() {
                    kept = configure(new WorkflowBuilder<Store>()).build();
                }

                static WorkflowBuilder<Store> configure(WorkflowBuilder<Store> builder) {
                    builder.addDependentResourceAndConfigure(new StoreService())
                            .withReconcilePrecondition(new Exposed());
                    return builder;
                }
                """);
        dependents(sources);
        List<String> warnings = new ArrayList<>();
        role(sources, warnings);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        String marker = "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=delete";
        String unknown = ": opctl cannot tell which dependent addDependentResourceAndConfigure(...) is given (it reads "
                + "a variable or field named alone and declared with the dependent's own class or given an object of "
                + "one, or a new), and may grant too little for what the workflow's conditions delete; declare it so, "
                + "or grant it by a marker, ";
        // Declared with JOSDK's DependentResource<Secret, Store>, given a value opctl cannot tell the class of: the
        // marker names its kind (trial /tmp/trial35 #3).
        assertEquals(List.of(file + ":15" + unknown + marker, file + ":20" + unknown
                        + "// +opctl:rbac:groups=core,resources=secrets,verbs=delete",
                file + ":28: opctl reads the conditions of a workflow built in one chain, new WorkflowBuilder<P>()"
                        + ".addDependentResourceAndConfigure(d).withReconcilePrecondition(c)...build(), and grants "
                        + "nothing for this one; build it so, or grant what JOSDK deletes while it does not hold by a "
                        + "marker, " + marker), warnings);
    }

    @Test
    void aDependentWhoseLibraryBaseClassIsNotReadMayBlockItsOwnersDeletion() {
        Map<Path, String> sources = withDependent("StoreSecret", "import dev.opctl.rbac.library.LabelledSecret;",
                "extends LabelledSecret<Store>");
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        String role = RbacGenerator.role(PROJECT, ROOT, sources, () -> classpath, warning -> { }).content();
        assertTrue(role.contains("  - secrets\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"), role);
        assertTrue(role.contains("  - stores/finalizers\n  verbs:\n  - update\n"), role);
    }

    /**
     * The workflow of the five {@link #dependents} built in one chain into the field {@code workflow}, given the
     * dependents {@code service}, {@code deployment}, {@code config} and {@code secret}, and the route's as {@code %s}.
     */
    private static final String BUILT_OF_FIVE = """
            workflow = new WorkflowBuilder<Store>()
                    .addDependentResourceAndConfigure(service).withReconcilePrecondition(new Exposed())
                    .addDependentResourceAndConfigure(deployment).dependsOn(service)
                    .addDependentResourceAndConfigure(config)
                    .withActivationCondition(new CRDPresentActivationCondition<>())
                    .addDependentResourceAndConfigure(secret).dependsOn(config)
                    .addDependentResourceAndConfigure(%s).dependsOn(Set.of(config, secret))
                    .build();
            """;

    /**
     * The reconciler with a workflow of the five {@link #dependents}, which its constructor builds by {@code building}
     * into the field {@code workflow}, given the dependents {@code service}, {@code deployment}, {@code config} and
     * {@code secret}.
     */
    private static Map<Path, String> withBuiltWorkflowOfFive(String building) {
        return withBuiltWorkflow("""
                private final StoreDeployment deployment = new StoreDeployment();
                private final Workflow<Store> workflow;

                public StoreReconciler() {
                    var service = new StoreService();
                    StoreConfig config = new StoreConfig();
                    var secret = new StoreSecret();
                %s}
                """.formatted(building.indent(4)));
    }

    /** The reconciler, with {@code members} first, which build workflows with JOSDK's {@code WorkflowBuilder}. */
    private static Map<Path, String> withBuiltWorkflow(String members) {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("Reconciler<Store> {\n", "Reconciler<Store> {\n" + members.indent(4))
                        .replace("import io.javaoperatorsdk.operator.api.reconciler.Context;", """
                        import io.javaoperatorsdk.operator.api.reconciler.Context;
                        import io.javaoperatorsdk.operator.processing.dependent.workflow.CRDPresentActivationCondition;
                        import io.javaoperatorsdk.operator.processing.dependent.workflow.Workflow;
                        import io.javaoperatorsdk.operator.processing.dependent.workflow.WorkflowBuilder;
                        import java.util.Set;"""));
        return sources;
    }

    /** The reconciler, with {@code @Workflow(dependents = {DEPENDENTS})}. */
    private static Map<Path, String> withWorkflow(String dependents) {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("public class", "@Workflow(dependents = {\n" + dependents.indent(8)
                        + "})\npublic class").replace("import io.javaoperatorsdk.operator.api.reconciler.Context;", """
                        import io.javaoperatorsdk.operator.api.reconciler.Context;
                        import io.javaoperatorsdk.operator.api.reconciler.Workflow;
                        import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
                        import io.javaoperatorsdk.operator.processing.dependent.workflow.CRDPresentActivationCondition;"""));
        return sources;
    }

    /**
     * Adds five dependents of Stores to {@code sources}: StoreService, StoreDeployment, StoreConfig (of ConfigMaps),
     * StoreRoute (of Ingresses), garbage-collected, and StoreSecret, which JOSDK deletes.
     */
    private static void dependents(Map<Path, String> sources) {
        for (String kind : List.of("Service", "Deployment", "Config", "Secret", "Route")) {
            String model = Map.of("Deployment", "apps.Deployment", "Config", "ConfigMap", "Route",
                    "networking.v1.Ingress").getOrDefault(kind, kind);
            sources.put(ROOT.resolve("com/example/shop/controller/Store" + kind + ".java"), """
                    package com.example.shop.controller;

                    public class Store%s extends io.javaoperatorsdk.operator.processing.dependent.kubernetes
                            .%s<io.fabric8.kubernetes.api.model.%s, com.example.shop.api.shop.v1.Store> {
                    }
                    """.formatted(kind, kind.equals("Secret") ? "CRUDNoGCKubernetesDependentResource"
                    : "CRUDKubernetesDependentResource", model));
        }
    }

    /**
     * The role of {@code sources}, whose reconciler's workflow has five dependents, holds the deletions of their
     * conditions: a Service with a precondition, a Deployment that depends on it, a ConfigMap with an activation
     * condition that reads its CRD, and a Secret and an Ingress that depend on the ConfigMap.
     */
    private static void assertConditionsDelete(Map<Path, String> sources) {
        dependents(sources);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        // Deleted while the precondition fails: the Service, and the Deployment that depends on it.
        assertTrue(role.contains("- services\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
        assertTrue(role.contains("- deployments\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
        // Not deleted while its activation condition fails, but those that depend on it are.
        assertTrue(role.contains("- configmaps\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"), role);
        assertTrue(role.contains("- secrets\n  verbs:\n  - create\n  - delete\n  - list\n  - update\n"), role);
        assertTrue(role.contains("- ingresses\n  verbs:\n  - create\n  - delete\n  - list\n  - patch\n"), role);
        // The activation condition reads the kind's CRD; the Secret is deleted by JOSDK: a finalizer.
        assertTrue(role.contains("""
                - apiGroups:
                  - apiextensions.k8s.io
                  resources:
                  - customresourcedefinitions
                  verbs:
                  - get
                """), role);
        if (sources.get(ROOT.resolve("com/example/shop/controller/StoreReconciler.java")).contains("@Workflow")) {
            assertTrue(role.contains("  - stores\n  verbs:\n  - get\n  - list\n  - patch\n  - watch\n"), role);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void anInformerOfAKindThatIsNotAClassLiteralIsSaid() {
        // A variable made of class literals: theirs (Apache Flink's ingress informer is of one of two versions'
        // class: trial39 L2). One made otherwise is said.
        List<String> warnings = new ArrayList<>();
        Map<Path, String> sources = withStatements("""
                        var workloads = store == null ? io.fabric8.kubernetes.api.model.apps.Deployment.class
                                : StatefulSet.class;
                        io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration.from(workloads,
                                Store.class);
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;\n", "import com.example.shop.api.shop.v1"
                        + ".Store;\nimport io.fabric8.kubernetes.api.model.apps.StatefulSet;\n"));
        String role = role(sources, warnings);
        assertEquals(List.of("list", "watch"), verbs(role, "apps", "deployments"));
        assertEquals(List.of("list", "watch"), verbs(role, "apps", "statefulsets"));
        assertEquals(List.of(), warnings);
        RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        Class<io.fabric8.kubernetes.api.model.Pod> pods = pods();
                        io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration.from(pods, Store.class);
                """), List::of, warnings::add);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":12: the kind of "
                + "InformerEventSourceConfiguration.from(...) is not a class literal nor a new GroupVersionKind(...) of "
                + "strings, and opctl grants nothing for it; write the class (from(Deployment.class, ...)) or its "
                + "group, version and kind (from(new GroupVersionKind(\"g\", \"v1\", \"Kind\"), ...)), or grant it "
                + "by a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch"), warnings);
    }

    @Test
    void anInformerOfAClassAParameterGivesIsOfTheLiteralsItsMethodIsCalledWith() {
        // Kroxylicious builds the configuration of an event source of Secrets and one of ConfigMaps with one generic
        // method (trial37 L2): said as not a class literal.
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        configuration(io.fabric8.kubernetes.api.model.Secret.class);
                        configuration(io.fabric8.kubernetes.api.model.ConfigMap.class);
                    }

                    <R extends io.fabric8.kubernetes.api.model.HasMetadata> Object configuration(Class<R> secondary) {
                        return io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration.from(
                                secondary, Store.class).build();
                    }

                    void unused() {
                """), List::of, warnings::add).content();
        assertEquals(List.of(), warnings);
        assertEquals(List.of("list", "watch"), verbs(role, "", "secrets"));
        assertEquals(List.of("list", "watch"), verbs(role, "", "configmaps"));
    }

    @Test
    void aGroupVersionKindConstantNamesItsKind() {
        // A constant shared by an informer and a dependent was "not a class literal" (trial /tmp/trial32 #5).
        Map<Path, String> sources = new LinkedHashMap<>();
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import io.javaoperatorsdk.operator.processing.GroupVersionKind;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource;
                import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

                public class StoreReconciler implements Reconciler<Store> {
                    static final String ACME = "acme.cert-manager.io";
                    static final GroupVersionKind CERTIFICATES = new GroupVersionKind("cert-manager.io", "v1", "Certificate");
                    static final GroupVersionKind ISSUERS =
                            new GroupVersionKind("cert-manager.io/v1", "Issuer");
                    private final IssuerDependent issuers = new IssuerDependent();

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        InformerEventSourceConfiguration.from(CERTIFICATES, Store.class).build();
                        // The String constant is no GroupVersionKind, though one follows its line: the call's own.
                        InformerEventSourceConfiguration.from(new GroupVersionKind(ACME, "v1", "Order"), Store.class)
                                .build();
                        return UpdateControl.noUpdate();
                    }

                    static class IssuerDependent extends GenericKubernetesDependentResource<Store>
                            implements Creator<GenericKubernetesResource, Store> {
                        IssuerDependent() {
                            super(ISSUERS);
                        }
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- cert-manager.io\n  resources:\n  - certificates\n  verbs:\n  - list\n"
                + "  - watch\n"), role);
        assertTrue(role.contains("- cert-manager.io\n  resources:\n  - issuers\n  verbs:\n  - create\n"), role);
        assertTrue(role.contains("- acme.cert-manager.io\n  resources:\n  - orders\n  verbs:\n  - list\n"
                + "  - watch\n"), role);
        assertEquals(3, role.split("cert-manager.io\n", -1).length - 1, role);
    }

    @Test
    void anInformerOfAGroupVersionKindOfStringsListsAndWatchesIt() {
        // JOSDK's own form for a kind without its class: it was "not a class literal", granted nothing
        // (trial /tmp/trial31 #7).
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        InformerEventSourceConfiguration.from(new GroupVersionKind("cert-manager.io", "v1", "Certificate"),
                                Store.class).build();
                        InformerEventSourceConfiguration.from(new GroupVersionKind("acme.cert-manager.io/v1", "Order"),
                                Store.class).build();
                """).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue()
                .replace("import io.javaoperatorsdk.operator.api.reconciler.Context;", "import io.javaoperatorsdk"
                        + ".operator.api.config.informer.InformerEventSourceConfiguration;\nimport io.javaoperatorsdk"
                        + ".operator.api.reconciler.Context;\nimport io.javaoperatorsdk.operator.processing"
                        + ".GroupVersionKind;"))), List::of, warnings::add).content();
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- acme.cert-manager.io\n  resources:\n  - orders\n  verbs:\n  - list\n  - watch\n"),
                role);
        assertTrue(role.contains("- cert-manager.io\n  resources:\n  - certificates\n  verbs:\n  - list\n"
                + "  - watch\n"), role);
    }

    @Test
    void aBaseReconcilersAndAMethodReferencesCallsCount() {
        Map<Path, String> sources = sources(RECONCILER.formatted("", "UpdateControl.noUpdate()")
                .replace("implements Reconciler<Store>", "extends Base<Store>"));
        sources.put(ROOT.resolve("com/example/shop/controller/Base.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import java.util.function.Function;

                public abstract class Base<R extends HasMetadata> implements Reconciler<R> {
                    protected final Function<R, UpdateControl<R>> done = UpdateControl::patchStatus;
                }
                """);
        assertTrue(role(sources).contains("- stores/status\n  verbs:\n  - patch\n"), role(sources));
    }

    @Test
    void josdksCachingHelpersWriteThePrimary() {
        String utils = "io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils";
        String ssa = role(withStatements("        " + utils + ".ssaPatchStatusAndCacheResource(store, store, "
                + "context);\n"));
        assertTrue(ssa.contains("- stores/status\n  verbs:\n  - patch\n"), ssa);
        assertFalse(ssa.contains("- get"), ssa); // an apply patch needs no fresh copy
        // A status written from the object given, retried on a conflict with the cache's copy: no get.
        String status = role(withStatements("        " + utils + ".patchStatusAndCacheResource(store, context, "
                + "s -> s);\n        " + utils + ".updateStatusAndCacheResource(store, context, s -> s);\n"));
        assertTrue(status.contains("- stores\n  verbs:\n  - list\n  - watch\n"), status);
        assertTrue(status.contains("- stores/status\n  verbs:\n  - patch\n  - update\n"), status);
        // A finalizer retried on a conflict with a copy read from the API server.
        String finalizer = role(withStatements("        " + utils + ".addFinalizer(context, \"f\");\n"));
        assertTrue(finalizer.contains("- stores\n  verbs:\n  - get\n  - list\n  - patch\n  - watch\n"), finalizer);
    }

    @Test
    void aKindOpctlDoesNotKnowIsSaid() {
        Map<Path, String> sources = withDependent("StoreScaler", """
                import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;""",
                "extends CRUDKubernetesDependentResource<HorizontalPodAutoscaler, Store>");
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("horizontalpodautoscalers"), role);
        // The marker names what the dependent does, as for a kind opctl knows (Gerrit's Ambassador dependents, trial48 L1).
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreScaler.java") + ":7: opctl does not know "
                + "the API group and plural of io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler, "
                + "and grants the operator nothing for it; add the jar of its class to the class path (a dependency in pom.xml), or grant what the operator does with it by a marker, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=create;list;patch;watch"), warnings);
    }

    @Test
    void theClientCallsOfAReconcilerOfAKindOpctlDoesNotKnowAreRead() {
        Map<Path, String> sources = sources("""
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
                import io.javaoperatorsdk.operator.api.reconciler.*;

                public class ScalerReconciler implements Reconciler<HorizontalPodAutoscaler> {
                    @Override
                    public UpdateControl<HorizontalPodAutoscaler> reconcile(HorizontalPodAutoscaler scaler,
                            Context<HorizontalPodAutoscaler> context) {
                        context.getClient().secrets().inNamespace("a").withName("b").get();
                        return UpdateControl.noUpdate();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - get\n"), role);
        // Its informer lists and watches the kind, which the role cannot grant: said.
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":6: opctl does not "
                + "know the API group and plural of io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler, "
                + "and grants the operator nothing for it; add the jar of its class to the class path (a dependency in pom.xml), or grant what the operator does with it by a marker, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch;..."), warnings);
    }

    @Test
    void aKindFromAJarOrTheSourcesIsNamedByItsAnnotations() {
        Map<Path, String> sources = withDependent("StoreScaler", """
                import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDNoGCKubernetesDependentResource;""",
                "extends CRUDNoGCKubernetesDependentResource<HorizontalPodAutoscaler, Store>");
        // Another project's custom resource, copied into the sources: fabric8's client names it by @Plural.
        sources.put(ROOT.resolve("io/cert/Certificate.java"), """
                package io.cert;

                @io.fabric8.kubernetes.model.annotation.Group("cert-manager.io")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                @io.fabric8.kubernetes.model.annotation.Plural("Certs")
                public class Certificate extends io.fabric8.kubernetes.client.CustomResource<Void, Void>
                        implements io.fabric8.kubernetes.api.model.Namespaced {
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Sources.java"), """
                package com.example.shop.controller;

                class Sources {
                    Object certificates = io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration
                            .from(io.cert.Certificate.class, Store.class);
                }
                """);
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, sources, () -> classpath, warnings::add).content();
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- autoscaling\n  resources:\n  - horizontalpodautoscalers\n  verbs:\n  - create\n"
                + "  - delete\n  - list\n  - patch\n  - watch\n"), role);
        assertTrue(role.contains("- cert-manager.io\n  resources:\n  - certs\n  verbs:\n  - list\n  - watch\n"), role);
    }

    @Test
    void aPatchOutsideAReconcilerOrAClusterKindOrUrlsInNamespacesAreSaid() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/StoreStatuses.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.Node;
                import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                final class StoreStatuses {
                    static final Object NODES = InformerEventSourceConfiguration.from(Node.class, Store.class);

                    static UpdateControl<Store> ready(Store store) {
                        return UpdateControl.patchStatus(store);
                    }
                }
                // +opctl:rbac:verbs=get,urls=/metrics
                """);
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(limited, ROOT, sources, List::of, warnings::add).content();
        assertFalse(role.contains("stores/status"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreStatuses.java").toString();
        assertEquals(List.of(file + ":9: nodes are cluster-scoped, and the operator is limited to namespaces "
                + "(team-a), whose RoleBindings grant nothing outside them: watching them fails when the operator "
                + "starts; keep the operator cluster-wide, or do without them", file + ":12: UpdateControl.patchStatus "
                + "outside a reconciler, in a class no reconciler calls into: opctl cannot tell which kind it patches, and "
                + "grants nothing for it; grant the patch by a marker on the reconciler, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=patch", file + ":15: the operator is limited to namespaces (team-a), whose RoleBindings "
                + "grant no URLs: bind a ClusterRole of its own cluster-wide for them"), warnings);
    }

    @Test
    void aPatchInAClassReconcilersUseIsTheirPrimarys() {
        Map<Path, String> sources = reconciler("", "StoreStatuses.ready(store)");
        sources.put(ROOT.resolve("com/example/shop/controller/StoreStatuses.java"), statuses("StoreStatuses"));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("- stores/status\n  verbs:\n  - patch\n"), role);
        assertEquals(List.of(), warnings);

        sources.put(ROOT.resolve("com/example/shop/controller/MapReconciler.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class MapReconciler implements Reconciler<ConfigMap> {
                    @Override
                    public UpdateControl<ConfigMap> reconcile(ConfigMap map, Context<ConfigMap> context) {
                        StoreStatuses.ready(null);
                        return UpdateControl.noUpdate();
                    }
                }
                """);
        // Used by several: each one's (Apache Flink's reconcilers each hold a status recorder of their kind; the
        // warning said opctl could not tell the kind, and the operator met a 403: trial39 H1).
        warnings.clear();
        role = RbacGenerator.role(PROJECT, ROOT, sources, List::of, warnings::add).content();
        assertEquals(List.of("patch"), verbs(role, "shop.example.com", "stores/status"));
        assertEquals(List.of("patch"), verbs(role, "", "configmaps/status"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aReconcilerNotInProjectListsAndWatchesItsKind() {
        // Registered by hand (OperatorMain's TODO): JOSDK's informer of its primaries lists and watches them.
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/PodReconciler.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.Pod;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class PodReconciler implements Reconciler<Pod> {
                    @Override
                    public UpdateControl<Pod> reconcile(Pod pod, Context<Pod> context) {
                        return UpdateControl.noUpdate();
                    }
                }
                """);
        String role = role(sources);
        assertTrue(rules(role).contains("""
                - apiGroups:
                  - ""
                  resources:
                  - pods
                  verbs:
                  - list
                  - watch
                """), role);
    }

    @Test
    void aStatusWriteOfAnObjectOfUnknownKindInAClassAReconcilerUsesIsItsPrimarys() {
        Map<Path, String> sources = withStatements("        new StatusRecorder().write(store, context.getClient());\n"
                + "        new StatusRecorder().patch(store, context.getClient());\n");
        sources.put(ROOT.resolve("com/example/shop/controller/StatusRecorder.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.client.KubernetesClient;

                public class StatusRecorder {
                    public <R extends HasMetadata> void write(R resource, KubernetesClient client) {
                        client.resource(resource).updateStatus();
                    }

                    public void patch(HasMetadata resource, KubernetesClient client) {
                        client.resource(resource).patchStatus();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(rules(role).contains("""
                  - stores/status
                  verbs:
                  - patch
                  - update
                """), role);
        assertEquals(List.of(), warnings);
        // A method no code calls writes nothing.
        Map<Path, String> unused = new HashMap<>(sources);
        unused.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("new StatusRecorder().patch(store, context.getClient());", ""));
        role = role(unused, warnings);
        assertEquals(List.of("update"), verbs(role, "shop.example.com", "stores/status"));
        assertEquals(List.of(), warnings);
        // Used by no reconciler: whose status is written is unknown.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("new StatusRecorder().write(store, context.getClient());", "")
                        .replace("new StatusRecorder().patch(store, context.getClient());", ""));
        warnings.clear();
        role = role(sources, warnings);
        assertFalse(role.contains("/status"), role);
        String file = ROOT.resolve("com/example/shop/controller/StatusRecorder.java").toString();
        assertEquals(List.of(file + ":8: updateStatus() of an object given to the client, outside a reconciler, in "
                + "a class no reconciler calls into: opctl cannot tell which kind's status it writes, and grants nothing "
                + "for it; grant it by a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=update",
                file + ":12: patchStatus() of an object given to the client, outside a reconciler, in a class no "
                + "reconciler calls into: opctl cannot tell which kind's status it writes, and grants nothing for it; "
                + "grant it by a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=patch"), warnings);
    }

    @Test
    void theMethodsAHelperInheritsFromAClassOfTheSourcesAreItsOwn() {
        // Apache Spark's operator: its reconcilers' recorder inherits the status write, which was not read, and the
        // warning said no reconciler calls into the base class (trial38 H1).
        Map<Path, String> sources = withStatements("        recorder.persist(store, context.getClient());\n");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class StoreReconciler implements Reconciler<Store> {",
                        "public class StoreReconciler implements Reconciler<Store> {\n"
                        + "    private final StoreRecorder recorder = new StoreRecorder();\n"));
        sources.put(ROOT.resolve("com/example/shop/controller/StoreRecorder.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;

                public class StoreRecorder extends Recorder<Store> {
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Recorder.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.client.KubernetesClient;

                public class Recorder<CR extends HasMetadata> {
                    public void persist(CR resource, KubernetesClient client) {
                        client.resource(resource).lockResourceVersion().updateStatus();
                        client.configMaps().inNamespace("a").withName("b").get();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("update"), verbs(role, "shop.example.com", "stores/status"));
        assertEquals(List.of("get"), verbs(role, "", "configmaps"));

        // Reached through a parameter: Spark's steps are given the recorder (trial38 L2: the warning said no
        // reconciler calls into the class).
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("private final StoreRecorder recorder = new StoreRecorder();", "")
                        .replace("recorder.persist(store, context.getClient());",
                                "new Step().run(store, context.getClient(), null);"));
        sources.put(ROOT.resolve("com/example/shop/controller/Step.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.client.KubernetesClient;

                class Step {
                    void run(Store store, KubernetesClient client, Recorder<Store> recorder) {
                        recorder.persist(store, client);
                    }
                }
                """);
        warnings.clear();
        role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("update"), verbs(role, "shop.example.com", "stores/status"));
    }

    @Test
    void anInterfaceUsedWithTypeArgumentsIsItsImplementationsOfThem() {
        // Apache Flink's session job controller holds its own Reconciler<FlinkSessionJob>: the implementations of
        // Reconciler<FlinkDeployment> are not its code (trial39 L5: their owner references gave flinksessionjobs'
        // finalizers).
        Map<Path, String> sources = withStatements("        step.run(store, context.getClient());\n");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class StoreReconciler implements Reconciler<Store> {",
                        "public class StoreReconciler implements Reconciler<Store> {\n"
                        + "    private final Step<Store> step = null;\n"));
        sources.put(ROOT.resolve("com/example/shop/controller/Step.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.KubernetesClient;

                interface Step<R> {
                    void run(R resource, KubernetesClient client);
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Steps.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.client.KubernetesClient;

                final class Steps {
                    static final class StoreStep implements Step<Store> {
                        public void run(Store store, KubernetesClient client) {
                            client.secrets().inNamespace("a").withName("b").get();
                        }
                    }

                    static final class MapStep implements Step<ConfigMap> {
                        public void run(ConfigMap map, KubernetesClient client) {
                            client.pods().inNamespace("a").withName("b").delete();
                        }
                    }

                    abstract static class AnyStep<R> implements Step<R> {
                        public void run(R resource, KubernetesClient client) {
                            client.services().inNamespace("a").withName("b").get();
                        }
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of("get"), verbs(role, "", "secrets"));
        assertEquals(List.of("get"), verbs(role, "", "services")); // may be one of Step<Store>
        assertEquals(List.of(), verbs(role, "", "pods"));
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/Steps.java") + ":16: delete() on the client is "
                + "in a class that no reconciler, dependent, workflow condition or webhook is seen to use (by a static "
                + "call, a field, new, or an interface they use; code run otherwise, at start-up or on a timer, is not "
                + "read), and opctl grants nothing for it; grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=core,resources=pods,verbs=delete"), warnings);
        // Raw, or of a type variable: any.
        for (String field : List.of("Step step", "Step<?> step")) {
            Map<Path, String> raw = new HashMap<>(sources);
            raw.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                    source.replace("Step<Store> step", field));
            assertEquals(List.of("delete"), verbs(role(raw), "", "pods"), field);
        }
    }

    @Test
    void aMethodOfAHelperRunsWhereCalledWithItsNumberOfArguments() {
        // cos-fleetshard's FleetShardClient.create(ManagedConnector), never called, ran where a fabric8 chain ended
        // in create() (trial47 M1): the role granted what its body does, silently.
        Map<Path, String> sources = withStatements("""
                        context.getClient().configMaps().resource(null).create();
                        KubeUtil.drop(context.getClient());
                        KubeUtil.label(context.getClient(), "a", "b");
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/KubeUtil.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.KubernetesClient;

                final class KubeUtil {
                    static void create(KubernetesClient client) {
                        client.secrets().inNamespace("a").withName("s").delete();
                    }

                    static void drop(KubernetesClient client, String... namespaces) {
                        client.pods().inNamespace("a").withName("p").delete();
                    }

                    static void label(KubernetesClient client, String... labels) {
                        client.services().inNamespace("a").withName("s").get();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), verbs(role, "", "secrets"), role);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("KubeUtil.java:7: delete() on the client is in a method that no code"),
                warnings.toString());
        // Varargs: with none of them, or more.
        assertEquals(List.of("delete"), verbs(role, "", "pods"), role);
        assertEquals(List.of("get"), verbs(role, "", "services"), role);
    }

    @Test
    void theMethodsOfAHelperThatNoCodeCallsGrantNothing() {
        // A utility class used for one of its methods: its others' calls are not the operator's (trial34 #5: an
        // uncalled method gave a cluster-wide delete on namespaces; trial38 L1: an uncalled owner reference, the
        // primary's finalizers).
        Map<Path, String> sources = withStatements("        KubeUtil.readQuota(context.getClient(), \"a\");\n");
        Path util = ROOT.resolve("com/example/shop/controller/KubeUtil.java");
        sources.put(util, """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.api.model.OwnerReference;
                import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
                import io.fabric8.kubernetes.client.KubernetesClient;

                final class KubeUtil {
                    static void readQuota(KubernetesClient client, String namespace) {
                        client.resourceQuotas().inNamespace(namespace).withName("q").get();
                        limits(client, namespace);
                    }

                    private static void limits(KubernetesClient client, String namespace) {
                        client.limitRanges().inNamespace(namespace).withName("l").get();
                    }

                    static void dropNamespace(KubernetesClient client, String namespace) {
                        client.namespaces().withName(namespace).delete();
                        dropSecrets(client, namespace);
                    }

                    static void dropSecrets(KubernetesClient client, String namespace) {
                        client.secrets().inNamespace(namespace).delete();
                    }

                    static OwnerReference ownerOf(HasMetadata owner) { return new OwnerReferenceBuilder()
                            .withBlockOwnerDeletion(true).build(); }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of("get"), verbs(role, "", "resourcequotas"));
        assertEquals(List.of("get"), verbs(role, "", "limitranges")); // a method the called one calls runs
        assertEquals(List.of(), verbs(role, "", "namespaces"));
        assertEquals(List.of(), verbs(role, "", "secrets")); // called by a method that does not run
        assertFalse(role.contains("stores/finalizers"), role);
        // Said as a chain in a class no reconciler uses is: a marker grants it where opctl cannot see the caller.
        assertEquals(List.of(util + ":19: delete() on the client is in a method that no code of a reconciler, "
                + "dependent, workflow condition or webhook, nor of a class they use, is seen to call (by its name), "
                + "and opctl grants nothing for it; grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=core,resources=namespaces,verbs=delete", util + ":24: delete() on the client "
                + "is in a method that no code of a reconciler, dependent, workflow condition or webhook, nor of a class "
                + "they use, is seen to call (by its name), and opctl grants nothing for it; grant it by a marker on "
                + "the line before, // +opctl:rbac:groups=core,resources=secrets,verbs=deletecollection"), warnings);

        // Called: by a method reference, or in a lambda, of the reconciler; an owner reference it makes blocks.
        for (String call : List.of("java.util.function.BiConsumer<io.fabric8.kubernetes.client.KubernetesClient, "
                + "String> drop = KubeUtil::dropNamespace;", "Runnable drop = () -> KubeUtil.dropNamespace(null, "
                + "\"b\"); var owner = KubeUtil.ownerOf(store);")) {
            Map<Path, String> called = new HashMap<>(sources);
            called.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                    source.replace("        return", "        " + call + "\n        return"));
            warnings.clear();
            role = role(called, warnings);
            assertEquals(List.of(), warnings, call);
            assertEquals(List.of("delete"), verbs(role, "", "namespaces"), call);
            assertEquals(List.of("deletecollection"), verbs(role, "", "secrets"), call);
            assertEquals(call.contains("ownerOf"), role.contains("stores/finalizers"), call);
        }

        // What a library may call runs: an annotated method (@Override), any of a class with a supertype of a
        // library's but a static or private one.
        for (String declaration : List.of("final class KubeUtil implements Runnable {\n    public void run() {}",
                "final class KubeUtil {")) {
            Map<Path, String> library = new HashMap<>(sources);
            library.computeIfPresent(util, (path, source) -> source.replace("final class KubeUtil {", declaration)
                    .replace("    static void dropNamespace", declaration.contains("Runnable") ? "    void dropNamespace"
                            : "    @Deprecated\n    static void dropNamespace"));
            warnings.clear();
            role = role(library, warnings);
            assertEquals(List.of("delete"), verbs(role, "", "namespaces"), declaration);
            assertEquals(List.of("deletecollection"), verbs(role, "", "secrets"), declaration);
        }
        // An interface's method runs where a method of its name is called: its implementations' do.
        sources.computeIfPresent(util, (path, source) -> source.replace("final class KubeUtil {",
                "final class KubeUtil implements Cleanup {").replace("static void dropNamespace", "public void clean"));
        sources.put(ROOT.resolve("com/example/shop/controller/Cleanup.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.KubernetesClient;

                interface Cleanup {
                    void clean(KubernetesClient client, String namespace);
                }
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("        return", "        Cleanup cleanup = null;\n        cleanup.clean(null, \"b\");\n"
                        + "        return"));
        warnings.clear();
        role = role(sources, warnings);
        assertEquals(List.of("delete"), verbs(role, "", "namespaces"));
    }

    @Test
    void aReconcilerOfAKindOpctlCannotNameIsSaidOnceAndItsPatchWithIt() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/ThingReconciler.java"), """
                package com.example.shop.controller;

                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import org.acme.Thing;

                public class ThingReconciler implements Reconciler<Thing> {
                    @Override
                    public UpdateControl<Thing> reconcile(Thing thing, Context<Thing> context) {
                        context.getClient().secrets().inNamespace("a").withName("b").get();
                        return UpdateControl.patchStatus(thing);
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - get\n"), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/ThingReconciler.java") + ":8: opctl does not "
                + "know the API group and plural of org.acme.Thing, and grants the operator nothing for it; add the jar of its class to the class path (a dependency in pom.xml), or grant what "
                + "the operator does with it by a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch;..."),
                warnings);
    }

    @Test
    void aStatusWriteOfAGenericKubernetesResourceIsNotThePrimarysAndIsSaid() {
        Map<Path, String> sources = withStatements("""
                        io.fabric8.kubernetes.api.model.GenericKubernetesResource related = null;
                        context.getClient().resource(related).patchStatus();
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("/status"), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":12: opctl cannot "
                + "tell the kind of what is given to resource(...), and grants nothing for patchStatus(); name its kind "
                + "(a variable declared with its class, ConfigMap x; client.resources(K.class).resource(x); "
                + "client.configMaps().resource(x)), or grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=patch"), warnings);
    }

    @Test
    void aStatusWriteOfAnObjectOfAClassOpctlCannotNameIsNoPrimarysAndYamlGivenIsSaidAsYaml() {
        Map<Path, String> sources = withStatements("""
                        new RouteStatuses().write(context.getClient());
                        io.fabric8.certmanager.api.model.v1.Certificate route = null;
                        context.getClient().resource(route).patchStatus();
                        String yaml = "";
                        context.getClient().resource(yaml).createOrReplace();
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/RouteStatuses.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.fabric8.certmanager.api.model.v1.Certificate;

                class RouteStatuses {
                    void write(KubernetesClient client) {
                        Certificate route = null;
                        client.resource(route).updateStatus();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("/status"), role);
        String declared = ", and grants nothing for %s(); opctl reads a kind from fabric8's @Group and @Version on its "
                + "class, in the sources or in a jar of the class path (a dependency in pom.xml): add them, or the jar, "
                + "or grant it by a marker on the line before, // +opctl:rbac:%s";
        String reconciler = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(reconciler + ":13: opctl cannot tell the kind of io.fabric8.certmanager.api.model.v1.Certificate "
                + "given to resource(...)" + declared.formatted("patchStatus", "groups=GROUP,resources=PLURAL/status,verbs=patch"), reconciler + ":15: opctl cannot tell "
                + "the kind of the YAML given to resource(...), and grants nothing for createOrReplace(); give the "
                + "object it makes to a chain that names its kind (client.configMaps().resource(x)), or grant it by a "
                + "marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=create;get;update",
                ROOT.resolve("com/example/shop/controller/RouteStatuses.java") + ":9: opctl cannot tell the kind of "
                + "io.fabric8.certmanager.api.model.v1.Certificate given to resource(...)" + declared.formatted("updateStatus",
                "groups=GROUP,resources=PLURAL,verbs=get and // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=update")),
                warnings);
    }

    @Test
    void aKindOpctlCannotNameIsSaidWhereAReconcilerDeclaresItNotForEachSubclass() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/WidgetBase.java"), """
                package com.example.shop.controller;

                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import org.acme.Widget;

                public abstract class WidgetBase implements Reconciler<Widget> {
                    @Override
                    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
                        return UpdateControl.noUpdate();
                    }
                }
                """);
        for (String name : List.of("BlueWidgets", "GreenWidgets")) {
            sources.put(ROOT.resolve("com/example/shop/controller/" + name + ".java"), """
                    package com.example.shop.controller;

                    public class %s extends WidgetBase {
                    }
                    """.formatted(name));
        }
        List<String> warnings = new ArrayList<>();
        role(sources, warnings);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/WidgetBase.java") + ":8: opctl does not know "
                + "the API group and plural of org.acme.Widget, and grants the operator nothing for it; add the jar of its class to the class path (a dependency in pom.xml), or grant what the "
                + "operator does with it by a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch;..."),
                warnings);
    }

    @Test
    void aRouteWrittenWithAHostOrCertificatesSetGetsCustomHost() {
        // Microcks (trial43 H1): OpenShift takes a Route whose host or TLS certificate or key is set only from one
        // that may create routes/custom-host (update, to change them).
        String write = """
                        context.getClient().adapt(OpenShiftClient.class).routes().inNamespace("a").resource(route)
                                .createOrReplace();
                """;
        String built = role(openShift("""
                        var builder = new RouteBuilder().withNewMetadata().withName("r").endMetadata().withNewSpec()
                                .withNewTo().withKind("Service").withName("s").endTo().endSpec();
                        if (store.getSpec() != null) {
                            builder.editSpec().withHost("shop.example.com").endSpec();
                        }
                        var route = builder.build();
                """ + write), new ArrayList<>());
        assertTrue(built.contains("""
                - apiGroups:
                  - route.openshift.io
                  resources:
                  - routes/custom-host
                  verbs:
                  - create
                  - update
                """), built);
        String certificate = role(openShift("""
                        io.fabric8.openshift.api.model.Route route = null;
                        route.getSpec().getTls().setKey("KEY");
                        new io.fabric8.openshift.api.model.TLSConfigBuilder().withCertificate("PEM").build();
                """ + write.replace("createOrReplace", "create")), new ArrayList<>());
        assertTrue(certificate.contains("  - routes/custom-host\n  verbs:\n  - create\n-"), certificate);
        // No host set, or a host of something else (an Ingress's rule), or no route written: nothing.
        for (String code : List.of("""
                        var route = new RouteBuilder().withNewSpec().withNewTo().withName("s").endTo().endSpec().build();
                        new io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder().withHost("h").build();
                """ + write, """
                        new RouteBuilder().withNewSpec().withHost("h").endSpec().build();
                """)) {
            String role = role(openShift(code), new ArrayList<>());
            assertFalse(role.contains("custom-host"), role);
        }
    }

    @Test
    void openShiftsModelClassesOfKindsItsClientNamesAreKnownWithoutTheirJar() {
        // The StreamsHub console's Route dependent (trial44 L1), Keycloak's read of the cluster's Ingress (trial42 L2).
        Map<Path, String> sources = withStatements("""
                        context.getClient().resources(io.fabric8.openshift.api.model.config.v1.Ingress.class)
                                .withName("cluster").get();
                        io.fabric8.openshift.api.model.DeploymentConfig config = null;
                        context.getClient().resource(config).delete();
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/RouteDependent.java"), withDependent("RouteDependent",
                "import io.fabric8.openshift.api.model.Route;\nimport io.javaoperatorsdk.operator.processing.dependent."
                + "kubernetes.CRUDKubernetesDependentResource;", "extends CRUDKubernetesDependentResource<Route, Store>")
                .get(ROOT.resolve("com/example/shop/controller/RouteDependent.java")));
        List<String> warnings = new ArrayList<>();
        String role = rules(role(sources, warnings));
        assertTrue(role.contains("""
                - apiGroups:
                  - apps.openshift.io
                  resources:
                  - deploymentconfigs
                  verbs:
                  - delete
                - apiGroups:
                  - config.openshift.io
                  resources:
                  - ingresses
                  verbs:
                  - get
                """), role);
        assertTrue(role.contains("""
                - apiGroups:
                  - route.openshift.io
                  resources:
                  - routes
                  verbs:
                  - create
                  - list
                  - patch
                  - watch
                """), role);
        assertEquals(List.of(), warnings);
        // The cluster's Ingress is cluster-scoped: said in an operator limited to namespaces.
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        List<String> said = new ArrayList<>();
        RbacGenerator.role(limited, ROOT, sources, List::of, said::add);
        assertTrue(said.stream().anyMatch(w -> w.contains("ingresses are cluster-scoped")), said.toString());
        assertTrue(said.stream().noneMatch(w -> w.contains("routes are cluster-scoped")), said.toString());
    }

    /** The reconciler with {@code statements}, importing OpenShift's client and RouteBuilder. */
    private static Map<Path, String> openShift(String statements) {
        Map<Path, String> sources = withStatements(statements);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import com.example.shop.api.shop.v1.Store;\n"
                        + "import io.fabric8.openshift.api.model.RouteBuilder;\n"
                        + "import io.fabric8.openshift.client.OpenShiftClient;"));
        return sources;
    }

    @Test
    void anOpenShiftClientsKindsAreTheirs() {
        Map<Path, String> sources = withStatements("""
                        io.fabric8.openshift.api.model.Route route = null;
                        context.getClient().adapt(OpenShiftClient.class).routes().inNamespace("a").resource(route)
                                .createOrReplace();
                        OpenShiftClient oc = null;
                        oc.deploymentConfigs().inNamespace("a").withName("b").get();
                        // A group or kind of OpenShift's that opctl does not map: said.
                        oc.config().clusterVersions().withName("version").get();
                        var client = context.getClient();
                        var openShift = client.adapt(OpenShiftClient.class);
                        openShift.projects().list();
                        var cluster = context.getClient().adapt(OpenShiftClient.class);
                        cluster.imageStreams().inNamespace("a").withName("i").get();
                        client.adapt(io.fabric8.openshift.client.NamespacedOpenShiftClient.class).inNamespace("a")
                                .routes().withName("r").get();
                        // Not a client's: nothing; not even of a variable named like a client (a REST client's).
                        store.getSpec().routes().get(0);
                        harborClient.projects().create(null);
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import com.example.shop.api.shop.v1.Store;\n"
                        + "import io.fabric8.openshift.client.OpenShiftClient;").replace("    @Override", "    "
                        + "private final HarborClient harborClient = new HarborClient();\n\n    @Override"));
        sources.put(ROOT.resolve("com/example/shop/controller/HarborClient.java"), """
                package com.example.shop.controller;

                class HarborClient {
                    Projects projects() {
                        return new Projects();
                    }

                    static class Projects {
                        void create(Object project) {
                        }
                    }
                }
                """);
        // Projects are cluster-scoped: said in an operator limited to namespaces.
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        List<String> said = new ArrayList<>();
        RbacGenerator.role(limited, ROOT, sources, List::of, said::add);
        assertTrue(said.stream().anyMatch(w -> w.contains("projects are cluster-scoped")), said.toString());
        assertTrue(said.stream().noneMatch(w -> w.contains("routes are cluster-scoped")), said.toString());
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(rules(role).contains("""
                - apiGroups:
                  - apps.openshift.io
                  resources:
                  - deploymentconfigs
                  verbs:
                  - get
                - apiGroups:
                  - image.openshift.io
                  resources:
                  - imagestreams
                  verbs:
                  - get
                - apiGroups:
                  - project.openshift.io
                  resources:
                  - projects
                  verbs:
                  - list
                - apiGroups:
                  - route.openshift.io
                  resources:
                  - routes
                  verbs:
                  - create
                  - get
                  - update
                """), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":20: opctl does "
                + "not know what config() of the OpenShift client works on, and grants nothing for the chain; grant it "
                + "by a marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=..."), warnings);
        assertEquals(5, rules(role).split("- apiGroups:").length - 1, role); // and the stores' list and watch
    }

    @Test
    void theObjectsThatResourcesGivesAreListedAndWhatAMethodReferenceDoesWithEachIsGranted() {
        Map<Path, String> sources = withStatements("""
                        context.getClient().configMaps().inNamespace("a").withLabel("app", "web").resources()
                                .forEach(io.fabric8.kubernetes.client.dsl.Resource::delete);
                        context.getClient().secrets().inNamespace("a").resources().map(Resource::get).toList();
                        // What a lambda does with each is not read, but for a call of a method of its parameter
                        // (r -> r.delete(), as Resource::delete): list, and said.
                        context.getClient().pods().inNamespace("a").resources().forEach(r -> r.withGracePeriod(0).delete());
                        // +opctl:rbac:groups=apps,resources=deployments,verbs=patch
                        context.getClient().apps().deployments().inNamespace("a").resources().forEach(d -> d.edit(x -> x));
                        // A stream kept to go on with later is said too, unless marked.
                        var kept = context.getClient().services().inNamespace("a").resources();
                        // +opctl:rbac:groups=batch,resources=jobs,verbs=delete
                        var marked = context.getClient().batch().v1().jobs().inNamespace("a").resources();
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        String reconciler = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(reconciler + ":16: opctl grants list for resources() on the client of pods, and does not "
                + "read what the function given to forEach(...) does with each object (a method reference to an "
                + "operation is read, forEach(Resource::delete), and a lambda that only calls one, r -> r.delete()); "
                + "grant it by a marker, // +opctl:rbac:groups=core,resources=pods,verbs=...",
                reconciler + ":20: opctl grants list for resources() on the client of services, and does not read what "
                + "is done with the objects later (the chain ends at resources(), and opctl reads a chain only whole); "
                + "go on with the stream in the chain (forEach(Resource::delete)), or grant it by a marker, "
                + "// +opctl:rbac:groups=core,resources=services,verbs=..."), warnings);
        assertTrue(rules(role).startsWith("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - delete
                  - list
                - apiGroups:
                  - ""
                  resources:
                  - secrets
                  verbs:
                  - get
                  - list
                - apiGroups:
                  - ""
                  resources:
                  - pods
                  - services
                  verbs:
                  - list
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - list
                  - patch
                - apiGroups:
                  - batch
                  resources:
                  - jobs
                  verbs:
                  - delete
                  - list
                """), role);
    }

    @Test
    void aLambdaThatOnlyCallsAMethodOfItsParameterIsReadAsThatMethodReference() {
        List<String> warnings = new ArrayList<>();
        String lambdas = role(withStatements("""
                        context.getClient().pods().inNamespace("a").resources().forEach(r -> r.delete());
                        io.fabric8.kubernetes.api.model.ConfigMap map = null;
                        context.getClient().configMaps().inNamespace("a").resource(map).createOr(c -> c.patch());
                        io.fabric8.kubernetes.api.model.Secret secret = null;
                        context.getClient().secrets().inNamespace("a").resource(secret).createOr(c -> {
                            c.update();
                        });
                """), warnings);
        String references = role(withStatements("""
                        context.getClient().pods().inNamespace("a").resources().forEach(Resource::delete);
                        io.fabric8.kubernetes.api.model.ConfigMap map = null;
                        context.getClient().configMaps().inNamespace("a").resource(map)
                                .createOr(NonDeletingOperation::patch);
                        io.fabric8.kubernetes.api.model.Secret secret = null;
                        context.getClient().secrets().inNamespace("a").resource(secret)
                                .createOr(NonDeletingOperation::update);
                """), new ArrayList<>());
        assertTrue(references.contains("  - configmaps\n  verbs:\n  - create\n  - get\n  - patch\n"), references);
        assertEquals(references, lambdas);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLambdasParameterOrALoopsVarHasTheKindOfTheElementsTheCodeSaysItIsGiven() {
        // Each as the same calls on a variable declared with its class.
        String inferred = role(withStatements("""
                        context.getSecondaryResource(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)
                                .ifPresent(i -> context.getClient().resource(i).delete());
                        var services = context.getSecondaryResources(io.fabric8.kubernetes.api.model.Service.class);
                        services.stream().filter(s -> s.getSpec() != null)
                                .forEach(s -> context.getClient().resource(s).update());
                        java.util.Optional<io.fabric8.kubernetes.api.model.ConfigMap> map = java.util.Optional.empty();
                        map.ifPresent(m -> context.getClient().resource(m).patch());
                        for (var d : context.getSecondaryResources(io.fabric8.kubernetes.api.model.apps.Deployment.class)) {
                            context.getClient().resource(d).patchStatus();
                        }
                """), new ArrayList<>());
        String declared = role(withStatements("""
                        io.fabric8.kubernetes.api.model.networking.v1.Ingress i = null;
                        context.getClient().resource(i).delete();
                        io.fabric8.kubernetes.api.model.Service s = null;
                        context.getClient().resource(s).update();
                        io.fabric8.kubernetes.api.model.ConfigMap m = null;
                        context.getClient().resource(m).patch();
                        io.fabric8.kubernetes.api.model.apps.Deployment d = null;
                        context.getClient().resource(d).patchStatus();
                """), new ArrayList<>());
        assertTrue(declared.contains("deployments/status"), declared);
        assertEquals(declared, inferred);
        // Nothing said of the kind (that no informer of Ingresses is registered is another matter, said alone).
        List<String> warnings = new ArrayList<>();
        role(withStatements("""
                        context.getSecondaryResource(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)
                                .ifPresent(i -> context.getClient().resource(i).delete());
                """), warnings);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("reads the ingresses of an informer"), warnings::toString);
    }

    @Test
    void anElementTakenFromWhatTheCodeSaysTheElementsOfHasTheirKind() {
        // Keycloak's update job: var j = context.getSecondaryResource(Job.class); client.resource(j.get()).delete()
        // (trial42 M2). Each as the same calls on a variable declared with its class.
        List<String> warnings = new ArrayList<>();
        String taken = role(withStatements("""
                        var job = context.getSecondaryResource(io.fabric8.kubernetes.api.model.batch.v1.Job.class);
                        context.getClient().resource(job.get()).lockResourceVersion().delete();
                        var map = context.getSecondaryResource(io.fabric8.kubernetes.api.model.ConfigMap.class)
                                .orElseThrow();
                        context.getClient().resource(map).patch();
                        context.getClient().resource(context.getSecondaryResources(
                                io.fabric8.kubernetes.api.model.Service.class).stream().findFirst().orElse(null))
                                .update();
                        java.util.List<io.fabric8.kubernetes.api.model.apps.Deployment> ds = java.util.List.of();
                        context.getClient().resource(ds.get(0)).patchStatus();
                """), warnings);
        String declared = role(withStatements("""
                        io.fabric8.kubernetes.api.model.batch.v1.Job j = null;
                        context.getClient().resource(j).lockResourceVersion().delete();
                        io.fabric8.kubernetes.api.model.ConfigMap m = null;
                        context.getClient().resource(m).patch();
                        io.fabric8.kubernetes.api.model.Service s = null;
                        context.getClient().resource(s).update();
                        io.fabric8.kubernetes.api.model.apps.Deployment d = null;
                        context.getClient().resource(d).patchStatus();
                """), new ArrayList<>());
        assertTrue(declared.contains("  - jobs\n  verbs:\n  - delete\n"), declared);
        assertEquals(declared, taken);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("cannot tell the kind")), warnings::toString);
        // A method of another name, or an element of what the code does not say, is no element of it.
        List<String> unknown = new ArrayList<>();
        String other = role(withStatements("""
                        var job = context.getSecondaryResource(io.fabric8.kubernetes.api.model.batch.v1.Job.class);
                        context.getClient().resource(job.stream()).delete();
                        var jobs = someJobs();
                        context.getClient().resource(jobs.get()).delete();
                """), unknown);
        assertFalse(other.contains("jobs"), other);
        assertEquals(2, unknown.stream().filter(w -> w.contains("cannot tell the kind")).count(), unknown::toString);
    }

    @Test
    void aStatusWriteOfAVariableWhoseKindIsNotToldIsSaidNotTakenForThePrimarys() {
        Map<Path, String> sources = withStatements("""
                        for (var d : context.getSecondaryResources(someKind())) {
                            context.getClient().resource(d).patchStatus();
                        }
                        java.util.Map<String, Object> related = java.util.Map.of();
                        related.forEach((n, kr) -> context.getClient().resource(kr).updateStatus());
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("stores/status"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":12: opctl cannot tell the kind of what is given to resource(...), and grants "
                + "nothing for patchStatus(); name its kind (a variable declared with its class, ConfigMap x; "
                + "client.resources(K.class).resource(x); client.configMaps().resource(x)), or grant it by a marker on "
                + "the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=patch", file + ":15: opctl cannot "
                + "tell the kind of what is given to resource(...), and grants nothing for updateStatus(); name its kind "
                + "(a variable declared with its class, ConfigMap x; client.resources(K.class).resource(x); "
                + "client.configMaps().resource(x)), or grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=get and // +opctl:rbac:groups=GROUP,resources=PLURAL/status,verbs=update"), warnings);
    }

    @Test
    void aChainOnAVariableOfAClassThatIsNoClientIsNone() {
        // jOOQ's DSLContext has a batch(...), a local interface a secrets(): neither is fabric8's client.
        Map<Path, String> sources = withStatements("""
                        org.jooq.DSLContext tx = null;
                        tx.batch(java.util.List.of()).execute();
                        Db db = null;
                        db.secrets().withName("a").delete();
                        return UpdateControl.noUpdate();
                    }

                    interface Db {
                        Db secrets();

                        Db withName(String name);

                        void delete();
                    }

                    UpdateControl<Store> unused() {
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("secrets") || role.contains("execute"), role);
        assertEquals(List.of(), warnings);
        // One that gives the client is: Apache Flink's blue/green service reaches it through its own context
        // (no grant and no warning: trial39 H2).
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("db.secrets().withName(\"a\").delete();", "db.secrets().withName(\"a\").delete();\n"
                        + "        Bg bg = null;\n        bg.getJosdkContext().getClient().secrets().inNamespace(\"a\")"
                        + ".withName(\"b\").delete();\n        bg.getJosdkContext().getClient().resource(store).update();")
                        .replace("    interface Db {", "    interface Bg {\n        Context<Store> getJosdkContext();\n"
                                + "    }\n\n    interface Db {"));
        role = role(sources, warnings);
        assertEquals(List.of("delete"), verbs(role, "", "secrets"));
        assertEquals(List.of("get", "list", "update", "watch"), verbs(role, "shop.example.com", "stores"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void whatJosdksResourceOperationsWriteIsSaid() {
        // JOSDK 5.3's, which opctl's projects (5.2.3) do not have; a project that upgrades JOSDK may use them.
        Map<Path, String> sources = withStatements("""
                        context.resourceOperations().serverSideApply(new io.fabric8.kubernetes.api.model.ConfigMap());
                        // +opctl:rbac:groups=shop.example.com,resources=stores,verbs=patch
                        context.resourceOperations().addFinalizer();
                """);
        List<String> warnings = new ArrayList<>();
        role(sources, warnings);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":11: opctl does not "
                + "read what serverSideApply(...) of JOSDK's resourceOperations() (JOSDK 5.3 and later) asks of the API "
                + "server, and grants nothing for it; grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=... (a server-side apply needs create and "
                + "patch)"), warnings);
    }

    @Test
    void aDeleteThatWaitsForTheObjectsOrLooksForTheirNamespacesListsToo() {
        Map<Path, String> sources = withStatements("""
                        // Given a timeout, fabric8 waits for them to go, from an informer.
                        context.getClient().configMaps().inNamespace("a").withName("n")
                                .withTimeout(1, java.util.concurrent.TimeUnit.MINUTES).delete();
                        // In any namespace, it lists them for their namespaces, then deletes in each.
                        context.getClient().secrets().inAnyNamespace().withLabel("x", "y").delete();
                        context.getClient().services().inNamespace("a").withLabel("x", "y").delete();
                """);
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - delete
                  - list
                  - watch
                - apiGroups:
                  - ""
                  resources:
                  - services
                  verbs:
                  - deletecollection
                - apiGroups:
                  - ""
                  resources:
                  - secrets
                  verbs:
                  - deletecollection
                  - list
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - list
                  - watch
                """, rules(role(sources)));
    }

    @Test
    void theClientThatAMethodCallGivesIsTheClient() {
        Map<Path, String> sources = withStatements("""
                        last = context;
                        io.fabric8.kubernetes.api.model.apps.Deployment deployment = null;
                        ctx().getClient().resource(deployment).update();
                        ctx().getClient().resource(store).updateStatus();
                        io.fabric8.kubernetes.api.model.ConfigMap map = null;
                        holder.getKubernetesClient().resource(map).delete();
                        // Kept in a variable: what the call gives, not what a method of the class of that name returns.
                        var kube = ctx().getClient();
                        kube.resource(deployment).delete();
                        // fabric8's filter builder only narrows: a delete of every matching pod.
                        context.getClient().pods().inNamespace("a").withNewFilter().withLabel("app", "web").endFilter()
                                .delete();
                        return UpdateControl.noUpdate();
                    }

                    private Context<Store> last;
                    private Holder holder;

                    private Context<Store> ctx() {
                        return last;
                    }

                    interface Holder {
                        io.fabric8.kubernetes.client.KubernetesClient getKubernetesClient();
                    }

                    void unused() {
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(rules(role).contains("""
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - delete
                - apiGroups:
                  - ""
                  resources:
                  - pods
                  verbs:
                  - deletecollection
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - delete
                  - get
                  - update
                """), role);
        assertTrue(rules(role).contains("  - stores/status\n  verbs:\n  - update\n"), role);
    }

    @Test
    void aChainOfAClassGivenByAVariableIsSaidWhateverFollowsAndAClientMethodGivenAsAFunctionToo() {
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        boolean any = !client.resources(type).inNamespace("a").list().getItems().isEmpty();
                        save(client::resource);
                    }

                    Class<io.fabric8.kubernetes.api.model.Secret> type;

                    Object kept(io.fabric8.kubernetes.client.KubernetesClient client) {
                        return client.resources(type, io.fabric8.kubernetes.api.model.SecretList.class);
                    }

                    void save(Object op) {
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("        return UpdateControl.noUpdate();\n    }\n}", "        return;\n    }\n\n"
                        + "    UpdateControl<Store> done() {\n        return UpdateControl.noUpdate();\n    }\n}"));
        // And in a class no reconciler is seen to use.
        sources.put(ROOT.resolve("com/example/shop/controller/Lookups.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.client.KubernetesClient;

                final class Lookups {
                    static <T extends HasMetadata> T get(KubernetesClient client, Class<T> type, String name) {
                        return client.resources(type).withName(name).get();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("secrets"), role);
        String reconciler = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        String how = ", and grants nothing for %s; write the class (resources(Secret.class)), or grant it by a marker "
                + "on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...";
        assertEquals(List.of(reconciler + ":12: opctl cannot tell the kind of the class given to resources(...)"
                + how.formatted("list()"), reconciler + ":13: a method of the client is given as a function "
                + "(client::resource), and what is done with it is not read: opctl grants nothing for it (it reads "
                + "map(client::resource) of a stream or Optional of a type it can tell, List<Secret> secrets, followed "
                + "by a method reference to an operation, forEach(Resource::delete)); grant it by "
                + "a marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=...",
                reconciler + ":19: opctl cannot tell the kind of the class given to resources(...)"
                + how.formatted("what is done with it"), ROOT.resolve("com/example/shop/controller/Lookups.java")
                + ":8: opctl cannot tell the kind of the class given to resources(...)" + how.formatted("get()")),
                warnings);
    }

    @Test
    void anObjectOfAClassThatIsNoKindOpctlKnowsIsSaidByItsClass() {
        Map<Path, String> sources = withStatements("""
                        io.fabric8.certmanager.api.model.v1.Certificate route = null;
                        context.getClient().resource(route).delete();
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertFalse(role.contains("certificates"), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":12: opctl cannot "
                + "tell the kind of io.fabric8.certmanager.api.model.v1.Certificate given to resource(...), and grants nothing "
                + "for delete(); opctl reads a kind from fabric8's @Group and @Version on its class, in the sources or "
                + "in a jar of the class path (a dependency in pom.xml): add them, or the jar, or grant it by a marker "
                + "on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=delete"), warnings);
    }

    @Test
    void aClassGivenToResourcesByAParameterIsThatOfTheLiteralsItsMethodIsCalledWith() {
        // The kind was said to be unknown, and nothing granted, though every call gave a class literal: Kroxylicious'
        // cache of informers keyed by class met a 403 on Secrets (trial37 H1).
        Map<Path, String> sources = withStatements("""
                        read(context, io.fabric8.kubernetes.api.model.Secret.class);
                        informers.informer(io.fabric8.kubernetes.api.model.ConfigMap.class);
                        watched(io.fabric8.kubernetes.api.model.Service.class);
                        listed(context, io.fabric8.kubernetes.api.model.Pod.class);
                    }

                    static <T extends io.fabric8.kubernetes.api.model.HasMetadata> java.util.stream.Stream<T> listed(
                            Context<Store> context, Class<T> type) {
                        return context.getClient().resources(type).inNamespace("a").list().getItems().stream();
                    }

                    static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T read(Context<Store> context,
                            Class<T> type) {
                        return context.getClient().resources(type).inNamespace("a").withName("creds").get();
                    }

                    private final Informers informers = new Informers(null);

                    <R extends io.fabric8.kubernetes.api.model.HasMetadata> void watched(Class<R> kind) {
                        informers.informer(kind);
                    }

                    static class Informers {
                        private final io.fabric8.kubernetes.client.KubernetesClient client;

                        Informers(io.fabric8.kubernetes.client.KubernetesClient client) {
                            this.client = client;
                        }

                        <R extends io.fabric8.kubernetes.api.model.HasMetadata> Object informer(Class<R> type) {
                            return client.resources(type).inAnyNamespace().inform();
                        }
                    }

                    void unused() {
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("get"), verbs(role, "", "secrets"));
        assertEquals(List.of("list", "watch"), verbs(role, "", "configmaps"));
        assertEquals(List.of("list", "watch"), verbs(role, "", "services"), "through watched(Class<R>) too");
        assertEquals(List.of("list"), verbs(role, "", "pods"), "a chain that goes on after its operation too");

        // In a class no reconciler is seen to use, the chain is said as one of a kind opctl tells.
        sources.put(ROOT.resolve("com/example/shop/controller/Lookups.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.client.KubernetesClient;

                final class Lookups {
                    static <T extends HasMetadata> T get(KubernetesClient client, Class<T> type, String name) {
                        return client.resources(type).withName(name).get();
                    }

                    static Object startUp(KubernetesClient client) {
                        return get(client, io.fabric8.kubernetes.api.model.Namespace.class, "default");
                    }
                }
                """);
        warnings.clear();
        role = role(sources, warnings);
        assertEquals(List.of(), verbs(role, "", "namespaces"));
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith(ROOT.resolve("com/example/shop/controller/Lookups.java") + ":8: get() on "
                + "the client is in a class that no reconciler"), warnings::toString);
        assertTrue(warnings.get(0).contains("// +opctl:rbac:groups=core,resources=namespaces,verbs=get"),
                warnings::toString);

        // One call that gives a class opctl cannot tell: it says so, and grants nothing it would guess.
        Map<Path, String> other = withStatements("""
                        read(context, io.fabric8.kubernetes.api.model.Secret.class);
                        read(context, given);
                    }

                    Class<io.fabric8.kubernetes.api.model.Pod> given;

                    static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T read(Context<Store> context,
                            Class<T> type) {
                        return context.getClient().resources(type).inNamespace("a").withName("creds").get();
                    }

                    void unused() {
                """);
        warnings.clear();
        role = role(other, warnings);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":19: opctl cannot "
                + "tell the kind of the class given to resources(...), and grants nothing for get(); write the class "
                + "(resources(Secret.class)), or grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=..."), warnings);
        assertFalse(role.contains("secrets"), role);
    }

    @Test
    void aClassGivenByAParameterGrantsEachKnownKindAndSaysTheOthersWhereGivenAndFollowsInheritedCalls() {
        // The StreamsHub console (trial44 M1): getResource(context, Route.class, ...) without OpenShift's jar, beside
        // Secrets and ConfigMaps, granted none of them. (Route is known without its jar now: a class of no jar here.)
        Map<Path, String> sources = withStatements("""
                        read(context, io.fabric8.kubernetes.api.model.Secret.class);
                        read(context, io.fabric8.kubernetes.api.model.ConfigMap.class);
                        read(context, org.acme.Widget.class);
                    }

                    static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T read(Context<Store> context,
                            Class<T> type) {
                        return context.getClient().resources(type).inNamespace("a").withName("creds").get();
                    }

                    void unused() {
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of("get"), verbs(role, "", "secrets"));
        assertEquals(List.of("get"), verbs(role, "", "configmaps"));
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":13: opctl does not "
                + "know the API group and plural of org.acme.Widget, and grants the operator nothing for it; add the jar "
                + "of its class to the class path (a dependency in pom.xml), or grant what the operator does with it by "
                + "a marker, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch;..."), warnings);

        // Its interface's default method (the console's ConsoleResource.load, trial44 M2), and a base class's,
        // called unqualified.
        Map<Path, String> inherited = reconciler("", "UpdateControl.noUpdate()");
        inherited.put(ROOT.resolve("com/example/shop/controller/Fetching.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.javaoperatorsdk.operator.api.reconciler.Context;

                interface Fetching {
                    default <T extends HasMetadata> T fetch(Context<Store> context, String name, Class<T> type) {
                        return context.getClient().resources(type).inNamespace("a").withName(name).get();
                    }
                }
                """);
        inherited.put(ROOT.resolve("com/example/shop/controller/Base.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.javaoperatorsdk.operator.api.reconciler.Context;

                abstract class Base {
                    protected <T extends HasMetadata> void drop(Context<Store> context, String name, Class<T> type) {
                        context.getClient().resources(type).inNamespace("a").withName(name).delete();
                    }
                }
                """);
        inherited.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

                class StoreConfig extends CRUDKubernetesDependentResource<ConfigMap, Store> implements Fetching {
                    @Override
                    protected ConfigMap desired(Store store, Context<Store> context) {
                        fetch(context, "base", ConfigMap.class);
                        new Cleanup().clean(context);
                        return new ConfigMap();
                    }

                    static class Cleanup extends Base {
                        void clean(Context<Store> context) {
                            drop(context, "old", Secret.class);
                        }
                    }
                }
                """);
        warnings.clear();
        role = role(inherited, warnings);
        assertTrue(verbs(role, "", "configmaps").contains("get"), role);
        assertEquals(List.of("delete"), verbs(role, "", "secrets"), role);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aStaticallyImportedCallCounts() {
        Map<Path, String> sources = sources(RECONCILER.formatted("", "patchStatus(store)").replace(
                "import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;", """
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                import static io.javaoperatorsdk.operator.api.reconciler.UpdateControl.patchStatus;"""));
        sources.put(ROOT.resolve("com/example/shop/controller/Sources.java"), """
                package com.example.shop.controller;

                import static io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration.*;

                import io.fabric8.kubernetes.api.model.Pod;

                class Sources {
                    Object pods = from(Pod.class, Store.class);
                }
                """);
        String role = role(sources);
        assertTrue(role.contains("- pods\n  verbs:\n  - list\n  - watch\n"), role);
        assertTrue(role.contains("- stores/status\n  verbs:\n  - patch\n"), role);
    }

    @Test
    void aWatchedKindIsListedAndWatchedOnly() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/Sources.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.ConfigMap;

                class Sources {
                    Object configuration = InformerEventSourceConfiguration.from(ConfigMap.class, Store.class);
                }
                """);
        assertTrue(role(sources).contains("""
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - list
                  - watch
                """));
    }

    @Test
    void aSecondaryReadOfAKindNoInformerWatchesIsSaid() {
        // JOSDK throws on it: the reconciler registers no event source of Ingresses.
        String read = """
                        context.getSecondaryResource(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)
                                .ifPresent(i -> context.getClient().resource(i).delete());
                """;
        List<String> warnings = new ArrayList<>();
        role(withStatements(read), warnings);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":11: getSecondaryResource(...) reads the ingresses of an informer the reconciler "
                + "registers, and opctl sees none (nothing grants them list and watch, which it needs): without one, "
                + "JOSDK fails on this call at run time; register an InformerEventSource of them in prepareEventSources, "
                + "or a dependent, or, where one is registered where opctl does not look (an informer of a kind it "
                + "cannot read), grant it by a marker, "
                + "// +opctl:rbac:groups=networking.k8s.io,resources=ingresses,verbs=list;watch"), warnings);
        // A class of the sources that is no Kubernetes object, an external dependent's: nothing to say (the MySQL
        // schema sample of the Quarkus Operator SDK: trial42 L1). One that is, of a kind opctl does not know: said.
        Map<Path, String> external = withStatements("        context.getSecondaryResource(Schema.class);\n"
                + "        context.getSecondaryResource(Table.class);\n");
        external.put(ROOT.resolve("com/example/shop/controller/Schema.java"), "package com.example.shop.controller;\n\n"
                + "class Schema extends Named implements java.io.Serializable {\n}\n");
        external.put(ROOT.resolve("com/example/shop/controller/Named.java"), "package com.example.shop.controller;\n\n"
                + "class Named {\n}\n");
        external.put(ROOT.resolve("com/example/shop/controller/Table.java"), "package com.example.shop.controller;\n\n"
                + "class Table extends io.fabric8.kubernetes.api.model.GenericKubernetesResource {\n}\n");
        warnings.clear();
        role(external, warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("the API group and plural of com.example.shop.controller.Table"),
                warnings.toString());
        // With an informer of them, or a marker that grants one: nothing to say.
        Map<Path, String> watched = withStatements(read);
        watched.put(ROOT.resolve("com/example/shop/controller/Sources.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

                class Sources {
                    Object configuration = InformerEventSourceConfiguration.from(Ingress.class, Store.class);
                }
                """);
        warnings.clear();
        role(watched, warnings);
        assertEquals(List.of(), warnings);
        warnings.clear();
        role(withStatements("        // +opctl:rbac:groups=networking.k8s.io,resources=ingresses,verbs=list;watch\n"
                + read), warnings);
        assertEquals(List.of(), warnings);
    }

    @Test
    void getSecondaryResourcesAsStreamIsReadAsGetSecondaryResourcesAndAReadOfAClassNoKindIsSaid() {
        // Neither was read: no delete, and no word of the informer no one registers (trial37 M1, M2).
        List<String> warnings = new ArrayList<>();
        String role = role(withStatements("""
                        context.getSecondaryResourcesAsStream(io.fabric8.kubernetes.api.model.Secret.class)
                                .forEach(s -> context.getClient().resource(s).delete());
                        context.getSecondaryResourcesAsStream(io.fabric8.kubernetes.api.model.ConfigMap.class)
                                .map(context.getClient()::resource).forEach(Resource::delete);
                        context.getSecondaryResource(com.acme.Widget.class);
                """).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().replaceFirst("import io.javaoperatorsdk", "import io.fabric8.kubernetes.client.dsl.Resource;\n"
                        + "import io.javaoperatorsdk"))), warnings);
        assertEquals(List.of("delete"), verbs(role, "", "secrets"));
        assertEquals(List.of("delete"), verbs(role, "", "configmaps"));
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":12: getSecondaryResourcesAsStream(...) reads the secrets of an informer",
                file + ":14: getSecondaryResourcesAsStream(...) reads the configmaps of an informer",
                file + ":16: opctl does not know the API group and plural of com.acme.Widget, and grants the operator "
                        + "nothing for it; add the jar of its class to the class path (a dependency in pom.xml), or grant what the operator does with it by a marker, "
                        + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=list;watch;..."),
                warnings.stream().map(w -> w.contains(" of an informer") ? w.substring(0, w.indexOf(" of an informer")
                        + " of an informer".length()) : w).toList());
    }

    @Test
    void aReplaceWithItsVersionLockedReadsNothingFirstButOfAKindFabric8ReadsForIt() {
        // get was granted (trial37 L3): fabric8 reads the object for a replace only for its version, or for a
        // Service's cluster IP and a Job's selector.
        String role = role(withStatements("""
                        io.fabric8.kubernetes.api.model.ServiceAccount sa = null;
                        context.getClient().resource(sa).lockResourceVersion().replace();
                        io.fabric8.kubernetes.api.model.Service service = null;
                        context.getClient().resource(service).lockResourceVersion().replace();
                        io.fabric8.kubernetes.api.model.ConfigMap map = null;
                        context.getClient().resource(map).replace();
                """));
        assertEquals(List.of("update"), verbs(role, "", "serviceaccounts"));
        assertEquals(List.of("get", "update"), verbs(role, "", "services"));
        assertEquals(List.of("get", "update"), verbs(role, "", "configmaps"));
    }

    @Test
    void aMarkerGrantsWhatTheCodeDoesThroughTheClient() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("public class", "// +opctl:rbac:groups=core,resources=secrets,verbs=get\npublic class"));
        assertTrue(role(sources).contains("- secrets\n  verbs:\n  - get\n"));
    }

    @Test
    void markersLimitARuleToNamedObjectsGrantUrlsAndTheVerbsOfRbacAndPolicy() {
        String role = role(withStatements("""
                        // +opctl:rbac:groups=core,resources=configmaps,verbs=get;update,resourceNames=shop-config;a-config
                        // +opctl:rbac:groups=core,resources=secrets,verbs=get,resourceNames=a-config;shop-config
                        // +opctl:rbac:groups=core,resources=configmaps,verbs=list
                        // +opctl:rbac:groups=rbac.authorization.k8s.io,resources=roles;rolebindings,verbs=bind;escalate
                        // +opctl:rbac:urls=/metrics;/healthz/*,verbs=get
                """));
        assertTrue(role.contains("""
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - list
                - apiGroups:
                  - ""
                  resourceNames:
                  - a-config
                  - shop-config
                  resources:
                  - secrets
                  verbs:
                  - get
                - apiGroups:
                  - ""
                  resourceNames:
                  - a-config
                  - shop-config
                  resources:
                  - configmaps
                  verbs:
                  - get
                  - update
                """), role);
        assertTrue(role.contains("""
                  resources:
                  - rolebindings
                  - roles
                  verbs:
                  - bind
                  - escalate
                """), role);
        assertTrue(role.endsWith("""
                - nonResourceURLs:
                  - /healthz/*
                  - /metrics
                  verbs:
                  - get
                """), role);
    }

    @Test
    void theQuarkusOperatorSdksRbacAnnotationsAreSaidWithTheMarkerThatGrantsTheSame() {
        // An operator ported from the Quarkus Operator SDK declares what its code does not show so (Debezium's reads
        // Secrets: no grant and no warning, trial40 M2).
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class StoreReconciler", """
                        @io.quarkiverse.operatorsdk.annotations.RBACRule(verbs = {RBACVerbs.GET, RBACVerbs.LIST},
                                apiGroups = "", resources = "secrets")
                        @io.quarkiverse.operatorsdk.annotations.RBACRule(verbs = RBACVerbs.READ_VERBS, apiGroups = "apps",
                                resources = {"deployments", "statefulsets"}, resourceNames = "web")
                        @io.quarkiverse.operatorsdk.annotations.RBACRule(verbs = "get", nonResourceURLs = "/metrics")
                        @io.quarkiverse.operatorsdk.annotations.RBACRule(verbs = RBACRule.ALL, apiGroups = "*",
                                resources = "jokes")
                        @io.quarkiverse.operatorsdk.annotations.RBACCRoleRef(name = "view")
                        public class StoreReconciler"""));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), verbs(role, "", "secrets"));
        String at = ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":8: opctl does not read the "
                + "Quarkus Operator SDK's ";
        String rule = at + "@RBACRule, and grants nothing for it; grant it by a marker on the class, // +opctl:rbac:";
        assertEquals(List.of(rule + "groups=core,resources=secrets,verbs=get;list", rule + "groups=apps,"
                + "resources=deployments;statefulsets,verbs=get;list;watch,resourceNames=web", rule + "urls=/metrics,"
                + "verbs=get", rule + "groups=GROUP,resources=jokes,verbs=create;delete;get;list;patch;update;watch", at + "@RBACCRoleRef, and binds nothing for it; grant what the role grants by markers, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=..., or bind it to the operator's ServiceAccount "
                + "in config/rbac"), warnings);
    }

    @Test
    void aKubebuilderMarkerOrResourceNamesForCreateIsSaid() {
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        // +kubebuilder:rbac:groups=apps,resources=deployments,verbs=get
                        // +opctl:rbac:groups=core,resources=configmaps,verbs=get;create,resourceNames=shop-config
                        // +opctl:rbac:groups=core,resources=secrets,verbs=get,resourceNames=shop-config
                """), List::of, warnings::add).content();
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(
                file + ":11: opctl does not read +kubebuilder:rbac markers, and grants nothing for this one; did you "
                        + "mean // +opctl:rbac:...? It takes the same keys",
                file + ":12: the API server cannot limit create to resourceNames (the name is not known when it "
                        + "authorizes them), so this rule allows none; grant create in a marker of its own, without "
                        + "resourceNames"), warnings);
        assertFalse(role.contains("deployments"), role);
    }

    @Test
    void aMarkerWithAKeyTwiceAnUnknownVerbOrABadUrlIsAnError() {
        for (String[] marker : new String[][] {
                {"groups=core,groups=apps,resources=pods,verbs=get", "'groups' is given twice: separate several values "
                        + "with ';'"},
                {"groups=core,resources=pods,verbs=gett", "verb 'gett' is not one of [approve, bind, create, delete, "
                        + "deletecollection, escalate, get, impersonate, list, patch, sign, update, use, watch]"},
                {"groups=core,resources=pods,verbs=get,resourceNames=*", "give each resource name in full, e.g. "
                        + "resourceNames=my-config; opctl never grants '*'"},
                // Only a signer's name may end in /*, and only after a domain.
                {"groups=core,resources=pods,verbs=get,resourceNames=example.com/*", "give each resource name in full, "
                        + "e.g. resourceNames=my-config; opctl never grants '*'"},
                {"groups=certificates.k8s.io,resources=signers,verbs=approve,resourceNames=*", "give each resource "
                        + "name in full, e.g. resourceNames=my-config; opctl never grants '*'"},
                {"groups=example.com,resources=signers,verbs=approve,resourceNames=example.com/*", "give each resource "
                        + "name in full, e.g. resourceNames=my-config; opctl never grants '*'"},
                {"groups=certificates.k8s.io,resources=signers,verbs=approve,resourceNames=example.com/a*", "give each "
                        + "resource name in full, e.g. resourceNames=my-config; opctl never grants '*'"},
                {"groups=core,resources=pods,verbs=get,urls=/metrics", "give groups=..., resources=... and verbs=..., "
                        + "and resourceNames=... to limit them to objects of those names; or urls=... and verbs=..."},
                // RBAC compares names as written: an upper-case one would grant nothing.
                {"groups=apps,resources=Deployments,verbs=get", "'Deployments' is not a resource's name: the API "
                        + "server names resources in lower case, as plurals (resources=deployments;pods/log), and RBAC "
                        + "compares them as written"},
                {"groups=core,resources=pods/Log,verbs=get", "'pods/Log' is not a resource's name: the API "
                        + "server names resources in lower case, as plurals (resources=deployments;pods/log), and RBAC "
                        + "compares them as written"},
                {"groups=Apps,resources=deployments,verbs=get", "'Apps' is not an API group's name: groups are "
                        + "lower-case DNS names (groups=apps;example.com, core for the core group), and RBAC compares "
                        + "them as written"},
                {"groups=apps,resources=deploy ments,verbs=get", "'deploy ments' is not a resource's name: the API "
                        + "server names resources in lower case, as plurals (resources=deployments;pods/log), and RBAC "
                        + "compares them as written"},
                {"urls=/metrics,verbs=list", "verb 'list' on a URL is not one of [delete, get, head, options, patch, "
                        + "post, put]"},
                {"urls=metrics,verbs=get", "a URL is a path such as /metrics, with '*' only at its end (/healthz/*)"}}) {
            OpctlException error = assertThrows(OpctlException.class,
                    () -> role(withStatements("        // +opctl:rbac:" + marker[0] + "\n")));
            assertEquals("/project/src/main/java/com/example/shop/controller/StoreReconciler.java:11: invalid marker "
                    + "'+opctl:rbac:" + marker[0] + "': " + marker[1], error.getMessage());
        }
    }

    @Test
    void chainsOfCallsOnTheClientGrantWhatTheApiServerAsksFor() {
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        String ns = store.getMetadata().getNamespace();
                        client.secrets().inNamespace(ns).withName(store.getSpec().secret()).get();
                        client.configMaps().inNamespace(ns).withLabel("app", "shop").list().getItems();
                        client.configMaps().inNamespace(ns).withLabel("app", "shop").delete();
                        context.getClient().apps().deployments().inNamespace(ns).withName("web").delete();
                        client.batch().v1().jobs().inNamespace(ns).resource(job(store)).serverSideApply();
                        client.v1().events().inNamespace(ns).resource(event()).create();
                        client.events().v1().events().inNamespace(ns).list();
                        client.pods().inNamespace(ns).withName("p").tailingLines(10).getLog();
                        client.resources(Store.class).inNamespace(ns).withName("x").edit(s -> s);
                        client.network().v1().ingresses().inNamespace(ns).resource(ingress()).update();
                        client.leases().inNamespace(ns).withName("l").waitUntilCondition(l -> true, 1, SECONDS);
                        client.services().inNamespace(ns).resource(service()).createOr(NonDeletingOperation::update);
                        client.serviceAccounts().inNamespace(ns).resource(account()).createOr(NonDeletingOperation::patch);
                        client.apps().statefulSets().inNamespace(ns).withName("db").scale(3);
                        client.apps().replicaSets().inNamespace(ns).withName("rs").scale();
                        client.pods().inNamespace(ns).withName("p").evict();
                        client.apps().deployments().inNamespace(ns).withName("web").rolling().restart();
                        client.apps().daemonSets().inNamespace(ns).withName("agent").updateImage("agent:2");
                        client.serviceAccounts().inNamespace(ns).withName("robot").tokenRequest(request());
                        client.authentication().v1().tokenReviews().create(review());
                        client.authorization().v1().subjectAccessReview().create(access());
                        client.pods().inNamespace(ns).withName("p").redirectingOutput().exec("ls");
                        client.batch().v1().jobs().inNamespace(ns).withName("backup").getLog();
                        client.top().pods().metrics(ns);
                        client.resourceQuotas().inNamespace(ns).withName("q").require();
                        // An edit of an object given, or a patch of it given whole, reads nothing.
                        client.persistentVolumeClaims().inNamespace(ns).resource(claim()).edit(c -> c);
                        client.limitRanges().inNamespace(ns).resource(limits()).patch(context, "{}");
                        // An object given to the client is of the kind its variable is declared with.
                        client.resource(store).delete();
                        // Not a chain on the client, or broken: none of these grants anything.
                        secrets().get("x");
                        cache.get(ns);
                        client.configMaps().inNamespace(ns).map(m -> m).list();
                        // A chain kept in a variable that is used only to call on: read whole.
                        var roles = client.rbac().roles();
                        roles.list();
                """);
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - events
                  - pods/eviction
                  - serviceaccounts/token
                  verbs:
                  - create
                - apiGroups:
                  - ""
                  resources:
                  - pods/exec
                  verbs:
                  - create
                  - get
                - apiGroups:
                  - ""
                  resources:
                  - serviceaccounts
                  verbs:
                  - create
                  - get
                  - patch
                - apiGroups:
                  - ""
                  resources:
                  - services
                  verbs:
                  - create
                  - get
                  - update
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - deletecollection
                  - list
                - apiGroups:
                  - ""
                  resources:
                  - pods/log
                  - resourcequotas
                  - secrets
                  verbs:
                  - get
                - apiGroups:
                  - ""
                  resources:
                  - pods
                  verbs:
                  - get
                  - list
                  - watch
                - apiGroups:
                  - ""
                  resources:
                  - limitranges
                  - persistentvolumeclaims
                  verbs:
                  - patch
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - delete
                  - get
                  - patch
                - apiGroups:
                  - apps
                  resources:
                  - replicasets/scale
                  - statefulsets
                  verbs:
                  - get
                - apiGroups:
                  - apps
                  resources:
                  - daemonsets
                  verbs:
                  - get
                  - patch
                - apiGroups:
                  - apps
                  resources:
                  - statefulsets/scale
                  verbs:
                  - get
                  - update
                - apiGroups:
                  - authentication.k8s.io
                  resources:
                  - tokenreviews
                  verbs:
                  - create
                - apiGroups:
                  - authorization.k8s.io
                  resources:
                  - subjectaccessreviews
                  verbs:
                  - create
                - apiGroups:
                  - batch
                  resources:
                  - jobs
                  verbs:
                  - create
                  - get
                  - patch
                - apiGroups:
                  - coordination.k8s.io
                  resources:
                  - leases
                  verbs:
                  - list
                  - watch
                - apiGroups:
                  - events.k8s.io
                  resources:
                  - events
                  verbs:
                  - list
                - apiGroups:
                  - metrics.k8s.io
                  resources:
                  - pods
                  verbs:
                  - list
                - apiGroups:
                  - networking.k8s.io
                  resources:
                  - ingresses
                  verbs:
                  - get
                  - update
                - apiGroups:
                  - rbac.authorization.k8s.io
                  resources:
                  - roles
                  verbs:
                  - list
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - delete
                  - get
                  - list
                  - patch
                  - watch
                """, rules(role(sources)));
    }

    @Test
    void chainsOfTheClientsOtherGroupsAndSingularMethodsAndGenericKindsAreNamedAsTheApiServerNamesThem() {
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        var client = context.getClient();
                        client.policy().v1().podDisruptionBudget().inNamespace("a").withName("b").get();
                        client.extensions().ingresses().inNamespace("a").list();
                        client.flowControl().v1().flowSchema().withName("f").get();
                        client.runtimeClasses().list();
                        client.genericKubernetesResources("apps/v1", "Deployment").inNamespace("a").list();
                        client.genericKubernetesResources("v1", "Endpoints").inNamespace("a").withName("e").get();
                        client.informers().sharedIndexInformerFor(io.fabric8.kubernetes.api.model.Node.class, 0);
                        client.configMaps().inNamespace("a").resource(config(store)).createOr(c -> c.edit(m -> m));
                        // Kinds the code does not name: said.
                        client.resourceList(objects(store)).inNamespace("a").createOrReplace();
                        client.load(yaml()).serverSideApply();
                        client.genericKubernetesResources(context(store)).inNamespace("a").list();
                        client.resource("apiVersion: v1\\nkind: ConfigMap").serverSideApply();
                        client.informers().inNamespace("a")
                                .sharedIndexInformerFor(io.fabric8.kubernetes.api.model.Secret.class, 0);
                        client.pods().inNamespace("a").resource(pod(store)).ephemeralContainers().update();
                        client.persistentVolumeClaims().inNamespace("a").withName("c")
                                .patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), "{}");
                        // YAML loaded on a chain of a kind: get() reads the object from the server (trial46 L2).
                        client.batch().v1().cronjobs().load(yaml()).get();
                """), List::of, warnings::add).content();
        assertTrue(role.contains("- batch\n  resources:\n  - cronjobs\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("- policy\n  resources:\n  - poddisruptionbudgets\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("- extensions\n  resources:\n  - ingresses\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("- flowcontrol.apiserver.k8s.io\n  resources:\n  - flowschemas\n  verbs:\n"
                + "  - get\n"), role);
        assertTrue(role.contains("- node.k8s.io\n  resources:\n  - runtimeclasses\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("- apps\n  resources:\n  - deployments\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("  - endpoints\n  - pods\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("  - nodes\n  - secrets\n  verbs:\n  - list\n  - watch\n"), role);
        assertTrue(role.contains("  - configmaps\n  verbs:\n  - create\n"), role);
        assertTrue(role.contains("  - pods/ephemeralcontainers\n  verbs:\n  - update\n"), role);
        assertTrue(role.contains("  - persistentvolumeclaims\n  verbs:\n  - create\n  - get\n  - patch\n"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(
                file + ":19: createOr(...) is given a lambda, and what it does where the object exists is not read: "
                        + "opctl grants create only; give a method reference (createOr(NonDeletingOperation::update)), "
                        + "or grant the rest by a marker on the line before, "
                        + "// +opctl:rbac:groups=core,resources=configmaps,verbs=...",
                unnamed(file, 21, "resourceList", "createOrReplace"), unnamed(file, 22, "load", "serverSideApply"),
                unnamed(file, 23, "genericKubernetesResources", "list"), file + ":24: opctl cannot tell the kind "
                        + "of the YAML given to resource(...), and grants nothing for serverSideApply(); give the object "
                        + "it makes to a chain that names its kind (client.configMaps().resource(x)), or grant it by a "
                        + "marker on the line before, "
                        + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=create;patch"), warnings);
    }

    @Test
    void aControllersLogsAnUndoAPortForwardAndEphemeralContainersGrantWhatFabric8AsksFor() {
        String role = role(withStatements("""
                        var client = context.getClient();
                        client.apps().deployments().inNamespace("a").withName("web").getLog();
                        client.apps().statefulSets().inNamespace("a").withName("db").watchLog(System.out);
                        client.apps().deployments().inNamespace("a").withName("web").rolling().undo();
                        client.pods().inNamespace("a").withName("p").portForward(8080);
                        client.pods().inNamespace("a").withName("p").ephemeralContainers().edit(p -> p);
                """));
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - pods/portforward
                  verbs:
                  - create
                  - get
                - apiGroups:
                  - ""
                  resources:
                  - pods/log
                  verbs:
                  - get
                - apiGroups:
                  - ""
                  resources:
                  - pods
                  verbs:
                  - get
                  - list
                  - watch
                - apiGroups:
                  - ""
                  resources:
                  - pods/ephemeralcontainers
                  verbs:
                  - patch
                - apiGroups:
                  - apps
                  resources:
                  - statefulsets
                  verbs:
                  - get
                - apiGroups:
                  - apps
                  resources:
                  - replicasets
                  verbs:
                  - get
                  - list
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - get
                  - patch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - list
                  - watch
                """, rules(role));
    }

    @Test
    void aPatchGivenAServerSideApplysContextCreatesToo() {
        String role = role(withStatements("""
                        var client = context.getClient();
                        client.configMaps().inNamespace("a").resource(config(store))
                                .patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), config(store));
                        client.services().inNamespace("a").resource(service(store)).patch(new PatchContext.Builder()
                                .withPatchType(SERVER_SIDE_APPLY).withForce(true).build(), service(store));
                        client.secrets().inNamespace("a").resource(secret(store)).patch(new PatchContext.Builder()
                                .withPatchType(PatchType.JSON_MERGE).build(), secret(store));
                """));
        assertTrue(role.contains("  - configmaps\n  - services\n  verbs:\n  - create\n  - patch\n"), role);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - patch\n"), role);
    }

    @Test
    void aPatchGivenAVariableOrFieldInitializedToAServerSideApplysContextCreatesToo() {
        String role = role(sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.api.model.Service;
                import io.fabric8.kubernetes.client.dsl.base.PatchContext;
                import io.fabric8.kubernetes.client.dsl.base.PatchType;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler implements Reconciler<Store> {
                    private static final PatchContext APPLY = new PatchContext.Builder()
                            .withPatchType(PatchType.SERVER_SIDE_APPLY).withForce(true).build();
                    private static final PatchContext MERGE = PatchContext.of(PatchType.JSON_MERGE);

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        var client = context.getClient();
                        ConfigMap config = new ConfigMap();
                        PatchContext ssa = PatchContext.of(PatchType.SERVER_SIDE_APPLY);
                        client.configMaps().inNamespace("a").resource(config).patch(ssa, config);
                        Service service = new Service();
                        client.services().inNamespace("a").resource(service).patch(APPLY, service);
                        Secret secret = new Secret();
                        client.secrets().inNamespace("a").resource(secret).patch(MERGE, secret);
                        return UpdateControl.noUpdate();
                    }
                }
                """));
        assertTrue(role.contains("  - configmaps\n  - services\n  verbs:\n  - create\n  - patch\n"), role);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - patch\n"), role);
    }

    private static String unnamed(String file, int line, String method, String operation) {
        return file + ":" + line + ": opctl cannot tell the kind of what is given to " + method + "(...), and grants "
                + "nothing for " + operation + "(); name its kind ("
                + (method.equals("resource") ? "a variable declared with its class, ConfigMap x; "
                        + "client.resources(K.class).resource(x); client.configMaps().resource(x)"
                        : method.equals("genericKubernetesResources") ? "genericKubernetesResources(\"group/version\", "
                        + "\"Kind\"), of strings or String constants" : "client.resources(K.class).resource(x), "
                        + "client.configMaps().resource(x)")
                + "), or grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=" + Map.of("create", "create", "createOrReplace",
                        "create;get;update", "delete", "delete", "list", "list", "serverSideApply", "create;patch",
                        "update", "get;update").get(operation);
    }

    @Test
    void aChainOnTheClientKeptToCallOnLaterIsSaid() {
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        var client = context.getClient();
                        var configMaps = client.configMaps().inNamespace("a");
                        check(configMaps.withName("b").get(), configMaps); // given away too: not followed
                        MixedOperation<Store, StoreList, Resource<Store>> stores = client.resources(Store.class);
                        var roles = client.rbac().roles();
                        var pods = context.getClient().pods();
                        // Whole chains, and calls of the code's own with the client's names: nothing to say.
                        client.secrets().inNamespace("a").withName("b").get();
                        Object own = settings.secrets();
                        // A chain broken by a call opctl does not know: that is said.
                        client.configMaps().inNamespace("a").map(m -> m).list();
                        var all = client.configMaps();
                        (store == null ? client.configMaps() : client.secrets()).inNamespace("a").list();
                        // An object given to the client, kept: of its variable's kind.
                        var one = context.getClient().resource(store);
                        var placed = client.resource(store).inNamespace("a");
                """), List::of, warnings::add).content();
        assertEquals(List.of(
                warning(12, "configmaps", "inNamespace", "core"),
                warning(14, "stores", "resources", "shop.example.com"),
                warning(15, "roles", "roles", "rbac.authorization.k8s.io"),
                warning(16, "pods", "pods", "core"),
                ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":21: opctl does not know what list() "
                        + "on a chain of calls on the client of configmaps asks the API server, and grants nothing for "
                        + "it; grant it by a marker, // +opctl:rbac:groups=core,resources=configmaps,verbs=...",
                warning(22, "configmaps", "configMaps", "core"), warning(23, "configmaps", "configMaps", "core"),
                warning(23, "secrets", "secrets", "core"), warning(25, "stores", "resource", "shop.example.com"),
                warning(26, "stores", "inNamespace", "shop.example.com")), warnings);
        // What the code does on a variable given away is read, and granted, all the same: configMaps.withName("b")
        // .get() needs configmaps get; what check(...) does with it is what the warning at 12 says.
        assertTrue(role.contains("- configmaps\n  - secrets\n  verbs:\n  - get\n"), role);
    }

    @Test
    void aChainOnTheClientEndingInACallOpctlDoesNotKnowIsSaid() {
        List<String> warnings = new ArrayList<>();
        RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        var client = context.getClient();
                        client.services().inNamespace("a").withName("p").portForward(8080);
                        context.getClient().apps().replicaSets().withName("web").rolling().edit(r -> r);
                        client.resource(config(store)).serverSideApply();
                        // An operation on the way, calls of the code's own with the client's names: nothing to say.
                        client.secrets().inNamespace("a").withName("b").get().getData().size();
                        store.getSpec().services().stream().count();
                        context.getClient().resource(store).patchStatus();
                        // +opctl:rbac:groups=core,resources=services;pods/portforward,verbs=get;list;create
                        client.services().inNamespace("a").withName("p").portForward(9090);
                        client.resource(secret(store)).delete(); // +opctl:rbac:groups=core,resources=secrets,verbs=delete
                        // A marker of another kind answers nothing.
                        // +opctl:rbac:groups=apps,resources=deployments,verbs=get
                        client.services().inNamespace("a").withName("p").portForward(7070);
                """), List::of, warnings::add);
        assertEquals(List.of(
                ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":12: opctl does not know what "
                        + "portForward() on a chain of calls on the client of services asks the API server, and grants "
                        + "nothing for it; grant it by a marker, // +opctl:rbac:groups=core,resources=services,verbs=...",
                ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":13: opctl does not know what "
                        + "edit() on a chain of calls on the client of replicasets asks the API server, and grants "
                        + "nothing for it; grant it by a marker, // +opctl:rbac:groups=apps,resources=replicasets,"
                        + "verbs=...",
                unnamed(ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString(), 14, "resource",
                        "serverSideApply"),
                ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":24: opctl does not know what "
                        + "portForward() on a chain of calls on the client of services asks the API server, and grants "
                        + "nothing for it; grant it by a marker, // +opctl:rbac:groups=core,resources=services,verbs=..."),
                warnings);
    }

    @Test
    void aChainOnTheClientKeptInAVariableUsedOnlyToCallOnIsReadWhole() {
        // The Quarkus Operator SDK's samples (trial42 M3) and Microcks (trial43 M2). Each as the same chains whole.
        List<String> warnings = new ArrayList<>();
        String kept = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        var client = context.getClient();
                        final var maps = client.resources(io.fabric8.kubernetes.api.model.ConfigMap.class);
                        final var one = maps.withName("b");
                        if (one.get() == null) {
                            maps.resource(new io.fabric8.kubernetes.api.model.ConfigMap()).create();
                        }
                        MixedOperation<Store, StoreList, Resource<Store>> stores = client.resources(Store.class);
                        stores.inNamespace("a").withName("s").get();
                        var apps = context.getClient().apps();
                        java.util.List.of("a").forEach(n -> apps.deployments().inNamespace(n).withName("web").delete());
                """), List::of, warnings::add).content();
        String whole = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        var client = context.getClient();
                        client.resources(io.fabric8.kubernetes.api.model.ConfigMap.class).withName("b").get();
                        client.resources(io.fabric8.kubernetes.api.model.ConfigMap.class)
                                .resource(new io.fabric8.kubernetes.api.model.ConfigMap()).create();
                        client.resources(Store.class).inNamespace("a").withName("s").get();
                        context.getClient().apps().deployments().inNamespace("n").withName("web").delete();
                """), List::of, w -> { }).content();
        assertTrue(whole.contains("  - configmaps\n  verbs:\n  - create\n  - get\n"), whole);
        assertTrue(whole.contains("  - deployments\n  verbs:\n  - delete\n"), whole);
        assertEquals(whole, kept);
        assertEquals(List.of(), warnings);
        // Assigned again: not followed, and the chain is said as before. Given away: the calls on it are read, and
        // the chain is said as before, for what is done with it where it is given.
        List<String> reassigned = new ArrayList<>();
        String notFollowed = RbacGenerator.role(PROJECT, ROOT, withStatements("""
                        var maps = context.getClient().configMaps().inNamespace("a");
                        maps.withName("b").get();
                        maps = context.getClient().configMaps().inNamespace("b");
                        var secrets = context.getClient().secrets();
                        secrets.withName("c").get();
                        check(secrets);
                """), List::of, reassigned::add).content();
        assertFalse(notFollowed.contains("configmaps"), notFollowed);
        assertTrue(notFollowed.contains("  - secrets\n  verbs:\n  - get\n"), notFollowed);
        assertEquals(List.of(warning(11, "configmaps", "inNamespace", "core"), warning(13, "configmaps", "inNamespace",
                "core"), warning(14, "secrets", "secrets", "core")), reassigned);
    }

    private static String warning(int line, String plural, String method, String group) {
        return ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":" + line + ": a chain of calls on "
                + "the client of " + plural + " ends at " + method + "(), and what is done with it later is not read "
                + "(opctl reads a chain only whole); write the chain whole, or grant it by a marker, "
                + "// +opctl:rbac:groups=" + group + ",resources=" + plural + ",verbs=...";
    }

    @Test
    void chainsOnTheClientInTheClassesAReconcilerUsesAreItsAndOthersAreNot() {
        Map<Path, String> sources = reconciler("", "Secrets.check(context.getClient(), store)");
        sources.put(ROOT.resolve("com/example/shop/controller/Secrets.java"), """
                package com.example.shop.controller;

                final class Secrets {
                    private static final Pods PODS = new Pods();

                    static UpdateControl<Store> check(KubernetesClient client, Store store) {
                        client.secrets().inNamespace("a").withName("b").get();
                        return PODS.count();
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Pods.java"), """
                package com.example.shop.controller;

                final class Pods {
                    private final Config config = new Config();

                    UpdateControl<Store> count() {
                        config.read();
                        return null;
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Config.java"), """
                package com.example.shop.controller;

                final class Config {
                    void read() {
                        client.configMaps().inNamespace("a").list();
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/OperatorMain.java"), """
                package com.example.shop;

                final class OperatorMain {
                    void lead() {
                        client.leases().inNamespace("a").withName("lock").get();
                    }
                }
                """);
        String role = role(sources);
        assertTrue(role.contains("- secrets\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("- configmaps\n  verbs:\n  - list\n"), role);
        assertFalse(role.contains("leases"), role);
    }

    @Test
    void chainsOnTheClientInTheImplementationsOfAnInterfaceAReconcilerUsesAndOfAStaticFieldsClassAreIts() {
        Map<Path, String> sources = reconciler("", "secrets.check(Checks.PODS.apply(context.getClient()))");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("    @Override", "    private final Secrets secrets = null;\n\n"
                        + "    @Override"));
        sources.put(ROOT.resolve("com/example/shop/controller/Secrets.java"), """
                package com.example.shop.controller;

                interface Secrets {
                    UpdateControl<Store> check(Object pods);
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/KubeSecrets.java"), """
                package com.example.shop.controller;

                final class KubeSecrets implements Secrets {
                    @Override
                    public UpdateControl<Store> check(Object pods) {
                        client.secrets().inNamespace("a").withName("b").get();
                        return null;
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Checks.java"), """
                package com.example.shop.controller;

                final class Checks {
                    static final Function<KubernetesClient, Object> PODS = c -> c.pods().inNamespace("a").list();
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("  - pods\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - get\n"), role);
        assertEquals(List.of(), warnings);
    }

    @Test
    void chainsOnTheClientInAClassNoneIsSeenToUseAreSaid() {
        // A class the reconciler makes (new) is its helper; one only OperatorMain makes is none.
        Map<Path, String> sources = reconciler("", "new Events(context.getClient()).record(store)");
        sources.put(ROOT.resolve("com/example/shop/controller/Events.java"), """
                package com.example.shop.controller;

                final class Events {
                    UpdateControl<Store> record(Store store) {
                        client.v1().events().inNamespace("a").resource(event(store)).create();
                        return UpdateControl.noUpdate();
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Pods.java"), """
                package com.example.shop.controller;

                final class Pods {
                    private final KubernetesClient client;

                    Pods(KubernetesClient client) {
                        this.client = client;
                    }

                    void count() {
                        client.pods().inNamespace("a").list();
                        // +opctl:rbac:groups=core,resources=secrets,verbs=get
                        client.secrets().inNamespace("a").withName("b").get();
                        client.pods().inNamespace("a").withName("p").redirectingOutput().exec("ls");
                        // What the role grants already (the reconciler's informer lists Stores): nothing to say.
                        client.resources(com.example.shop.api.shop.v1.Store.class).inNamespace("a").list();
                        new Views(client::resource).flush(); // what opctl cannot read is said too (trial39 H3)
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/OperatorMain.java"), """
                package com.example.shop;

                final class OperatorMain {
                    void lead() {
                        client.leases().inNamespace("a").withName("lock").get();
                        new com.example.shop.controller.Pods(client).count();
                    }
                }
                """);
        // The generated webhook certificate code's Secrets: webhook_tls_role.yaml's; anything else there is said.
        sources.put(ROOT.resolve("com/example/shop/WebhookCertificates.java"), """
                package com.example.shop;

                final class WebhookCertificates {
                    void renew(io.fabric8.kubernetes.api.model.Secret next) {
                        client.resource(next).update();
                        client.configMaps().inNamespace("a").withName("ca").delete();
                    }
                }
                """);
        // A webhook's code runs in the operator too: read.
        sources.put(ROOT.resolve("com/example/shop/webhook/shop/v1/StoreValidator.java"), """
                package com.example.shop.webhook.shop.v1;

                import com.example.shop.webhook.Validator;

                public class StoreValidator implements Validator<Store> {
                    StoreValidator(KubernetesClient client) {
                        client.configMaps().inNamespace("a").withName("limits").get();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        String says = "on the client is in a class that no reconciler, dependent, workflow condition or webhook is seen "
                + "to use (by a static call, a field, new, or an interface they use; code run otherwise, at start-up or "
                + "on a timer, is not read), and opctl grants nothing for it; grant it by a marker on the line before, "
                + "// +opctl:rbac:";
        String file = ROOT.resolve("com/example/shop/controller/Pods.java").toString();
        assertEquals(List.of(ROOT.resolve("com/example/shop/WebhookCertificates.java") + ":6: delete() " + says
                        + "groups=core,resources=configmaps,verbs=delete",
                file + ":11: list() " + says + "groups=core,resources=pods,verbs=list",
                file + ":14: exec() " + says + "groups=core,resources=pods/exec,verbs=create;get and "
                        + "// +opctl:rbac:groups=core,resources=pods,verbs=get;list;watch", file + ":17: a method of the "
                        + "client is given as a function (client::resource), and what is done with it is not read: opctl "
                        + "grants nothing for it (it reads map(client::resource) of a stream or Optional of a type it can "
                        + "tell, List<Secret> secrets, followed by a method reference to an operation, "
                        + "forEach(Resource::delete)); grant it by a marker on the line before, "
                        + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=..."), warnings);
        assertFalse(role.contains("- pods"), role);
        assertTrue(role.contains("  - configmaps\n  - secrets\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("  - events\n  verbs:\n  - create\n"), role);
    }

    @Test
    void chainsOnTheClientInTheClassesADependentUsesAreIts() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

                public class StoreConfig extends CRUDKubernetesDependentResource<ConfigMap, Store> {
                    @Override
                    protected ConfigMap desired(Store store, Context<Store> context) {
                        return Defaults.of(context.getClient(), store);
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Defaults.java"), """
                package com.example.shop.controller;

                final class Defaults {
                    static ConfigMap of(KubernetesClient client, Store store) {
                        return client.configMaps().inNamespace("platform").withName("defaults").get();
                    }
                }
                """);
        String role = role(sources);
        assertTrue(role.contains("- configmaps\n  verbs:\n  - create\n  - get\n  - list\n  - update\n  - watch\n"),
                role);
    }

    @Test
    void chainsOnTheClientInAWorkflowsConditionsAreTheReconcilers() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/PodsReady.java"), """
                package com.example.shop.controller;

                import io.javaoperatorsdk.operator.processing.dependent.workflow.*;

                public class PodsReady implements Condition<Deployment, Store> {
                    @Override
                    public boolean isMet(DependentResource<Deployment, Store> dependent, Store store,
                            Context<Store> context) {
                        return Pods.any(context.getClient());
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Pods.java"), """
                package com.example.shop.controller;

                final class Pods {
                    static boolean any(KubernetesClient client) {
                        return !client.pods().inNamespace("a").list().getItems().isEmpty();
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/SecretsGone.java"), """
                package com.example.shop.controller;

                import io.javaoperatorsdk.operator.processing.dependent.workflow.DetailedCondition;

                public class SecretsGone implements DetailedCondition<Deployment, Store, String> {
                    @Override
                    public Result<String> detailedIsMet(DependentResource<Deployment, Store> dependent, Store store,
                            Context<Store> context) {
                        context.getClient().secrets().inNamespace("a").withName("b").get();
                        return null;
                    }
                }
                """);
        String role = role(sources);
        assertTrue(role.contains("- pods\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("- secrets\n  verbs:\n  - get\n"), role);
    }

    @Test
    void aStatusUpdateOfAChainOfAnotherKindIsThatKindsAndOneOnAnObjectIsThePrimarys() {
        String role = role(withStatements("""
                        context.getClient().pods().inNamespace("a").resource(pod).updateStatus();
                """));
        assertTrue(role.contains("- pods/status\n  verbs:\n  - update\n"), role);
        assertFalse(role.contains("stores/status"), role);
        role = role(withStatements("""
                        context.getClient().resource(store).updateStatus();
                """));
        assertTrue(role.contains("- stores/status\n  verbs:\n  - update\n"), role);
    }

    @Test
    void aDependentTheCodeDeletesItselfIsGrantedDelete() {
        Map<Path, String> sources = withDependent("DeploymentDependent", """
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
                """, "extends CRUDKubernetesDependentResource<Deployment, Store>");
        String reconciler = """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler implements Reconciler<Store>, Cleaner<Store> {
                    private final DeploymentDependent deployment = new DeploymentDependent();

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        deployment.reconcile(store, context);
                        return UpdateControl.noUpdate();
                    }

                    @Override
                    public DeleteControl cleanup(Store store, Context<Store> context) {
                        deployment.delete(store, context);
                        return DeleteControl.defaultDelete();
                    }
                }
                """;
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), reconciler);
        String deployments = """
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - create
                """;
        assertTrue(rules(role(sources)).contains(deployments + "  - delete\n  - list\n"), rules(role(sources)));
        // On a variable of another type cast to its class (Apicurio's activation conditions delete their dependents
        // so, and got no delete: trial41 H1).
        Map<Path, String> cast = new HashMap<>(sources);
        cast.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), reconciler.replace(
                "deployment.delete(store, context);", "Object any = deployment;\n"
                        + "        ((DeploymentDependent) any).delete(store, context);"));
        assertTrue(rules(role(cast)).contains(deployments + "  - delete\n  - list\n"), rules(role(cast)));
        // Used standalone, a CRUD dependent is garbage-collected: JOSDK deletes nothing unless the code says so.
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), reconciler.replace(
                "deployment.delete(store, context);", ""));
        assertTrue(rules(role(sources)).contains(deployments + "  - list\n"), rules(role(sources)));
    }

    @Test
    void aKubernetesDependentAnnotationConfiguresItsOwnClassOnlyAsInJosdk() {
        Map<Path, String> sources = withDependent("BaseDeployment", """
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.javaoperatorsdk.operator.api.config.informer.Informer;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.BooleanWithUndefined;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

                @KubernetesDependent(useSSA = BooleanWithUndefined.FALSE, informer = @Informer(namespaces = "other"))
                """, "extends CRUDKubernetesDependentResource<Deployment, Store>");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/BaseDeployment.java"),
                (path, text) -> text.replace("public class BaseDeployment", "public abstract class BaseDeployment"));
        sources.put(ROOT.resolve("com/example/shop/controller/WebDeployment.java"), """
                package com.example.shop.controller;

                public class WebDeployment extends BaseDeployment {
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = rules(role(sources, warnings));
        // WebDeployment is applied (JOSDK's default), and watches the controller's namespaces.
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("""
                  resources:
                  - deployments
                  verbs:
                  - create
                  - list
                  - patch
                  - watch
                """), role);
    }

    @Test
    void codeThatChangesWhichDependentsJosdkAppliesGetsBothWaysOfWriting() {
        Map<Path, String> sources = withDependent("DeploymentDependent", """
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
                """, "extends CRUDKubernetesDependentResource<Deployment, Store>");
        String applied = """
                  resources:
                  - deployments
                  verbs:
                  - create
                  - list
                  - patch
                  - watch
                """;
        assertTrue(rules(role(sources)).contains(applied), rules(role(sources)));
        // JOSDK then replaces the dependents it would apply: opctl does not read the value, and grants both.
        sources.put(ROOT.resolve("com/example/shop/OperatorMain.java"), """
                package com.example.shop;

                import io.javaoperatorsdk.operator.Operator;

                public class OperatorMain {
                    public static void main(String[] args) {
                        new Operator(overrider -> overrider.withSSABasedCreateUpdateMatchForDependentResources(false));
                    }
                }
                """);
        assertTrue(rules(role(sources)).contains(applied.replace("  - patch\n", "  - patch\n  - update\n")),
                rules(role(sources)));
    }

    @Test
    void theCodeOfADependentOfNoKubernetesObjectIsRead() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/Bucket.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource;
                import java.util.Set;

                public class Bucket extends PerResourcePollingDependentResource<String, Store, String> {
                    @Override
                    public Set<String> fetchResources(Store store) {
                        return Set.of();
                    }

                    @Override
                    protected String desired(Store store, Context<Store> context) {
                        context.getClient().configMaps().inNamespace("a").withName("bucket").delete();
                        return "bucket";
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = rules(role(sources, warnings));
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("""
                  resources:
                  - configmaps
                  verbs:
                  - delete
                """), role);
    }

    @Test
    void acceptIsAnEditAndFromServerNarrows() {
        List<String> warnings = new ArrayList<>();
        String role = rules(role(sources(RECONCILER.formatted("", "UpdateControl.noUpdate()").replace("return",
                "context.getClient().secrets().inNamespace(\"a\").withName(\"s\").accept(s -> s.setType(\"t\"));\n"
                + "        context.getClient().configMaps().inNamespace(\"a\").withName(\"c\").fromServer().get();\n"
                + "        return")), warnings));
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("""
                  resources:
                  - configmaps
                  verbs:
                  - get
                """), role);
        assertTrue(role.contains("""
                  resources:
                  - secrets
                  verbs:
                  - get
                  - patch
                """), role);
    }

    @Test
    void aVariableOfAClientTypeIsTheClientWhateverItsName() {
        List<String> warnings = new ArrayList<>();
        String role = rules(role(sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.api.model.ServiceAccount;
                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler implements Reconciler<Store> {
                    private final KubernetesClient k8s;
                    private final ConfigMap config = new ConfigMap();

                    StoreReconciler(KubernetesClient k8s) {
                        this.k8s = k8s;
                    }

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        KubernetesClient kc = context.getClient();
                        var k = context.getClient();
                        ServiceAccount account = new ServiceAccount();
                        k.resource(account).delete();
                        k8s.resource(config).serverSideApply();
                        remove(kc, new Secret());
                        kc.resource(store).subresource("status").patch();
                        return UpdateControl.noUpdate();
                    }

                    private void remove(KubernetesClient c, Secret secret) {
                        c.resource(secret).delete();
                    }
                }
                """), warnings));
        assertEquals(List.of(), warnings);
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - create
                  - patch
                - apiGroups:
                  - ""
                  resources:
                  - secrets
                  - serviceaccounts
                  verbs:
                  - delete
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - get
                  - list
                  - watch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores/status
                  verbs:
                  - patch
                """, role);
    }

    @Test
    void aClientFieldWrittenWithThisOrSuperIsTheClient() {
        // this.client.configMaps()... was no call on the client: no grant, no warning (trial /tmp/trial31 #1).
        List<String> warnings = new ArrayList<>();
        Map<Path, String> sources = sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler extends Base implements Reconciler<Store> {
                    private final KubernetesClient client;
                    private final Watcher watcher;

                    StoreReconciler(KubernetesClient client) {
                        super(client);
                        this.client = client;
                        this.watcher = new Watcher(client);
                        this.client.secrets().inNamespace("shop").withName("creds").get();
                    }

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        apply(new ConfigMap());
                        super.kube.pods().inNamespace("shop").withName("web").get();
                        watcher.each().run();
                        // In parentheses: the same (trial /tmp/trial32 #4).
                        (this.kube).endpoints().inNamespace("shop").withName("web").get();
                        (context.getClient()).limitRanges().inNamespace("shop").withName("l").get();
                        ((kube)).resourceQuotas().inNamespace("shop").withName("q").get();
                        return UpdateControl.noUpdate();
                    }

                    void apply(ConfigMap client) { // of the field's name: this.client is the field
                        this.client.configMaps().inNamespace("shop").resource(client).serverSideApply();
                        this.client.resource(client).delete();
                    }
                }
                """);
        assertTrue(DeclarationReader.read(sources.get(ROOT.resolve("com/example/shop/controller/StoreReconciler.java")))
                != null, "the fast reader takes it");
        // Outer.this.client: a file JavaParser reads (the fast reader leaves it), as the one above may be too.
        sources.put(ROOT.resolve("com/example/shop/controller/Watcher.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.KubernetesClient;

                class Watcher {
                    private final KubernetesClient client;

                    Watcher(KubernetesClient client) {
                        this.client = client;
                    }

                    Runnable each() {
                        return new Each();
                    }

                    class Each implements Runnable {
                        @Override
                        public void run() {
                            Watcher.this.client.services().inNamespace("shop").withName("web").get();
                        }
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Base.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.KubernetesClient;

                abstract class Base {
                    protected final KubernetesClient kube;

                    Base(KubernetesClient kube) {
                        this.kube = kube;
                    }
                }
                """);
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("""
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - create
                  - delete
                  - patch
                """), role);
        assertTrue(role.contains("  - endpoints\n  - limitranges\n  - pods\n  - resourcequotas\n  - secrets\n"
                + "  - services\n  verbs:\n  - get\n"), role);
    }

    @Test
    void anObjectGivenToTheClientIsOfTheKindItsVariableIsDeclaredWith() {
        List<String> warnings = new ArrayList<>();
        Map<Path, String> sources = sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.api.model.Service;
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.fabric8.kubernetes.client.dsl.base.PatchContext;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import java.util.List;

                public class StoreReconciler implements Reconciler<Store> {
                    private final Secret template = new Secret();
                    private final KubernetesClient client;

                    StoreReconciler(KubernetesClient client) {
                        this.client = client;
                    }

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        ConfigMap config = new ConfigMap();
                        client.resource(config).createOr(NonDeletingOperation::update);
                        client.resource(template).delete();
                        for (Deployment d : deployments()) {
                            context.getClient().resource(d).patchStatus();
                        }
                        if (store.getStatus() instanceof Service service) {
                            client.resource(service).serverSideApply();
                        }
                        var unknown = objects();
                        client.resource(unknown).create();
                        HasMetadata any = config;
                        client.resource(any).update();
                        deployments().forEach(each -> client.resource(each).delete());
                        client.resource(store).patchStatus();
                        new Writer(client).write(null);
                        return UpdateControl.noUpdate();
                    }

                    void rollOut(Deployment web) {
                        client.resource(web).patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), web);
                        ConfigMap template = new ConfigMap();
                        client.resource(template).create(); // the local, not the field
                    }

                    List<Deployment> deployments() {
                        return List.of();
                    }
                }
                """);
        // A field of a base reconciler of the sources.
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), sources
                .get(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"))
                .replace("public class StoreReconciler implements", "public class StoreReconciler extends Base implements")
                .replace("client.resource(store).patchStatus();", "client.resource(store).patchStatus();\n"
                        + "        client.resource(account).createOr(NonDeletingOperation::patch);"));
        sources.put(ROOT.resolve("com/example/shop/controller/Base.java"), """
                package com.example.shop.controller;

                abstract class Base {
                    protected io.fabric8.kubernetes.api.model.ServiceAccount account;
                }
                """);
        // A parameter's type, in a file the fast reader takes.
        sources.put(ROOT.resolve("com/example/shop/controller/Writer.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
                import io.fabric8.kubernetes.client.KubernetesClient;

                class Writer {
                    private final KubernetesClient client;

                    Writer(KubernetesClient client) {
                        this.client = client;
                    }

                    void write(PersistentVolumeClaim claim) {
                        client.resource(claim).serverSideApply();
                    }
                }
                """);
        String role = role(sources, warnings);
        assertTrue(role.contains("  - configmaps\n  verbs:\n  - create\n  - get\n  - update\n"), role);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - delete\n"), role);
        assertTrue(role.contains("  - serviceaccounts\n  verbs:\n  - create\n  - get\n  - patch\n"), role);
        assertTrue(role.contains("  - persistentvolumeclaims\n  - services\n  verbs:\n  - create\n  - patch\n"), role);
        assertTrue(role.contains("- apps\n  resources:\n  - deployments/status\n  verbs:\n  - patch\n"), role);
        assertTrue(role.contains("- apps\n  resources:\n  - deployments\n  verbs:\n  - create\n  - patch\n"), role);
        assertTrue(role.contains("  - stores/status\n  verbs:\n  - patch\n"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(unnamed(file, 36, "resource", "create"), unnamed(file, 38, "resource", "update"),
                unnamed(file, 39, "resource", "delete")), warnings);
    }

    @Test
    void anObjectMadeForTheClientIsOfTheKindItsMakingSays() {
        List<String> warnings = new ArrayList<>();
        Map<Path, String> sources = sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.api.model.SecretBuilder;
                import io.fabric8.kubernetes.api.model.Service;
                import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler extends Base implements Reconciler<Store> {
                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        var client = context.getClient();
                        client.resource(desired(store)).serverSideApply();
                        client.resource(new SecretBuilder().withNewMetadata().withName("a").endMetadata().build()).create();
                        var web = new DeploymentBuilder().build();
                        client.resource(web).update();
                        client.resource((Service) object()).delete();
                        client.resource(this.account()).createOr(NonDeletingOperation::patch);
                        new Writer(client).write();
                        // What the code does not say: overloads of other types, a type variable, HasMetadata.
                        client.resource(either(1)).delete();
                        client.resource(generic()).create();
                        client.resource(object()).create();
                        return UpdateControl.noUpdate();
                    }

                    private ConfigMap desired(Store store) {
                        return new ConfigMap();
                    }

                    private HasMetadata object() {
                        return null;
                    }

                    private ConfigMap either(int i) {
                        return null;
                    }

                    private Secret either(String s) {
                        return null;
                    }

                    private <T extends HasMetadata> T generic() {
                        return null;
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Base.java"), """
                package com.example.shop.controller;

                abstract class Base {
                    protected io.fabric8.kubernetes.api.model.ServiceAccount account() {
                        return null;
                    }
                }
                """);
        // In a file the fast reader takes.
        sources.put(ROOT.resolve("com/example/shop/controller/Writer.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
                import io.fabric8.kubernetes.api.model.PodBuilder;
                import io.fabric8.kubernetes.client.KubernetesClient;

                class Writer {
                    private final KubernetesClient client;

                    Writer(KubernetesClient client) {
                        this.client = client;
                    }

                    void write() {
                        client.resource(new PodBuilder().withNewMetadata().endMetadata().build()).create();
                        client.resource(claim()).delete();
                    }

                    PersistentVolumeClaim claim() {
                        return new PersistentVolumeClaim();
                    }
                }
                """);
        String role = role(sources, warnings);
        assertTrue(role.contains("  - configmaps\n  verbs:\n  - create\n  - patch\n"), role);
        assertTrue(role.contains("  - pods\n  - secrets\n  verbs:\n  - create\n"), role);
        assertTrue(role.contains("- apps\n  resources:\n  - deployments\n  verbs:\n  - get\n  - update\n"), role);
        assertTrue(role.contains("  - persistentvolumeclaims\n  - services\n  verbs:\n  - delete\n"), role);
        assertTrue(role.contains("  - serviceaccounts\n  verbs:\n  - create\n  - get\n  - patch\n"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(unnamed(file, 26, "resource", "delete"), unnamed(file, 27, "resource", "create"),
                unnamed(file, 28, "resource", "create")), warnings);
    }

    @Test
    void aChainInAClassNoneIsSeenToUseIsNotSaidWhereAMarkerElsewhereGrantsWhatItNeeds() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        String lister = """
                package com.example.shop.controller;

                final class Lister {
                    static int count(KubernetesClient client) {
                        return client.pods().inNamespace("a").list().getItems().size();
                    }
                }
                """;
        sources.put(ROOT.resolve("com/example/shop/controller/Lister.java"), lister);
        List<String> warnings = new ArrayList<>();
        role(sources, warnings);
        assertEquals(1, warnings.size(), warnings::toString);
        // The marker is on another class: granted before the chains are judged, it answers the warning.
        sources.put(ROOT.resolve("com/example/shop/controller/Lister.java"), lister.replace("final class Lister",
                "// +opctl:rbac:groups=core,resources=pods,verbs=get;list\nfinal class Lister"));
        warnings.clear();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("  - pods\n  verbs:\n  - get\n  - list\n"), role);
    }

    @Test
    void aChainInAClassNoneIsSeenToUseIsSaidInAnOperatorLimitedToNamespacesThoughItsRoleHasTheVerb() {
        // Bound in its namespaces only, the role does not give what the same verb needs in every namespace: what
        // to mend is where the call works, not the role, which a marker would change (trial /tmp/trial35 #5).
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/Lister.java"), """
                package com.example.shop.controller;

                final class Lister {
                    static int count(KubernetesClient client) {
                        return client.resources(com.example.shop.api.shop.v1.Store.class).inAnyNamespace().list()
                                .getItems().size();
                    }

                    static int inTeamA(KubernetesClient client) {
                        return client.resources(com.example.shop.api.shop.v1.Store.class).inNamespace("team-a").list()
                                .getItems().size();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        RbacGenerator.role(limited, ROOT, sources, List::of, warnings::add);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/Lister.java") + ":5: list() in every "
                + "namespace, and the operator is limited to namespaces (team-a), whose RoleBindings grant nothing "
                + "outside them: the call fails; use inNamespace(...)"), warnings);
    }

    @Test
    void aChainOnTheClientOfAClusterScopedKindOrEveryNamespaceInAnOperatorLimitedToNamespacesIsSaid() {
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        List<String> warnings = new ArrayList<>();
        String role = RbacGenerator.role(limited, ROOT, withStatements("""
                        context.getClient().nodes().list();
                        context.getClient().apiextensions().v1().customResourceDefinitions().withName("x").get();
                        context.getClient().configMaps().inAnyNamespace().list();
                        context.getClient().secrets().inNamespace("kube-system").withName("a").get();
                        context.getClient().secrets().withName("a").get();
                        // In the operator's namespaces, one a variable or an object gives: nothing to say.
                        context.getClient().secrets().inNamespace("team-a").withName("a").get();
                        context.getClient().secrets().inNamespace(store.getMetadata().getNamespace()).list();
                        context.getClient().secrets().resource(secret(store)).delete();
                        context.getClient().configMaps().create(config(store));
                        context.getClient().adapt(NamespacedKubernetesClient.class).inNamespace("team-a").pods().list();
                        context.getClient().pods().withName("p").edit(p -> p);
                        context.getClient().genericKubernetesResources("cert-manager.io/v1", "ClusterIssuer")
                                .withName("ca").get();
                """), List::of, warnings::add).content();
        assertTrue(role.contains("- nodes\n  verbs:\n  - list\n"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":11: nodes are cluster-scoped, and the operator is limited to namespaces (team-a), "
                + "whose RoleBindings grant nothing outside them: the call fails; keep the operator cluster-wide, or "
                + "do without them", file + ":12: customresourcedefinitions are cluster-scoped, and the operator is "
                + "limited to namespaces (team-a), whose RoleBindings grant nothing outside them: the call fails; keep "
                + "the operator cluster-wide, or do without them", file + ":13: list() in every namespace, and the "
                + "operator is limited to namespaces (team-a), whose RoleBindings grant nothing outside them: the call "
                + "fails; use inNamespace(...)", file + ":14: get() in namespace kube-system, and the operator is "
                + "limited to namespaces (team-a), whose RoleBindings grant nothing outside them: the call fails; use "
                + "one of them, or add kube-system to the operator's (opctl edit --namespaces)", file + ":15: get() in "
                + "the client's namespace (no inNamespace(...): the operator's own), and the operator is limited to "
                + "namespaces (team-a), whose RoleBindings grant nothing outside them: the call fails; use "
                + "inNamespace(...)", file + ":22: edit() in the client's namespace (no inNamespace(...): the "
                + "operator's own), and the operator is limited to namespaces (team-a), whose RoleBindings grant "
                + "nothing outside them: the call fails; use inNamespace(...)", file + ":23: get() in the client's "
                + "namespace (no inNamespace(...): the operator's own) if the kind is namespaced, which opctl cannot "
                + "tell of another API's, and the operator is limited to namespaces (team-a), whose RoleBindings grant "
                + "nothing outside them: the call fails; use inNamespace(...); if the kind is cluster-scoped, keep the "
                + "operator cluster-wide"), warnings);
    }

    @Test
    void aReconcilerRegisteredByHandThatWatchesOutsideTheNamespacesOfAnOperatorLimitedToSomeIsSaid() {
        // Nothing was said, and the operator failed to start with a 403 (trial /tmp/trial35 #1, the namespace
        // deletion sample's registration): JOSDK's default is every namespace, or @ControllerConfiguration's.
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/OperatorMain.java"), """
                package com.example.shop;

                import com.example.shop.controller.StoreReconciler;
                import io.javaoperatorsdk.operator.Operator;
                import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;

                public class OperatorMain {
                    static void register(Operator operator) {
                        operator.register(new StoreReconciler());
                        operator.register(new StoreReconciler(), ControllerConfigurationOverrider::watchingOnlyCurrentNamespace);
                        operator.register(new StoreReconciler(), o -> o.settingNamespace("kube-system"));
                        operator.register(new StoreReconciler(), o -> o.watchingAllNamespaces());
                        operator.register(new Current());
                        // The operator's namespaces, and the registry's: nothing to say.
                        operator.register(new StoreReconciler(), o -> o.settingNamespaces("team-a"));
                        operator.register(new Pinned());
                        ReconcilerRegistry.registerAll(operator);
                    }

                    @io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration(informer =
                            @io.javaoperatorsdk.operator.api.config.informer.Informer(namespaces = "team-a"))
                    static class Pinned extends StoreReconciler {
                    }

                    // JOSDK's constant (Debezium's reconciler; said to watch every namespace: trial40 L1).
                    @io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration(informer =
                            @io.javaoperatorsdk.operator.api.config.informer.Informer(namespaces =
                                    io.javaoperatorsdk.operator.api.reconciler.Constants.WATCH_CURRENT_NAMESPACE))
                    static class Current extends StoreReconciler {
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/ReconcilerRegistry.java"), """
                package com.example.shop;

                import io.javaoperatorsdk.operator.Operator;
                import java.util.Set;

                public final class ReconcilerRegistry {
                    public static final Set<String> NAMESPACES = Set.of("team-a");

                    public static void registerAll(Operator operator) {
                        operator.register(new com.example.shop.controller.StoreReconciler(),
                                config -> config.settingNamespaces(NAMESPACES));
                        // As it was before 'opctl edit --namespaces' rewrote it: opctl's, not said (regenerate.sh).
                        operator.register(new com.example.shop.controller.StoreReconciler());
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        RbacGenerator.role(limited, ROOT, sources, List::of, warnings::add);
        String file = ROOT.resolve("com/example/shop/OperatorMain.java").toString();
        String says = ", and the operator is limited to namespaces (team-a), whose RoleBindings grant nothing outside "
                + "them: it fails when the operator starts; register it with config -> config.settingNamespaces("
                + "ReconcilerRegistry.NAMESPACES), or add the others to the operator's (opctl edit --namespaces)";
        assertEquals(List.of(file + ":9: the reconciler registered here watches every namespace" + says,
                file + ":10: the reconciler registered here watches namespace the operator's own" + says,
                file + ":11: the reconciler registered here watches namespace kube-system" + says,
                file + ":12: the reconciler registered here watches every namespace" + says,
                file + ":13: the reconciler registered here watches namespace the operator's own" + says), warnings);
        // Cluster-wide, nothing to say.
        List<String> none = new ArrayList<>();
        RbacGenerator.role(PROJECT, ROOT, sources, List::of, none::add);
        assertEquals(List.of(), none);
    }

    @Test
    void aChainOnTheClientThatAMethodReturnsIsReadWhereItsCallersWorkOnIt() {
        // kas-fleetshard's AbstractAdminServer.adminServiceResource(k), called in the class and in a subclass
        // (trial46), trial45 L1's secrets(context, ns): nothing was granted, and the warning was at the return.
        Map<Path, String> sources = withStatements("""
                        secret(context, "old").delete();
                        service("web").get();
                        var kept = secret(context, "new");
                        kept.get();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class StoreReconciler", "public class StoreReconciler extends Base")
                        .replaceFirst("\n}\n$", """

                    private io.fabric8.kubernetes.client.dsl.Resource<io.fabric8.kubernetes.api.model.Secret> secret(
                            Context<Store> context, String name) {
                        return context.getClient().secrets().inNamespace("a").withName(name);
                    }
                }
                """));
        sources.put(ROOT.resolve("com/example/shop/controller/Base.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.Service;
                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.fabric8.kubernetes.client.dsl.Resource;

                public abstract class Base {
                    protected KubernetesClient client;

                    protected Resource<Service> service(String name) {
                        return client.services().inNamespace("a").withName(name);
                    }

                    protected void drop(String name) {
                        service(name).delete();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("delete", "get"), verbs(role, "", "secrets"), role); // get: kept in a variable
        assertEquals(List.of("delete", "get"), verbs(role, "", "services"), role);
    }

    @Test
    void aChainOnTheClientGivenToAMethodOfTheSourcesIsReadWhereItIsGiven() {
        // kas-fleetshard's OperandUtils.createOrUpdate(client.apps().deployments(), d) and its informer factory given
        // filter(client.configMaps()) (trial46 H1): nothing was granted, with a warning at each call.
        Map<Path, String> sources = withStatements("""
                        Ops.createOrUpdate(context.getClient().apps().deployments(), null);
                        informers.create(filter(context.getClient().configMaps()));
                        clean(context.getClient().services());
                        var claims = context.getClient().persistentVolumeClaims();
                        clean(claims);
                        Ops.passOn(context.getClient().secrets());
                        java.util.List.of(context.getClient().pods());
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("Reconciler<Store> {\n", "Reconciler<Store> {\n    private final Informers informers = "
                        + "new Informers();\n\n").replaceFirst("\n}\n$", """

                    private static <T extends io.fabric8.kubernetes.api.model.HasMetadata>
                            io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable<T, ?, ?> filter(
                            io.fabric8.kubernetes.client.dsl.MixedOperation<T, ?, ?> op) {
                        return op.inAnyNamespace().withLabel("app", "shop");
                    }

                    private void clean(io.fabric8.kubernetes.client.dsl.MixedOperation<?, ?, ?> op) {
                        op.inNamespace("a").withName("old").delete();
                    }
                }
                """));
        sources.put(ROOT.resolve("com/example/shop/controller/Ops.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.client.dsl.MixedOperation;
                import io.fabric8.kubernetes.client.dsl.Resource;

                final class Ops {
                    static <T extends HasMetadata> T createOrUpdate(MixedOperation<T, ?, Resource<T>> resources, T r) {
                        Resource<T> named = resources.inNamespace("a").withName("x");
                        T done = named.lockResourceVersion("1").replace(r);
                        return done != null ? done : named.create(r);
                    }

                    static <T extends HasMetadata> void passOn(MixedOperation<T, ?, Resource<T>> resources) {
                        createOrUpdate(resources, null);
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Informers.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.client.dsl.Informable;
                import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

                class Informers {
                    <T> SharedIndexInformer<T> create(Informable<T> informable) {
                        return informable.inform();
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of("create", "update"), verbs(role, "apps", "deployments"), role);
        assertEquals(List.of("list", "watch"), verbs(role, "", "configmaps"), role);
        assertEquals(List.of("delete"), verbs(role, "", "services"), role);
        // Kept in a local variable, and given (Flink's jmDeployment, kas-fleetshard's informers' filters).
        assertEquals(List.of("delete"), verbs(role, "", "persistentvolumeclaims"), role);
        // A chain a method passes on to another is not read (one level), nor one given to a method of a library.
        assertEquals(List.of(), verbs(role, "", "secrets"), role);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("StoreReconciler.java:18: a chain of calls on the client of secrets ends at "
                + "secrets()"), warnings.toString());
        assertTrue(warnings.get(1).contains("StoreReconciler.java:19: a chain of calls on the client of pods ends at "
                + "pods()"), warnings.toString());
    }

    @Test
    void josdk4sInformersAndDependentsAreSaid() {
        // Gerrit's operator (JOSDK 4.9, trial48): InformerConfiguration.from(Secret.class, context) and
        // @ControllerConfiguration(dependents = ...) granted nothing, silently; JOSDK 5.2.3 has neither.
        Map<Path, String> sources = withStatements("""
                        var secrets = io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration.from(
                                io.fabric8.kubernetes.api.model.Secret.class, null).build();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class StoreReconciler", """
                        @io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration(dependents = {
                                @io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent(type = Object.class)})
                        public class StoreReconciler"""));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of("list", "watch"), verbs(role, "", "secrets"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":13: InformerConfiguration.from(...) is JOSDK 4's, which JOSDK 5.2.3 does not have "
                + "(the build fails on it): write InformerEventSourceConfiguration.from(K.class, P.class); opctl grants "
                + "the informer's list and watch either way", file + ":8: @ControllerConfiguration(dependents = ...) is "
                + "JOSDK 4's, which JOSDK 5.2.3 does not have (the build fails on it), and opctl does not read what a "
                + "workflow of them does (a reconcilePrecondition's deletes, a finalizer); move them to "
                + "@Workflow(dependents = ...), which opctl reads"), warnings);
    }

    @Test
    void aMethodOfTheReconcilersOwnNamedAsAStatusWriteIsNotOne() {
        // Gerrit's reconcilers: UpdateControl.patchStatus(updateStatus(gerrit, context)), updateStatus their own
        // method building the status (trial48 M1), granted the primary's /status update, silently.
        Map<Path, String> sources = reconciler("", "UpdateControl.patchStatus(updateStatus(store, 1))");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replaceFirst("\n}\n$", """

                    private Store updateStatus(Store store, int generation) {
                        return store;
                    }
                }
                """));
        String role = role(sources);
        assertEquals(List.of("patch"), verbs(role, "shop.example.com", "stores/status"), role);
        // JOSDK 4's UpdateControl.updateStatus(store) is a status update (PUT), its own or not.
        assertEquals(List.of("update"), verbs(role(reconciler("", "UpdateControl.updateStatus(store)")),
                "shop.example.com", "stores/status"));
    }

    @Test
    void aMethodOfAClassOfTheSourcesNamedAsAStatusWriteIsNotOneOfThePrimarysStatus() {
        // kas-fleetshard's resource clients (trial46 M1): secretClient.replaceStatus(s) granted the primary's
        // /status update, silently; the method is the class's, read as a helper's code.
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("Reconciler<Store> {\n", "Reconciler<Store> {\n    private final SecretStore secrets = "
                        + "new SecretStore(null);\n\n").replace("        return UpdateControl.noUpdate();", "        "
                        + "secrets.replaceStatus(new io.fabric8.kubernetes.api.model.Secret());\n        return "
                        + "UpdateControl.noUpdate();"));
        sources.put(ROOT.resolve("com/example/shop/controller/SecretStore.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.client.KubernetesClient;

                public class SecretStore {
                    private final KubernetesClient client;

                    public SecretStore(KubernetesClient client) {
                        this.client = client;
                    }

                    public void replaceStatus(Secret secret) {
                        client.secrets().resource(secret).get();
                    }
                }
                """);
        String role = role(sources);
        assertTrue(sources.get(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"))
                .contains("        secrets.replaceStatus("), role);
        assertEquals(List.of(), verbs(role, "shop.example.com", "stores/status"), role);
        assertEquals(List.of("get"), verbs(role, "", "secrets"), role);
    }

    @Test
    void anOperatorBoundClusterWideWhoseEveryControllerWatchesOnlyItsOwnNamespaceIsToldHowToGrantOnlyThere() {
        // Microcks' reconcilers (trial43 L2), JOSDK's sample of a controller's namespace (trial35 #4): said nothing.
        String current = """
                @io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration(informer =
                        @io.javaoperatorsdk.operator.api.config.informer.Informer(namespaces =
                                io.javaoperatorsdk.operator.api.reconciler.Constants.WATCH_CURRENT_NAMESPACE))
                public class""";
        Map<Path, String> sources = sources(RECONCILER.formatted("", "UpdateControl.noUpdate()")
                .replace("public class", current));
        sources.put(ROOT.resolve("com/example/shop/controller/Other.java"), RECONCILER.formatted("", "null")
                .replace("public class StoreReconciler", current + " Other"));
        List<String> warnings = new ArrayList<>();
        role(sources, warnings);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/Other.java") + ":8: every controller (Other, "
                + "StoreReconciler) watches only the operator's own namespace (@Informer(namespaces = "
                + "WATCH_CURRENT_NAMESPACE)), and the role is bound cluster-wide, which grants it in every namespace; "
                + "to grant it only where the operator runs, limit the operator to its namespace, opctl edit "
                + "--namespaces shop-operator-system (opctl generate then says what the code does in others)"), warnings);
        // Limited to it, or with a controller that watches elsewhere (every namespace, JOSDK's default): nothing.
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n",
                "namespaces:\n- shop-operator-system\nresources:\n"), "PROJECT");
        List<String> none = new ArrayList<>();
        RbacGenerator.role(limited, ROOT, sources, List::of, none::add);
        sources.put(ROOT.resolve("com/example/shop/controller/Other.java"), RECONCILER.formatted("", "null")
                .replace("StoreReconciler", "Other"));
        role(sources, none);
        assertEquals(List.of(), none);
    }

    @Test
    void anInformerOfNamespacesOutsideThoseOfAnOperatorLimitedToSomeIsSaid() {
        ProjectFile limited = ProjectFile.parse(PROJECT.toYaml().replace("resources:\n", "namespaces:\n- team-a\n"
                + "resources:\n"), "PROJECT");
        Map<Path, String> sources = withStatements("""
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withNamespaces("team-a", "b");
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withNamespaces(Set.of("c"));
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withWatchAllNamespaces();
                        InformerEventSourceConfiguration.from(Secret.class, Store.class)
                                .withNamespaces(Constants.WATCH_ALL_NAMESPACES);
                        InformerEventSourceConfiguration.from(Secret.class, Store.class)
                                .withNamespaces(WATCH_CURRENT_NAMESPACE);
                        InformerEventSourceConfiguration.from(Secret.class, Store.class)
                                .withNamespaces(Set.of(Constants.WATCH_ALL_NAMESPACES));
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withNamespaces(Teams.B);
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withNamespaces(Set.of(Teams.A));
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withNamespaces(WATCH_ALL_NAMESPACE_SET);
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withWatchCurrentNamespace();
                        // Those of the operator, the controller's, and namespaces opctl cannot read: nothing to say.
                        InformerEventSourceConfiguration.from(Secret.class, Store.class).withNamespaces(Set.of("team-a"));
                        InformerEventSourceConfiguration.from(Secret.class, Store.class)
                                .withNamespaces(ReconcilerRegistry.NAMESPACES).withNamespacesInheritedFromController();
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import io.javaoperatorsdk.operator.api.config.informer.Informer;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

                @KubernetesDependent(informer = @Informer(namespaces = {Teams.A, "platform"}))
                public class StoreConfig extends io.javaoperatorsdk.operator.processing.dependent.kubernetes
                        .CRUDKubernetesDependentResource<io.fabric8.kubernetes.api.model.ConfigMap, Store> {
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/Teams.java"), """
                package com.example.shop.controller;

                final class Teams {
                    static final String A = "team-a";
                    static final String B = "team-" + "b";
                }
                """);
        List<String> warnings = new ArrayList<>();
        RbacGenerator.role(limited, ROOT, sources, List::of, warnings::add);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        String says = ", and the operator is limited to namespaces (team-a), whose RoleBindings grant nothing outside "
                + "them: it fails when the operator starts; watch only those namespaces, or add the others to the "
                + "operator's (opctl edit --namespaces)";
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreConfig.java") + ":6: an informer watches "
                        + "namespace platform" + says,
                file + ":11: an informer watches namespace b" + says,
                file + ":12: an informer watches namespace c" + says,
                file + ":13: an informer watches every namespace" + says,
                file + ":14: an informer watches every namespace" + says,
                file + ":16: an informer watches namespace the operator's own" + says,
                file + ":18: an informer watches every namespace" + says,
                file + ":20: an informer watches namespace team-b" + says,
                file + ":22: an informer watches every namespace" + says,
                file + ":23: an informer watches namespace the operator's own" + says),
                warnings.stream().filter(w -> w.contains("an informer")).sorted().toList());
        // Cluster-wide, an informer may watch any namespace.
        warnings.clear();
        RbacGenerator.role(PROJECT, ROOT, sources, List::of, warnings::add);
        assertEquals(List.of(), warnings.stream().filter(w -> w.contains("an informer")).toList());
    }

    @Test
    void callsAndSupertypesInCommentsAndStringsGrantNothing() {
        String role = role(withStatements("""
                        // UpdateControl.patchStatus(store) once the status is written
                        String note = "implements Cleaner<Store>, patchResource(store), InformerEventSourceConfiguration"
                                + ".from(ConfigMap.class";
                        /* context.getClient().resource(store).updateStatus(); */
                """));
        assertEquals(rules(role(reconciler("", "UpdateControl.noUpdate()"))), rules(role), role);
    }

    @Test
    void aMarkerInAStringGrantsNothingAndOneInAMethodBodyDoes() {
        String role = role(withStatements("""
                        String text = \"""
                                +opctl:rbac:groups=core,resources=secrets,verbs=get
                                \""";
                        // +opctl:rbac:groups=core,resources=events,verbs=create
                        /// Java 23's Markdown doc comment: a marker there grants too.
                        /// +opctl:rbac:groups=core,resources=pods,verbs=delete
                """));
        assertFalse(role.contains("secrets"), role);
        assertTrue(role.contains("- events\n  verbs:\n  - create\n"), role);
        assertTrue(role.contains("- pods\n  verbs:\n  - delete\n"), role);
    }

    @Test
    void namesImportedOnDemandOrQualifiedAreResolved() {
        Map<Path, String> sources = new LinkedHashMap<>();
        sources.put(ROOT.resolve("com/example/shop/api/shop/v1/Store.java"), """
                package com.example.shop.api.shop.v1;

                public class Store extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.*;
                import io.javaoperatorsdk.operator.api.reconciler.*;

                public class StoreReconciler implements Reconciler<Store>,
                        io.javaoperatorsdk.operator.api.reconciler.Cleaner<Store> {
                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        return UpdateControl.patchStatus(store);
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreDeployment.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.apps.*;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.*;

                public class StoreDeployment extends CRUDKubernetesDependentResource<Deployment, Store> {
                    Object secrets = io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration
                            .from(io.fabric8.kubernetes.api.model.Secret.class, Store.class);
                }
                """);
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - secrets
                  verbs:
                  - list
                  - watch
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - create
                  - list
                  - patch
                  - watch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - get
                  - list
                  - patch
                  - watch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores/status
                  verbs:
                  - patch
                """, rules(role(sources)));
    }

    @Test
    void aDependentsKindIsFoundThroughItsSuperclassesInTheSources() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/Owned.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

                abstract class Owned<R extends io.fabric8.kubernetes.api.model.HasMetadata>
                        extends CRUDKubernetesDependentResource<R, Store> {
                    static void own(io.fabric8.kubernetes.api.model.HasMetadata owned, Store store) {
                        owned.addOwnerReference(store).setBlockOwnerDeletion(true);
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.ConfigMap;

                class StoreConfig extends Owned<ConfigMap> {
                }
                """);
        String role = role(sources);
        // A ConfigMap: created and replaced, not applied; of Stores, whose deletion the base class's reference blocks.
        assertTrue(role.contains("- configmaps\n  verbs:\n  - create\n  - list\n  - update\n  - watch\n"), role);
        assertTrue(role.contains("- stores/finalizers\n  verbs:\n  - update\n"), role);
    }

    @Test
    void anObjectOfATypeVariableIsToldToNameItsKindNotToAnnotateAClass() {
        // "opctl reads a kind from fabric8's @Group and @Version on its class": T has none (trial /tmp/trial31 #10).
        List<String> warnings = new ArrayList<>();
        role(sources(RECONCILER.formatted("", "UpdateControl.noUpdate()").replace("    @Override", """
                    static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T apply(
                            io.fabric8.kubernetes.client.KubernetesClient c, T obj) {
                        return c.resource(obj).serverSideApply();
                    }

                    @Override""")), warnings);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":11: opctl cannot "
                + "tell the kind of what is given to resource(...), and grants nothing for serverSideApply(); name its "
                + "kind (a variable declared with its class, ConfigMap x; client.resources(K.class).resource(x); "
                + "client.configMaps().resource(x)), or grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=create;patch"), warnings);
    }

    @Test
    void aReadinessCheckReadsAndALogReaderReadsTheLog() {
        // Said to be unknown (trial /tmp/trial31 #8): isReady() is a get; getLogReader() and getLogInputStream()
        // read the log as getLog() does.
        List<String> warnings = new ArrayList<>();
        String role = role(withStatements("""
                        var client = context.getClient();
                        client.apps().statefulSets().inNamespace("a").withName("s").isReady();
                        client.pods().inNamespace("a").withName("p").inContainer("c").tailingLines(10).getLogReader();
                        client.pods().inNamespace("a").withName("p").getLogInputStream();
                """), warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("- apps\n  resources:\n  - statefulsets\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("  - pods\n  verbs:\n  - list\n  - watch\n"), role);
        assertTrue(role.contains("  - pods/log\n  verbs:\n  - get\n"), role);
    }

    @Test
    void aRollingUpdateOfFabric8sOwnIsSaidNotGranted() {
        // rolling().edit(...) of a replica set is fabric8's RollingUpdater: replica sets created, scaled and
        // deleted, pods read and replaced. It got get and patch (trial /tmp/trial31 #5); a deployment's is a patch.
        List<String> warnings = new ArrayList<>();
        String role = role(withStatements("""
                        var client = context.getClient();
                        client.apps().replicaSets().inNamespace("a").withName("rs").rolling().edit(rs -> rs);
                        client.apps().deployments().inNamespace("a").withName("d").rolling().edit(d -> d);
                """), warnings);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":12: opctl does not know what edit() on a chain of calls on the client of "
                + "replicasets asks the API server, and grants nothing for it; grant it by a marker, "
                + "// +opctl:rbac:groups=apps,resources=replicasets,verbs=..."), warnings);
        assertFalse(role.contains("replicasets"), role);
        assertTrue(role.contains("- apps\n  resources:\n  - deployments\n  verbs:\n  - get\n  - patch\n"), role);
    }

    @Test
    void externalDependentsThatDeleteGetTheFinalizerAndTheirStateItsWrites() {
        // JOSDK's DependentResourceWithExplicitState and CRUDExternalBulkDependentResource are Deleters: a workflow
        // of them adds a finalizer to the primary; and the first keeps its state in a ConfigMap that JOSDK creates
        // and deletes (trial /tmp/trial32 #1, #2: 403 on a real API server, the primary never deleted).
        Map<Path, String> sources = new LinkedHashMap<>();
        sources.put(ROOT.resolve("com/example/shop/controller/StateReconciler.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
                import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
                import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import io.javaoperatorsdk.operator.api.reconciler.Workflow;
                import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
                import io.javaoperatorsdk.operator.processing.dependent.DependentResourceWithExplicitState;
                import io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource;
                import io.javaoperatorsdk.operator.processing.event.source.EventSource;
                import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
                import java.util.List;
                import java.util.Map;
                import java.util.Set;

                /** JOSDK's external-state pattern: the external resource's id is kept in a ConfigMap JOSDK creates and deletes. */
                @Workflow(dependents = @Dependent(type = StateReconciler.BucketDep.class))
                @ControllerConfiguration(name = "state")
                public class StateReconciler implements Reconciler<Store> {
                    @Override
                    public List<EventSource<?, Store>> prepareEventSources(EventSourceContext<Store> context) {
                        return List.of(new InformerEventSource<>(InformerEventSourceConfiguration.from(ConfigMap.class, Store.class).build(), context));
                    }

                    @Override
                    public UpdateControl<Store> reconcile(Store d, Context<Store> context) {
                        return UpdateControl.noUpdate();
                    }

                    public record Bucket(String id) { }

                    public static class BucketDep extends PerResourcePollingDependentResource<Bucket, Store, String>
                            implements DependentResourceWithExplicitState<Bucket, Store, ConfigMap> {
                        public BucketDep() { super(Bucket.class, Bucket::id); }

                        @Override
                        public Set<Bucket> fetchResources(Store d) { return Set.of(); }

                        @Override
                        protected Bucket desired(Store d, Context<Store> c) { return new Bucket(d.getMetadata().getName()); }

                        @Override
                        public Bucket create(Bucket desired, Store d, Context<Store> c) { return desired; }

                        @Override
                        protected void handleDelete(Store d, Bucket b, Context<Store> c) { }

                        @Override
                        public Class<ConfigMap> stateResourceClass() { return ConfigMap.class; }

                        @Override
                        public ConfigMap stateResource(Store d, Bucket b) {
                            return new ConfigMapBuilder().withNewMetadata().withName(d.getMetadata().getName())
                                .withNamespace(d.getMetadata().getNamespace()).endMetadata()
                                .withData(Map.of("id", b.id())).build();
                        }
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/ExtBulkReconciler.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import io.javaoperatorsdk.operator.api.reconciler.Workflow;
                import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
                import io.javaoperatorsdk.operator.processing.ResourceIDProvider;
                import io.javaoperatorsdk.operator.processing.dependent.CRUDExternalBulkDependentResource;
                import io.javaoperatorsdk.operator.processing.dependent.external.PollingDependentResource;
                import io.javaoperatorsdk.operator.processing.event.ResourceID;
                import java.util.Map;
                import java.util.Set;

                @Workflow(dependents = @Dependent(type = ExtBulkReconciler.Buckets.class))
                @ControllerConfiguration(name = "extbulk")
                public class ExtBulkReconciler implements Reconciler<Store> {
                    @Override
                    public UpdateControl<Store> reconcile(Store e, Context<Store> context) { return UpdateControl.noUpdate(); }

                    public record Bucket(String id) implements ResourceIDProvider<String> {
                        @Override public String resourceId() { return id; }
                    }

                    public static class Buckets extends PollingDependentResource<Bucket, Store, String>
                            implements CRUDExternalBulkDependentResource<Bucket, Store, String> {
                        public Buckets() { super(Bucket.class); }
                        @Override public Map<ResourceID, Set<Bucket>> fetchResources() { return Map.of(); }
                        @Override public Map<String, Bucket> desiredResources(Store e, Context<Store> c) { return Map.of(); }
                        @Override public Bucket create(Bucket d, Store e, Context<Store> c) { return d; }
                        @Override public Bucket update(Bucket a, Bucket d, Store e, Context<Store> c) { return d; }
                        @Override public void handleDeleteTargetResource(Store e, Bucket b, String key, Context<Store> c) { }
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - create
                  - delete
                  - list
                  - watch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - get
                  - list
                  - patch
                  - watch
                """, rules(role));
    }

    @Test
    void checkingTheCrdsWhenTheOperatorStartsReadsThem() {
        // JOSDK reads each primary's CRD as it starts: without get, the operator does not start
        // (trial /tmp/trial32 #3).
        String role = role(withStatements("""
                        new io.javaoperatorsdk.operator.Operator(o -> o.checkingCRDAndValidateLocalModel(true));
                """));
        assertTrue(role.contains("- apiextensions.k8s.io\n  resources:\n  - customresourcedefinitions\n  verbs:\n"
                + "  - get\n"), role);
        assertFalse(role(withStatements("""
                        new io.javaoperatorsdk.operator.Operator(o -> o.checkingCRDAndValidateLocalModel(false));
                """)).contains("customresourcedefinitions"));
    }

    @Test
    void anInformerFactoryKeptInAFieldOrAVariableListsAndWatches() {
        // fabric8's usual style, one factory for several informers, got nothing and no warning (trial
        // /tmp/trial34 #1): sharedIndexInformerFor lists, then watches, its kind.
        List<String> warnings = new ArrayList<>();
        String role = role(sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.api.model.apps.DaemonSet;
                import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.fabric8.kubernetes.client.informers.SharedInformerFactory;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler implements Reconciler<Store> {
                    private final SharedInformerFactory factory;

                    StoreReconciler(KubernetesClient kube) {
                        this.factory = kube.informers();
                        factory.sharedIndexInformerFor(ReplicaSet.class, 0);
                    }

                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        var informers = context.getClient().informers();
                        informers.sharedIndexInformerFor(DaemonSet.class, 0);
                        SharedInformerFactory typed = context.getClient().informers();
                        typed.inNamespace("a").sharedIndexInformerFor(Secret.class, 0);
                        return UpdateControl.noUpdate();
                    }
                }
                """), warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("list", "watch"), verbs(role, "apps", "replicasets"));
        assertEquals(List.of("list", "watch"), verbs(role, "apps", "daemonsets"));
        assertEquals(List.of("list", "watch"), verbs(role, "", "secrets"));
    }

    @Test
    void theClientsResourceGivenToAStreamsOrAnOptionalsMapWorksOnEachElement() {
        // Nothing granted and no warning (trial /tmp/trial34 #2): each element is given to client.resource(x),
        // then worked on as the method reference after the map says.
        List<String> warnings = new ArrayList<>();
        String role = role(sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
                import io.fabric8.kubernetes.api.model.Secret;
                import io.fabric8.kubernetes.api.model.ServiceAccount;
                import io.fabric8.kubernetes.client.KubernetesClient;
                import io.fabric8.kubernetes.client.dsl.Resource;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
                import java.util.List;
                import java.util.Optional;

                public class StoreReconciler implements Reconciler<Store> {
                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        KubernetesClient client = context.getClient();
                        List<Secret> secrets = List.of();
                        secrets.stream().filter(s -> s != null).map(client::resource).forEach(Resource::delete);
                        List<ConfigMap> maps = List.of();
                        maps.stream().map(context.getClient()::resource).forEach(r -> r.serverSideApply());
                        Optional.of(new ServiceAccount()).map(client::resource).map(Resource::get);
                        Optional.ofNullable(store.getStatus()).map(s -> new PersistentVolumeClaim())
                                .map(client::resource).ifPresent(Resource::delete);
                        return UpdateControl.noUpdate();
                    }
                }
                """), warnings);
        assertEquals(List.of("delete"), verbs(role, "", "secrets"));
        assertEquals(List.of("create", "patch"), verbs(role, "", "configmaps"));
        assertEquals(List.of("get"), verbs(role, "", "serviceaccounts"));
        // Elements of a type opctl does not tell (what a lambda returns): said.
        assertEquals(List.of(), verbs(role, "", "persistentvolumeclaims"));
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":25: a method of "
                + "the client is given as a function (client::resource), and what is done with it is not read: opctl "
                + "grants nothing for it (it reads map(client::resource) of a stream or Optional of a type it can "
                + "tell, List<Secret> secrets, followed by a method reference to an operation, "
                + "forEach(Resource::delete)); grant it by a marker on the line before, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=..."), warnings);
    }

    @Test
    void runningAPodScalingByAScaleAndReadingAFileOfAPodAskWhatFabric8Asks() {
        // trial /tmp/trial34 #3 (nothing granted for run().done(), which creates the pod), #6 (scale(Scale)
        // PUTs the scale only; scale(n) reads the object and its scale) and #7 (read() of a file is an exec).
        List<String> warnings = new ArrayList<>();
        String role = role(withStatements("""
                        var client = context.getClient();
                        client.run().inNamespace("a").withName("runner").withImage("busybox").done();
                        client.replicationControllers().inNamespace("a").withName("rc")
                                .scale(new io.fabric8.kubernetes.api.model.autoscaling.v1.Scale());
                        client.apps().statefulSets().inNamespace("a").withName("s").scale(2);
                        client.pods().inNamespace("a").withName("p").file("/etc/hosts").read();
                """), warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("create", "get", "list", "watch"), verbs(role, "", "pods"));
        assertEquals(List.of("create", "get"), verbs(role, "", "pods/exec"));
        assertEquals(List.of(), verbs(role, "", "replicationcontrollers"));
        assertEquals(List.of("update"), verbs(role, "", "replicationcontrollers/scale"));
        assertEquals(List.of("get"), verbs(role, "apps", "statefulsets"));
        assertEquals(List.of("get", "update"), verbs(role, "apps", "statefulsets/scale"));
    }

    @Test
    void anObjectOfAModelBuilderImportedOnDemandIsOfItsClassesKind() {
        // "opctl cannot tell the kind of Deployment": its builder, imported on demand, was not resolved
        // (trial /tmp/trial34 #4); with the builder imported by name, it was.
        List<String> warnings = new ArrayList<>();
        String role = role(sources("""
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.apps.*;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler implements Reconciler<Store> {
                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        var client = context.getClient();
                        client.resource(new DeploymentBuilder().withNewMetadata().withName("d").endMetadata().build())
                                .create();
                        var replicas = new ReplicaSetBuilder().build();
                        client.resource(replicas).delete();
                        return UpdateControl.noUpdate();
                    }
                }
                """), warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("create"), verbs(role, "apps", "deployments"));
        assertEquals(List.of("delete"), verbs(role, "apps", "replicasets"));
    }

    @Test
    void aLeaderElectionsLockGetsWhatItAsksFor() {
        // A reconciler's own leader election got nothing, and no warning (trial /tmp/trial31 #3): fabric8's
        // ResourceLock gets its object, creates it, and patches it (JSON merge) to renew.
        List<String> warnings = new ArrayList<>();
        String role = role(withStatements("""
                        var client = context.getClient();
                        client.leaderElector().withConfig(new LeaderElectionConfigBuilder().withName("shop")
                                .withLock(new LeaseLock(store.getMetadata().getNamespace(), "shop-leader", "me"))
                                .withLeaseDuration(Duration.ofSeconds(15)).withRenewDeadline(Duration.ofSeconds(10))
                                .withRetryPeriod(Duration.ofSeconds(2)).build()).build().start();
                        var old = new io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.ConfigMapLock(
                                "a", "b", "me");
                """), warnings);
        assertEquals(List.of(), warnings);
        assertTrue(role.contains("""
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - create
                  - get
                  - patch
                """), role);
        assertTrue(role.contains("""
                - apiGroups:
                  - coordination.k8s.io
                  resources:
                  - leases
                  verbs:
                  - create
                  - get
                  - patch
                """), role);
    }

    @Test
    void aPatchReadsTheObjectFirstOnlyWhereFabric8ComputesAJsonPatch() {
        // fabric8 7's HasMetadataOperation.patch(context, base, item) reads the object only for a JSON patch
        // without a base; a merge, strategic-merge or server-side-apply patch of an object is sent as it is
        // (get was granted for each; trial /tmp/trial31 #4).
        String role = role(withStatements("""
                        var client = context.getClient();
                        ServiceAccount account = new ServiceAccount();
                        client.serviceAccounts().inNamespace("a").resource(account).patch(PatchContext.of(PatchType.JSON_MERGE));
                        ResourceQuota quota = new ResourceQuota();
                        client.resourceQuotas().inNamespace("a").withName("q").patch(PatchContext.of(STRATEGIC_MERGE), quota);
                        LimitRange range = new LimitRange();
                        client.limitRanges().inNamespace("a").withName("r").patch(PatchContext.of(SERVER_SIDE_APPLY), range);
                        // Read first: a JSON patch against the server's, a named object's patch given as text, and a
                        // patch type or an object opctl cannot tell.
                        client.secrets().inNamespace("a").withName("s").patch(PatchContext.of(PatchType.JSON), new Secret());
                        client.configMaps().inNamespace("a").withName("c").patch(PatchContext.of(JSON_MERGE), "{}");
                        client.services().inNamespace("a").withName("s").patch(context(store), service(store));
                        client.endpoints().inNamespace("a").resource(endpoints(store)).patch(context(store));
                        // A text patch of an object given: patch("{...}") is patch(null, "{...}"), from the object.
                        client.pods().inNamespace("a").resource(new Pod()).patch("{}");
                        // An apply patch of a subresource creates nothing (trial /tmp/trial32 #7).
                        client.resource(store).subresource("status").patch(new PatchContext.Builder()
                                .withPatchType(PatchType.SERVER_SIDE_APPLY).withForce(true).build());
                """));
        assertEquals("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - limitranges
                  verbs:
                  - create
                  - patch
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  - endpoints
                  - secrets
                  - services
                  verbs:
                  - get
                  - patch
                - apiGroups:
                  - ""
                  resources:
                  - pods
                  - resourcequotas
                  - serviceaccounts
                  verbs:
                  - patch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores
                  verbs:
                  - list
                  - watch
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores/status
                  verbs:
                  - patch
                """, rules(role));
    }

    @Test
    void aKindNamedByStringsHasItsCrdsPlural() {
        // The API server gives fabric8 the plural of a kind named by strings: the CRD's, not one made of the
        // kind's name (criterions, gizmo's widgets; trial /tmp/trial31 #2).
        ProjectFile project = ProjectFile.parse(PROJECT.toYaml() + """
                - group: zoo.example.com
                  version: v1
                  kind: Criterion
                  plural: criteria
                  namespaced: true
                  package: com.example.shop.api.zoo.v1
                  api: true
                  storage: true
                - group: zoo.example.com
                  version: v1
                  kind: Widget
                  plural: gizmos
                  namespaced: true
                  package: com.example.shop.api.zoo.v1
                  api: true
                  storage: true
                """, "PROJECT");
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        client.genericKubernetesResources("zoo.example.com/v1", "Criterion").inNamespace("a").list();
                        client.genericKubernetesResources("hand.example.com/v1", "Foot").inNamespace("a").list();
                        client.genericKubernetesResources("v1", "Endpoints").inNamespace("a").withName("e").get();
                        client.genericKubernetesResources("other.io/v1", "Policy").inNamespace("a").withName("o").get();
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/WidgetCopy.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
                import io.javaoperatorsdk.operator.processing.GroupVersionKind;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource;

                class WidgetCopy extends GenericKubernetesDependentResource<Store>
                        implements Creator<GenericKubernetesResource, Store> {
                    WidgetCopy() {
                        super(new GroupVersionKind("zoo.example.com", "v1", "Widget"));
                    }
                }
                """);
        // A kind of the sources' own, not in PROJECT: its @Plural.
        sources.put(ROOT.resolve("com/example/shop/api/hand/Foot.java"), """
                package com.example.shop.api.hand;

                import io.fabric8.kubernetes.api.model.Namespaced;
                import io.fabric8.kubernetes.client.CustomResource;
                import io.fabric8.kubernetes.model.annotation.Group;
                import io.fabric8.kubernetes.model.annotation.Plural;
                import io.fabric8.kubernetes.model.annotation.Version;

                @Group("hand.example.com")
                @Version("v1")
                @Plural("feet")
                public class Foot extends CustomResource<Void, Void> implements Namespaced {
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), sources.get(ROOT.resolve(
                "com/example/shop/controller/StoreReconciler.java")).replace("implements Reconciler<Store> {",
                "implements Reconciler<Store> {\n    WidgetCopy copy;\n"));
        String role = RbacGenerator.role(project, ROOT, sources, List::of, message -> { }).content();
        assertTrue(role.contains("- zoo.example.com\n  resources:\n  - criteria\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("- hand.example.com\n  resources:\n  - feet\n  verbs:\n  - list\n"), role);
        assertTrue(role.contains("  - endpoints\n  verbs:\n  - get\n"), role);
        // Another project's kind: as fabric8 makes a plural of its name (the API server's is not known here).
        assertTrue(role.contains("- other.io\n  resources:\n  - policies\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("  - gizmos\n  verbs:\n  - create\n"), role);
        assertFalse(role.contains("criterions") || role.contains("foots") || role.contains("widgets"), role);
    }

    @Test
    void aDependentOfATypeParameterIsOfItsBoundAndAGenericOneIsSaid() {
        Map<Path, String> sources = withDependent("StoreConfig", """
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDNoGCKubernetesDependentResource;""",
                "<R extends ConfigMap> extends CRUDNoGCKubernetesDependentResource<R, Store>");
        sources.put(ROOT.resolve("com/example/shop/controller/StoreBackup.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
                import io.javaoperatorsdk.operator.api.reconciler.dependent.GarbageCollected;
                import io.javaoperatorsdk.operator.processing.GroupVersionKind;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource;

                class StoreBackup extends GenericKubernetesDependentResource<Store>
                        implements Creator<GenericKubernetesResource, Store>, GarbageCollected<Store> {
                    StoreBackup() {
                        super(new GroupVersionKind("velero.io", "v1", "Backup"));
                    }

                    static void own(GenericKubernetesResource backup, Store store) {
                        backup.addOwnerReference(store).setBlockOwnerDeletion(true);
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreArchive.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
                import io.javaoperatorsdk.operator.processing.GroupVersionKind;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource;

                class StoreArchive extends GenericKubernetesDependentResource<Store>
                        implements Creator<GenericKubernetesResource, Store> {
                    StoreArchive() {
                        super(Archives.KIND);
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("""
                  resources:
                  - configmaps
                  verbs:
                  - create
                  - delete
                  - list
                  - update
                  - watch
                """), role);
        assertTrue(role.contains("- stores/finalizers\n  verbs:\n  - update\n"), role);
        // A GroupVersionKind of literals names its kind; one made elsewhere is said.
        assertTrue(role.contains("- velero.io\n  resources:\n  - backups\n  verbs:\n  - create\n  - list\n"
                + "  - patch\n  - watch\n"), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreArchive.java") + ":9: opctl does not "
                + "read the kind a GenericKubernetesDependentResource is given but as new GroupVersionKind(...) of "
                + "string literals or String constants, and grants nothing for it; grant it by a marker, "
                + "// +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=create;list;patch;watch"), warnings);
    }

    @Test
    void anOwnerReferenceThatBlocksTheOwnersDeletionUpdatesItsFinalizers() {
        // fabric8's addOwnerReference sets no blockOwnerDeletion: nothing on the finalizers.
        Map<Path, String> sources = withStatements("""
                        ConfigMap settings = new ConfigMap();
                        settings.addOwnerReference(store);
                        context.getClient().configMaps().inNamespace("a").resource(settings).serverSideApply();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import com.example.shop.api.shop.v1.Store;\n"
                        + "import io.fabric8.kubernetes.api.model.ConfigMap;"));
        assertFalse(role(sources).contains("stores/finalizers"), role(sources));
        // One made blocking, as kubebuilder's SetControllerReference does, in a class the reconciler uses: the
        // API server takes it only from one that may update the Store's finalizers.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("settings.addOwnerReference(store);", "settings.addOwnerReference(Owners.of(store));"));
        sources.put(ROOT.resolve("com/example/shop/controller/Owners.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.HasMetadata;
                import io.fabric8.kubernetes.api.model.OwnerReference;
                import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;

                final class Owners {
                    static OwnerReference of(HasMetadata owner) {
                        return new OwnerReferenceBuilder().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                                .withController(true).withBlockOwnerDeletion(true).build();
                    }
                }
                """);
        assertTrue(role(sources).contains("  - stores/finalizers\n  verbs:\n  - update\n"), role(sources));
        // An owner whose kind the builder names in literals is of that kind, not the primary (trial38 M1: Apache
        // Spark's driver Pod owns its ConfigMaps): the API server asks for the Pod's finalizers.
        Map<Path, String> pod = new HashMap<>(sources);
        pod.computeIfPresent(ROOT.resolve("com/example/shop/controller/Owners.java"), (path, source) -> source.replace(
                ".withApiVersion(owner.getApiVersion()).withKind(owner.getKind())", ".withApiVersion(\"v1\").withKind(\"Pod\")"));
        assertFalse(role(pod).contains("stores/finalizers"), role(pod));
        assertEquals(List.of("update"), verbs(role(pod), "", "pods/finalizers"));
        pod.computeIfPresent(ROOT.resolve("com/example/shop/controller/Owners.java"), (path, source) -> source.replace(
                ".withApiVersion(\"v1\").withKind(\"Pod\")", ".withApiVersion(\"apps/v1\").withKind(\"Deployment\")"));
        assertEquals(List.of("update"), verbs(role(pod), "apps", "deployments/finalizers"));
        // Set in the reconciler's own code.
        sources.remove(ROOT.resolve("com/example/shop/controller/Owners.java"));
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("settings.addOwnerReference(Owners.of(store));",
                        "settings.addOwnerReference(store).setBlockOwnerDeletion(true);"));
        assertTrue(role(sources).contains("  - stores/finalizers\n  verbs:\n  - update\n"), role(sources));
        // fabric8's constructor of every field takes blockOwnerDeletion second; its other constructor does not.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("settings.addOwnerReference(store).setBlockOwnerDeletion(true);",
                        "settings.getMetadata().getOwnerReferences().add(new OwnerReference());")
                        .replace("import io.fabric8.kubernetes.api.model.ConfigMap;",
                                "import io.fabric8.kubernetes.api.model.ConfigMap;\n"
                                        + "import io.fabric8.kubernetes.api.model.OwnerReference;"));
        assertFalse(role(sources).contains("stores/finalizers"), role(sources));
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("new OwnerReference()", "new OwnerReference(store.getApiVersion(), true, true, "
                        + "store.getKind(), store.getMetadata().getName(), store.getMetadata().getUid())"));
        assertTrue(role(sources).contains("  - stores/finalizers\n  verbs:\n  - update\n"), role(sources));
        // Given false or null, each blocks nothing: no finalizers.
        for (String value : List.of("false", "null", "Boolean.FALSE")) {
            Map<Path, String> notBlocking = new HashMap<>(sources);
            notBlocking.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                    (path, source) -> source.replace("store.getApiVersion(), true, true,",
                            "store.getApiVersion(), " + value + ", true,"));
            assertFalse(role(notBlocking).contains("stores/finalizers"), role(notBlocking));
            notBlocking.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                    (path, source) -> source.replace("settings.getMetadata().getOwnerReferences().add(",
                            "settings.addOwnerReference(store).setBlockOwnerDeletion(" + value + ");\n        java.util.List.of("));
            assertFalse(role(notBlocking).contains("stores/finalizers"), role(notBlocking));
        }
    }

    @Test
    void aRawCallOnTheClientIsSaidUnlessAMarkerIsByIt() {
        Map<Path, String> sources = withStatements("""
                        String clusters = context.getClient().raw("/apis/example.com/v1/clusters");
                        // +opctl:rbac:groups=example.com,resources=widgets,verbs=list
                        context.getClient().raw("/apis/example.com/v1/widgets");
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("- example.com\n  resources:\n  - widgets\n  verbs:\n  - list\n"), role);
        assertEquals(List.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java") + ":11: opctl does not "
                + "read what the URL given to raw(...) asks of the API server, and grants nothing for it; grant it by a "
                + "marker on the line before, // +opctl:rbac:groups=GROUP,resources=PLURAL,verbs=... (or "
                + "urls=PATH,verbs=... for a path outside the API's resources)"), warnings);
    }

    @Test
    void aMarkerThatNamesAKindsSingularForItsResourceIsSaid() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class", "// +opctl:rbac:groups=apps,resources=deployment;deployments/scale,"
                        + "verbs=get\n// +opctl:rbac:groups=core,resources=pod/log;endpoints,verbs=get\npublic class"));
        List<String> warnings = new ArrayList<>();
        RbacGenerator.role(PROJECT, ROOT, sources, List::of, warnings::add);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(file + ":8: resources=deployment names no resource of apps: the API server names the "
                + "Deployment kind's deployments; write resources=deployments", file + ":9: resources=pod/log names no "
                + "resource of core: the API server names the Pod kind's pods; write resources=pods/log"), warnings);
    }

    @Test
    void writingBindingsOrRolesWithoutBindOrEscalateIsSaid() {
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        RoleBinding binding = null;
                        io.fabric8.kubernetes.api.model.rbac.Role role = null;
                        client.rbac().roleBindings().inNamespace("a").resource(binding).serverSideApply();
                        client.rbac().roles().inNamespace("a").resource(role).create();
                        client.rbac().clusterRoleBindings().withName("b").get();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import com.example.shop.api.shop.v1.Store;\n"
                        + "import io.fabric8.kubernetes.api.model.rbac.RoleBinding;"));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("  - rolebindings\n  verbs:\n  - create\n  - patch\n"), role);
        String marker = " on the roles by a marker, // +opctl:rbac:groups=rbac.authorization.k8s.io,resources=clusterroles,"
                + "verbs=%s,resourceNames=NAME (resources=roles for a Role), or what the role grants (opctl grants it "
                + "where the code writes each rule of string literals, new PolicyRuleBuilder().withApiGroups(\"\")...)";
        assertEquals(List.of("the operator may create, patch rolebindings, and the API server takes a binding of a role "
                + "only from one that holds every permission the role grants, or may bind it: grant bind"
                + marker.formatted("bind"), "the operator may create roles, and the API server takes a role only from "
                + "one that holds every permission it grants, or may escalate it: grant escalate"
                + marker.formatted("escalate")), warnings);
        // Markers that grant them, limited to the roles' names: nothing to say.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class", "// +opctl:rbac:groups=rbac.authorization.k8s.io,resources=clusterroles,"
                        + "verbs=bind,resourceNames=view\n// +opctl:rbac:groups=rbac.authorization.k8s.io,"
                        + "resources=roles,verbs=escalate\npublic class"));
        warnings.clear();
        role = RbacGenerator.role(PROJECT, ROOT, sources, List::of, warnings::add).content();
        assertTrue(role.contains("  resourceNames:\n  - view\n  resources:\n  - clusterroles\n  verbs:\n  - bind\n"),
                role);
        assertEquals(List.of(), warnings);
    }

    @Test
    void theRulesOfTheRolesTheCodeWritesAreTheOperatorsWhereOpctlReadsThemWhole() {
        // Debezium's operator writes a Role per resource that reads Secrets and ConfigMaps, and binds it: the API
        // server took neither, and only escalate and bind on every role silenced the warnings (trial40 M1).
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        var role = new io.fabric8.kubernetes.api.model.rbac.RoleBuilder()
                                .withRules(new PolicyRuleBuilder().withApiGroups("").withResources("secrets")
                                        .withVerbs("get", "list").build(),
                                        new PolicyRuleBuilder().withApiGroups("").withResources("configmaps")
                                        .withResourceNames(store.getMetadata().getName()).withVerbs(List.of("patch"))
                                        .build())
                                .addNewRule().withApiGroups("apps").withResources("deployments")
                                .withResourceNames("web").withVerbs("get").endRule()
                                .build();
                        client.rbac().roles().inNamespace("a").resource(role).create();
                        var binding = new io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder()
                                .withRoleRef(new io.fabric8.kubernetes.api.model.rbac.RoleRefBuilder().withKind("Role")
                                        .withName("view").build())
                                .withSubjects(new io.fabric8.kubernetes.api.model.rbac.SubjectBuilder()
                                        .withKind("ServiceAccount").withName("a").build())
                                .build();
                        client.rbac().roleBindings().inNamespace("a").resource(binding).create();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import com.example.shop.api.shop.v1.Store;\n"
                        + "import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;\nimport java.util.List;"));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("get", "list"), verbs(role, "", "secrets"));
        assertEquals(List.of("patch"), verbs(role, "", "configmaps")); // a name told at run time: any
        assertTrue(role.contains("  resourceNames:\n  - web\n  resources:\n  - deployments\n  verbs:\n  - get\n"),
                role);
        // A binding of a ClusterRole it does not write (view): said.
        Map<Path, String> clusterRole = new HashMap<>(sources);
        clusterRole.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace(".withKind(\"Role\")", ".withKind(\"ClusterRole\")"));
        warnings.clear();
        role(clusterRole, warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("the operator may create rolebindings"), warnings.toString());
        // A rule opctl cannot read whole: both said, and none of the rules granted.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace(".withResources(\"secrets\")", ".withResources(secretsOrNot())"));
        warnings.clear();
        role = role(sources, warnings);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(List.of(), verbs(role, "", "configmaps"));
    }

    @Test
    void approvingACertificateSigningRequestReadsItAndUpdatesItsApprovalAndNeedsTheSignersApprove() {
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        client.certificates().v1().certificateSigningRequests().withName("a").approve(approved());
                        client.certificates().v1beta1().certificateSigningRequests().withName("b").deny(denied());
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(rules(role).contains("""
                - apiGroups:
                  - certificates.k8s.io
                  resources:
                  - certificatesigningrequests
                  verbs:
                  - get
                - apiGroups:
                  - certificates.k8s.io
                  resources:
                  - certificatesigningrequests/approval
                  verbs:
                  - update
                """), role);
        assertEquals(List.of("the operator may update certificatesigningrequests/approval, and the API server takes "
                + "that only from one that may approve for the request's signer: grant it by a marker, "
                + "// +opctl:rbac:groups=certificates.k8s.io,resources=signers,verbs=approve,resourceNames=SIGNER "
                + "(the request's spec.signerName, or DOMAIN/* for every signer of a domain)"), warnings);
        // A marker that grants it, for every signer of a domain (a name the API server asks for too): nothing to say.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("public class", "// +opctl:rbac:groups=certificates.k8s.io,resources=signers,"
                        + "verbs=approve,resourceNames=example.com/*\npublic class"));
        warnings.clear();
        role = role(sources, warnings);
        assertTrue(role.contains("  resourceNames:\n  - example.com/*\n  resources:\n  - signers\n  verbs:\n"
                + "  - approve\n"), role);
        assertEquals(List.of(), warnings);
    }

    @Test
    void signingACertificateSigningRequestNeedsTheSignersSign() {
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        io.fabric8.kubernetes.api.model.certificates.v1.CertificateSigningRequest csr = null;
                        client.certificates().v1().certificateSigningRequests().resource(csr).patchStatus();
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("  - certificatesigningrequests/status\n  verbs:\n  - patch\n"), role);
        assertEquals(List.of("the operator may patch certificatesigningrequests/status, and the API server takes "
                + "a certificate written there only from one that may sign for the request's signer: grant it by a "
                + "marker, "
                + "// +opctl:rbac:groups=certificates.k8s.io,resources=signers,verbs=sign,resourceNames=SIGNER "
                + "(the request's spec.signerName, or DOMAIN/* for every signer of a domain)"), warnings);
    }

    @Test
    void aMethodOfOneOfSeveralStaticImportsOnDemandIsOfTheClassThatDeclaresIt() {
        Map<Path, String> sources = reconciler("", "ready(requireNonNull(store))");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import static com.example.shop.controller"
                        + ".Statuses.*;\nimport static java.util.Objects.*;\n\nimport com.example.shop.api.shop.v1.Store;"));
        sources.put(ROOT.resolve("com/example/shop/controller/Statuses.java"), statuses("Statuses"));
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("- stores/status\n  verbs:\n  - patch\n"), role);
        assertEquals(List.of(), warnings);
        // A method of the class's own of that name hides the static imports, as in javac.
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("    @Override", """
                            private static UpdateControl<Store> ready(Store store) {
                                return UpdateControl.noUpdate();
                            }

                            @Override"""));
        assertFalse(role(sources).contains("stores/status"), role(sources));
    }

    @Test
    void theTypeOfAValueMadeByAMethodImportedStaticallyOrCalledOnItsClassIsItsReturnType() {
        Map<Path, String> sources = withStatements("""
                        var deployment = deployment(store);
                        context.getClient().resource(deployment).serverSideApply();
                        var service = Desired.service(store);
                        context.getClient().resource(service).serverSideApply();
                        context.getClient().resource(com.example.shop.controller.Desired.secret(store)).create();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import static com.example.shop.controller"
                        + ".Desired.*;\n\nimport com.example.shop.api.shop.v1.Store;"));
        sources.put(ROOT.resolve("com/example/shop/controller/Desired.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.apps.Deployment;

                final class Desired extends Base {
                    static Deployment deployment(Store store) {
                        return new Deployment();
                    }

                    static io.fabric8.kubernetes.api.model.Service service(Store store) {
                        return null;
                    }
                }

                class Base {
                    static io.fabric8.kubernetes.api.model.Secret secret(Store store) {
                        return null;
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("- apps\n  resources:\n  - deployments\n  verbs:\n  - create\n  - patch\n"), role);
        assertTrue(role.contains("  - secrets\n  verbs:\n  - create\n"), role);
        assertTrue(role.contains("  - services\n  verbs:\n  - create\n  - patch\n"), role);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aGroupVersionKindOrGenericChainOfStringConstantsNamesItsKind() {
        Map<Path, String> sources = withStatements("""
                        var client = context.getClient();
                        client.genericKubernetesResources(Velero.API_VERSION, SCHEDULE).inNamespace("a").list();
                        client.genericKubernetesResources(com.example.shop.controller.Velero.API_VERSION, "Restore")
                                .inNamespace("a").withName("r").get();
                        client.genericKubernetesResources((Velero.GROUP + "/") + Velero.Names.VERSION, "BackupStorageLocation")
                                .inNamespace("a").watch(null);
                        // Not constants: a local variable, a field that is not final, a call.
                        String kind = "Backup";
                        client.genericKubernetesResources(Velero.API_VERSION, kind).inNamespace("a").list();
                        client.genericKubernetesResources(Velero.mutable, "Backup").inNamespace("a").list();
                        client.genericKubernetesResources(Velero.GROUP + version(), "Backup").inNamespace("a").list();
                """);
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), (path, source) ->
                source.replace("import com.example.shop.api.shop.v1.Store;", "import static com.example.shop.controller"
                        + ".Velero.SCHEDULE;\n\nimport com.example.shop.api.shop.v1.Store;"));
        sources.put(ROOT.resolve("com/example/shop/controller/Velero.java"), """
                package com.example.shop.controller;

                final class Velero {
                    static final String GROUP = "velero.io";
                    static final String API_VERSION = GROUP + "/" + Names.VERSION;
                    static final String SCHEDULE = "Schedule";
                    static String mutable = "velero.io/v1";

                    interface Names {
                        String VERSION = "v1";
                    }
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreBackup.java"), """
                package com.example.shop.controller;

                import static com.example.shop.controller.Velero.GROUP;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
                import io.javaoperatorsdk.operator.processing.GroupVersionKind;
                import io.javaoperatorsdk.operator.processing.dependent.Creator;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource;

                class StoreBackup extends GenericKubernetesDependentResource<Store>
                        implements Creator<GenericKubernetesResource, Store>, Velero.Names {
                    private static final String KIND = "Backup";
                    private static final GroupVersionKind BACKUP = new GroupVersionKind(GROUP, VERSION, KIND);

                    StoreBackup() {
                        super(BACKUP);
                    }
                }
                """);
        List<String> warnings = new ArrayList<>();
        String role = role(sources, warnings);
        assertTrue(role.contains("- velero.io\n  resources:\n  - backups\n  verbs:\n  - create\n  - list\n"
                + "  - patch\n  - watch\n"), role);
        assertTrue(role.contains("- velero.io\n  resources:\n  - backupstoragelocations\n  verbs:\n  - watch\n"),
                role);
        assertTrue(role.contains("- velero.io\n  resources:\n  - restores\n  verbs:\n  - get\n"), role);
        assertTrue(role.contains("- velero.io\n  resources:\n  - schedules\n  verbs:\n  - list\n"), role);
        String file = ROOT.resolve("com/example/shop/controller/StoreReconciler.java").toString();
        assertEquals(List.of(unnamed(file, 21, "genericKubernetesResources", "list"),
                unnamed(file, 22, "genericKubernetesResources", "list"),
                unnamed(file, 23, "genericKubernetesResources", "list")), warnings);
    }

    @Test
    void aBadMarkerOrSourceIsOneLineWithFileAndLine() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("        return", "        // +opctl:rbac:groups=apps,resources=*,verbs=get\n        return"));
        OpctlException marker = assertThrows(OpctlException.class, () -> role(sources));
        assertEquals("/project/src/main/java/com/example/shop/controller/StoreReconciler.java:11: invalid marker "
                + "'+opctl:rbac:groups=apps,resources=*,verbs=get': name each resource, e.g. resources=deployments; "
                + "opctl never grants '*'", marker.getMessage());
        Map<Path, String> spaced = reconciler("", "UpdateControl.noUpdate()");
        spaced.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("        return", "        // +opctl:rbac: groups=apps,resources=deployments,verbs=get\n        return"));
        OpctlException space = assertThrows(OpctlException.class, () -> role(spaced));
        assertEquals("/project/src/main/java/com/example/shop/controller/StoreReconciler.java:11: invalid marker "
                + "'+opctl:rbac: groups=apps,resources=deployments,verbs=get': write it as one word without spaces, "
                + "e.g. +opctl:rbac:groups=apps,resources=deployments,verbs=get", space.getMessage());
        OpctlException syntax = assertThrows(OpctlException.class,
                () -> role(reconciler("", "UpdateControl.noUpdate(")));
        assertTrue(syntax.getMessage().startsWith(
                "/project/src/main/java/com/example/shop/controller/StoreReconciler.java:11: cannot parse Java"),
                syntax.getMessage());
        assertFalse(syntax.getMessage().contains("Exception"), syntax.getMessage());
    }

    /** The source of class {@code name}, whose {@code ready(store)} returns {@code UpdateControl.patchStatus(store)}. */
    private static String statuses(String name) {
        return """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                final class %s {
                    static UpdateControl<Store> ready(Store store) {
                        return UpdateControl.patchStatus(store);
                    }
                }
                """.formatted(name);
    }

    /** The reconciler that returns {@code noUpdate()}, with {@code statements} before its return. */
    private static Map<Path, String> withStatements(String statements) {
        return sources(RECONCILER.formatted("", "UpdateControl.noUpdate()").replace("        return", statements
                + "        return"));
    }

    /**
     * The reconciler that returns {@code noUpdate()}, and a class {@code name} beside it, which imports
     * {@code Store} and {@code imports} and is declared {@code public class NAME DECLARATION {}}.
     */
    private static Map<Path, String> withDependent(String name, String imports, String declaration) {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.put(ROOT.resolve("com/example/shop/controller/" + name + ".java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                %s

                public class %s %s {
                }
                """.formatted(imports, name, declaration));
        return sources;
    }

    private static Map<Path, String> reconciler(String moreInterfaces, String result) {
        return sources(RECONCILER.formatted(moreInterfaces, result));
    }

    private static Map<Path, String> sources(String reconciler) {
        Map<Path, String> sources = new LinkedHashMap<>();
        sources.put(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), reconciler);
        return sources;
    }

    private static String role(Map<Path, String> sources) {
        return RbacGenerator.role(PROJECT, ROOT, sources).content();
    }

    /** The role of {@code sources}, without a class path; its warnings go to {@code warnings}. */
    private static String role(Map<Path, String> sources, List<String> warnings) {
        return RbacGenerator.role(PROJECT, ROOT, sources, List::of, warnings::add).content();
    }

    /**
     * The verbs {@code role} grants on {@code resource} of {@code group} ({@code ""}: the core group), sorted;
     * none where it grants none.
     */
    private static List<String> verbs(String role, String group, String resource) {
        try {
            JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(role).path("rules");
            return StreamSupport.stream(rules.spliterator(), false)
                    .filter(r -> StreamSupport.stream(r.path("apiGroups").spliterator(), false)
                            .anyMatch(g -> g.asText().equals(group))
                            && StreamSupport.stream(r.path("resources").spliterator(), false)
                                    .anyMatch(x -> x.asText().equals(resource)))
                    .flatMap(r -> StreamSupport.stream(r.path("verbs").spliterator(), false)).map(JsonNode::asText)
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rules(String role) {
        return role.substring(role.indexOf("rules:\n"));
    }
}
