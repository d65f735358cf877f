package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.engine.OpctlException;
import dev.opctl.project.ProjectFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The role grants what the Java Operator SDK code uses, read from the sources: each case changes
 * one use and checks the verbs that follow from it, and no more.
 */
class RbacGeneratorTest {
    private static final Path ROOT = Path.of("/project/src/main/java");
    private static final ProjectFile PROJECT = ProjectFile.parse("""
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
    void anOwnedDependentIsAppliedAndNeedsTheOwnersFinalizers() {
        Map<Path, String> sources = reconciler("", "UpdateControl.patchStatus(store)");
        sources.put(ROOT.resolve("com/example/shop/controller/StoreDeployment.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

                public class StoreDeployment extends CRUDKubernetesDependentResource<Deployment, Store> {
                }
                """);
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
    void aMarkerGrantsWhatTheCodeDoesThroughTheClient() {
        Map<Path, String> sources = reconciler("", "UpdateControl.noUpdate()");
        sources.computeIfPresent(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"),
                (path, source) -> source.replace("public class", "// +opctl:rbac:groups=core,resources=secrets,verbs=get\npublic class"));
        assertTrue(role(sources).contains("- secrets\n  verbs:\n  - get\n"));
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
                """));
        assertFalse(role.contains("secrets"), role);
        assertTrue(role.contains("- events\n  verbs:\n  - create\n"), role);
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
                - apiGroups:
                  - shop.example.com
                  resources:
                  - stores/finalizers
                  verbs:
                  - update
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
                }
                """);
        sources.put(ROOT.resolve("com/example/shop/controller/StoreConfig.java"), """
                package com.example.shop.controller;

                import io.fabric8.kubernetes.api.model.ConfigMap;

                class StoreConfig extends Owned<ConfigMap> {
                }
                """);
        String role = role(sources);
        assertTrue(role.contains("- configmaps\n  verbs:\n  - create\n  - list\n  - patch\n  - watch\n"), role);
        assertTrue(role.contains("- stores/finalizers\n  verbs:\n  - update\n"), role);
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

    /** The reconciler that returns {@code noUpdate()}, with {@code statements} before its return. */
    private static Map<Path, String> withStatements(String statements) {
        return sources(RECONCILER.formatted("", "UpdateControl.noUpdate()").replace("        return", statements
                + "        return"));
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

    private static String rules(String role) {
        return role.substring(role.indexOf("rules:\n"));
    }
}
