package dev.opctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.TestFiles;
import dev.opctl.project.GroupVersionKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {
    private static final String API = "src/main/java/com/example/demooperator/api/cache/v1alpha1/";
    private static final String CRD = "config/crd/memcacheds.cache.example.com.yaml";

    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void newProject() {
        assertEquals(0, OpctlRun.run(work, "new", "demo-operator", "--domain", "example.com").exitCode());
        project = work.resolve("demo-operator");
    }

    private OpctlRun run(String... args) {
        return OpctlRun.run(project, args);
    }

    @Test
    void aKindOfAGroupWhoseJavaPackageAnotherGroupTakesIsRefused() {
        // a.b.c reversed and c.b.a.example.com's part before the domain are one package (trial /tmp/trial29 #4).
        assertEquals(0, run("add", "api", "--group", "a.b.c", "--version", "v1", "--kind", "Foo").exitCode());
        OpctlRun refused = run("add", "api", "--group", "c.b.a.example.com", "--version", "v1", "--kind", "Foo");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals("opctl: error: Foo c.b.a.example.com/v1 would take the classes (package "
                + "com.example.demooperator.api.c.b.a.v1) of Foo (a.b.c/v1); choose another group or kind\n",
                refused.err());
    }

    @Test
    void addApiWritesTheKindItsCrdASampleAndRecordsIt() throws IOException {
        OpctlRun run = run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--short-names", "mc", "--categories", "all");
        assertEquals(0, run.exitCode(), run::toString);
        String kind = Files.readString(project.resolve(API + "Memcached.java"));
        assertTrue(kind.contains("""
                @Group("cache.example.com")
                @Version("v1alpha1")
                @Plural("memcacheds")
                @ShortNames("mc")
                @Categories("all")
                public class Memcached extends CustomResource<MemcachedSpec, MemcachedStatus> implements Namespaced {
                """), kind);
        assertTrue(Files.readString(project.resolve(API + "MemcachedSpec.java")).contains("TODO(user)"));
        String crd = Files.readString(project.resolve(CRD));
        assertTrue(crd.contains("  names:\n    categories:\n    - all\n    kind: Memcached\n"), crd);
        assertTrue(crd.contains("    shortNames:\n    - mc\n"), crd);
        assertFalse(crd.contains("TODO"), "TODO paragraphs stay out of descriptions:\n" + crd);
        assertTrue(Files.readString(project.resolve("config/kustomization.yaml"))
                .contains("- crd/memcacheds.cache.example.com.yaml\n# +opctl:scaffold:resources"));
        assertTrue(Files.readString(project.resolve("config/samples/cache_v1alpha1_memcached.yaml"))
                .startsWith("apiVersion: cache.example.com/v1alpha1\nkind: Memcached\n"));
        Resource recorded = ProjectFile.read(project).resources().get(0);
        assertEquals(new Resource("cache.example.com", "v1alpha1", "Memcached", "memcacheds", true,
                "com.example.demooperator.api.cache.v1alpha1", true, false, true, List.of("mc"), List.of("all"), null),
                recorded);
        assertEquals(0, run("generate", "--check").exitCode(), "the CRD add api wrote is what generate writes");
    }

    @Test
    void runningAddTwiceChangesNothingAndAnEditedFileIsAConflict() throws IOException {
        String[] args = {"add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
            "--controller"};
        assertEquals(0, run(args).exitCode());
        Map<String, String> before = snapshot();
        OpctlRun again = run(args);
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(before, snapshot());

        Path spec = project.resolve(API + "MemcachedSpec.java");
        Files.writeString(spec, Files.readString(spec).replace("private String foo;", "private String bar;"));
        Map<String, String> edited = snapshot();
        OpctlRun conflict = run(args);
        assertEquals(3, conflict.exitCode(), conflict::toString);
        assertTrue(conflict.err().contains("is in the project already, and " + API + "MemcachedSpec.java differs "
                + "from what opctl writes"), conflict.err());
        // Its controller is there: no advice to add it.
        assertTrue(conflict.err().contains(": nothing was added. "), conflict.err());
        assertEquals(edited, snapshot(), "a conflict writes nothing");
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws IOException {
        Map<String, String> before = snapshot();
        for (List<String> args : List.of(
                List.of("--group", "cache", "--version", "1", "--kind", "Memcached"),
                List.of("--group", "cache", "--version", "v1", "--kind", "memcached"),
                List.of("--group", "cache", "--version", "v1", "--kind", "Object"),
                List.of("--group", "core", "--version", "v1", "--kind", "Memcached"),
                List.of("--group", "Bad_Group", "--version", "v1", "--kind", "Memcached"),
                List.of("--group", "cache", "--version", "v1", "--kind", "Memcached", "--plural", "Memcached"),
                List.of("--group", "cache", "--version", "v1", "--kind", "Memcached", "--short-names", "M C"))) {
            OpctlRun run = OpctlRun.run(project, Stream.concat(Stream.of("add", "api"), args.stream())
                    .toArray(String[]::new));
            assertEquals(2, run.exitCode(), run::toString);
            assertEquals(1, run.err().lines().count(), run::toString);
        }
        assertEquals(before, snapshot());
    }

    @Test
    void pluralsHandleEnglishAndCanBeGiven() throws IOException {
        assertEquals(0, run("add", "api", "--group", "net", "--version", "v1", "--kind", "Proxy").exitCode());
        assertEquals(0, run("add", "api", "--group", "net", "--version", "v1", "--kind", "Status",
                "--namespaced=false").exitCode());
        assertEquals(0, run("add", "api", "--group", "net", "--version", "v1", "--kind", "Person", "--plural",
                "persons").exitCode());
        assertTrue(Files.exists(project.resolve("config/crd/proxies.net.example.com.yaml")));
        assertTrue(Files.readString(project.resolve("config/crd/statuses.net.example.com.yaml"))
                .contains("scope: Cluster"));
        assertTrue(Files.exists(project.resolve("config/crd/persons.net.example.com.yaml")));
    }

    @Test
    void aSecondVersionJoinsTheCrdAsServedNotStorage() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--short-names", "mc").exitCode());
        OpctlRun second = run("add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached");
        assertEquals(0, second.exitCode(), second::toString);
        String crd = Files.readString(project.resolve(CRD));
        assertTrue(crd.indexOf("- name: v1beta1") < crd.indexOf("- name: v1alpha1"), crd);
        assertEquals(1, crd.split("storage: true", -1).length - 1, crd);
        assertTrue(Files.readString(project.resolve("src/main/java/com/example/demooperator/api/cache/v1beta1/"
                + "Memcached.java")).contains("@Version(value = \"v1beta1\", storage = false)"));
        OpctlRun scope = run("add", "api", "--group", "cache", "--version", "v1", "--kind", "Memcached",
                "--namespaced=false");
        assertEquals(2, scope.exitCode(), scope::toString);
    }

    @Test
    void addSaysWhatGenerateWarnsOfOnceItHasWritten() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached")
                .exitCode());
        Path kind = project.resolve(API + "Memcached.java");
        Files.writeString(kind, Files.readString(kind).replace("\n@Version(", "\n@io.fabric8.crd.generator"
                + ".annotation.Labels(\"team=cache\")\n@Version("));
        OpctlRun second = run("add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached");
        assertEquals(0, second.exitCode(), second::toString);
        String warning = "opctl: warning: " + project.resolve("src/main/java/com/example/demooperator/api/cache/"
                + "v1beta1/Memcached.java:");
        assertTrue(second.err().startsWith(warning), second::toString);
        assertTrue(second.err().contains(": version v1beta1 of CRD memcacheds.cache.example.com has other labels "
                + "than its storage version v1alpha1 ("), second::toString);
        assertEquals(1, second.err().lines().count(), second::toString);
        OpctlRun generate = run("generate");
        assertEquals(0, generate.exitCode(), generate::toString);
        assertEquals(second.err(), generate.err(), "add and generate warn alike");

        // A command that fails says its error alone.
        OpctlRun failed = run("add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached",
                "--namespaced=false");
        assertEquals(2, failed.exitCode(), failed::toString);
        assertFalse(failed.err().contains("warning"), failed::toString);
    }

    @Test
    void aSecondVersionHasTheSchemaAndTheSampleOfTheStorageVersion() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--workload", "deployment").exitCode());
        Path sample = project.resolve("config/samples/cache_v1alpha1_memcached.yaml");
        Files.writeString(sample, Files.readString(sample).replace("size: 3", "size: 4"));
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1beta1", "--kind", "Memcached")
                .exitCode());
        String v1beta1 = "src/main/java/com/example/demooperator/api/cache/v1beta1/";
        assertTrue(Files.readString(project.resolve(v1beta1 + "MemcachedSpec.java")).contains(
                "public class MemcachedSpec extends com.example.demooperator.api.cache.v1alpha1.MemcachedSpec {\n}\n"));
        assertTrue(Files.readString(project.resolve(v1beta1 + "MemcachedStatus.java")).contains(
                "extends com.example.demooperator.api.cache.v1alpha1.MemcachedStatus {"));
        String copied = Files.readString(project.resolve("config/samples/cache_v1beta1_memcached.yaml"));
        assertTrue(copied.startsWith("apiVersion: cache.example.com/v1beta1\nkind: Memcached\nmetadata:\n"
                + "  name: memcached-v1beta1-sample\n"), copied);
        assertTrue(copied.contains("\nspec:\n  size: 4\n"), copied);
        String crd = Files.readString(project.resolve(CRD));
        String beta = crd.substring(crd.indexOf("- name: v1beta1"), crd.indexOf("- name: v1alpha1"));
        String alpha = crd.substring(crd.indexOf("- name: v1alpha1"));
        assertEquals(alpha.replaceAll("(?m)^ *description: .*\n", "").replace("v1alpha1", "V").strip(),
                beta.replaceAll("(?m)^ *description: .*\n", "").replace("v1beta1", "V").replace("storage: false",
                        "storage: true").strip(), "one schema in both versions");
    }

    @Test
    void aVersionAddedAgainAfterItsFilesWereEditedIsSaidToExistNotOverwritten() throws IOException {
        String[] args = {"add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached"};
        assertEquals(0, run(args).exitCode());
        Path spec = project.resolve(API + "MemcachedSpec.java");
        String edited = Files.readString(spec).replace("private String foo;", "private String image;");
        Files.writeString(spec, edited);
        OpctlRun again = run(args);
        assertEquals(3, again.exitCode(), again::toString);
        assertEquals("opctl: error: Memcached (cache.example.com/v1alpha1) is in the project already, and " + API
                + "MemcachedSpec.java differs from what opctl writes (your edits, or an earlier opctl's): nothing was "
                + "added. To write opctl's starter files over them, losing what is there, rerun with --force\n",
                again.err());
        OpctlRun withController = run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind",
                "Memcached", "--controller");
        assertTrue(withController.err().contains(": nothing was added (its controller: opctl add controller --kind "
                + "Memcached --version v1alpha1). "), withController::toString);
        assertEquals(edited, Files.readString(spec));
        assertEquals(0, run("add", "controller", "--kind", "Memcached", "--version", "v1alpha1").exitCode());
    }

    @Test
    void storageMovesToANewVersionAndTheOldClassIsEdited() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached")
                .exitCode());
        String[] args = {"add", "api", "--group", "cache", "--version", "v1", "--kind", "Memcached", "--storage"};
        OpctlRun run = run(args);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(project.resolve(API + "Memcached.java"))
                .contains("\n@Version(value = \"v1alpha1\", storage = false)\n"));
        assertTrue(Files.readString(project.resolve("src/main/java/com/example/demooperator/api/cache/v1/"
                + "Memcached.java")).contains("\n@Version(\"v1\")\n"));
        String crd = Files.readString(project.resolve(CRD));
        assertEquals(1, crd.split("storage: true", -1).length - 1, crd);
        assertTrue(crd.indexOf("storage: true") < crd.indexOf("- name: v1alpha1"), "v1 is listed first and stores");
        assertEquals(List.of(false, true), ProjectFile.read(project).resources().stream().map(Resource::storage)
                .toList());
        // Users see the first version's description; the developer, how to give v1 a schema of its own.
        String v1 = crd.substring(crd.indexOf("- name: v1\n"), crd.indexOf("- name: v1alpha1"));
        String v1alpha1 = crd.substring(crd.indexOf("- name: v1alpha1"));
        assertEquals(v1alpha1.lines().filter(l -> l.contains("description:")).skip(1).toList(),
                v1.lines().filter(l -> l.contains("description:")).skip(1).toList());
        String spec = Files.readString(project.resolve("src/main/java/com/example/demooperator/api/cache/v1/"
                + "MemcachedSpec.java"));
        assertTrue(spec.contains("""
                 * The desired state of a Memcached: what its users ask for.
                 *
                 * TODO(user): v1 has the schema of v1alpha1, whose class this extends, so the API server serves
                 * every Memcached in either version as it is. To change the schema in v1, declare its fields
                 * here instead, and convert between the versions with a conversion webhook:
                 * 'opctl add webhook --kind Memcached --version v1 --conversion' (on the storage version).
                 */
                """), spec);
        Map<String, String> before = snapshot();
        assertEquals(0, run(args).exitCode(), "running it again changes nothing");
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached")
                .exitCode(), "re-adding the old version keeps it as it is now");
        assertEquals(before, snapshot());
        assertEquals(0, run("generate", "--check").exitCode());
    }

    @Test
    void addControllerRegistersAReconcilerAndGrantsItsKind() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached")
                .exitCode());
        OpctlRun run = run("add", "controller", "--kind", "Memcached");
        assertEquals(0, run.exitCode(), run::toString);
        String registry = Files.readString(project.resolve(
                "src/main/java/com/example/demooperator/ReconcilerRegistry.java"));
        assertTrue(registry.contains("return List.of(new MemcachedReconciler());"), registry);
        assertTrue(registry.contains("operator.register(reconciler);"), registry);
        assertTrue(Files.exists(project.resolve(
                "src/test/java/com/example/demooperator/controller/MemcachedReconcilerTest.java")));
        String role = Files.readString(project.resolve("config/rbac/role.yaml"));
        assertTrue(role.contains("""
                - apiGroups:
                  - cache.example.com
                  resources:
                  - memcacheds/status
                  verbs:
                  - patch
                """), role);
        // The reconciler patches the status and has no dependents: no update, no get, no finalizers.
        assertTrue(role.contains("  - memcacheds\n  verbs:\n  - list\n  - watch\n"), role);
        assertFalse(role.contains("finalizers"), role);
        assertTrue(ProjectFile.read(project).resources().get(0).controller());
        assertEquals(0, run("generate", "--check").exitCode());
        // Again: said to be there, with no advice to write what was written before.
        OpctlRun again = run("add", "controller", "--kind", "Memcached");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().startsWith("Controller MemcachedReconciler for Memcached (cache.example.com/v1alpha1) "
                + "is there already: 0 files written, "), again::toString);
        assertFalse(again.out().contains("Next:"), again::toString);

        OpctlRun unknown = run("add", "controller", "--kind", "Nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("add it first with 'opctl add api"), unknown.err());
    }

    @Test
    void rbacMarkersOnReconcilersAreGrantedAndCheckedByGenerate() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--controller").exitCode());
        Path reconciler = project.resolve("src/main/java/com/example/demooperator/controller/MemcachedReconciler.java");
        String source = Files.readString(reconciler);
        Files.writeString(reconciler, source.replace("@ControllerConfiguration",
                "// +opctl:rbac:groups=apps,resources=deployments,verbs=get;list;watch;create\n@ControllerConfiguration"));
        OpctlRun stale = run("generate", "--check");
        assertEquals(4, stale.exitCode(), stale::toString);
        assertTrue(stale.out().contains("+  - deployments"), stale.out());
        assertEquals(0, run("generate").exitCode());
        assertEquals(0, run("generate", "--check").exitCode());

        Files.writeString(reconciler, source.replace("@ControllerConfiguration",
                "// +opctl:rbac:groups=apps,resources=deployments,verbs=*\n@ControllerConfiguration"));
        OpctlRun star = run("generate");
        assertEquals(2, star.exitCode(), star::toString);
        assertTrue(star.err().contains("MemcachedReconciler.java:"), star.err());
        assertTrue(star.err().contains("opctl never grants '*'"), star.err());
    }

    @Test
    void aControllerForABuiltInKindWatchesOthersAndIsGrantedWhatItsCodeUses() throws IOException {
        OpctlRun run = run("add", "controller", "--group", "core", "--version", "v1", "--kind", "Service",
                "--watch", "Pod,ConfigMap");
        assertEquals(0, run.exitCode(), run::toString);
        String reconciler = Files.readString(project.resolve(
                "src/main/java/com/example/demooperator/controller/ServiceReconciler.java"));
        assertTrue(reconciler.contains("implements Reconciler<Service>"), reconciler);
        assertTrue(reconciler.contains(".from(Pod.class, Service.class)"), reconciler);
        assertTrue(reconciler.contains("return List.of(pods, configMaps);"), reconciler);
        // Read access to the Service and, inferred from the informers in the code, to Pods and ConfigMaps.
        assertTrue(Files.readString(project.resolve("config/rbac/role.yaml")).contains("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  - pods
                  - services
                  verbs:
                  - list
                  - watch
                """));
        Resource recorded = ProjectFile.read(project).resources().get(0);
        assertEquals(Resource.external(new GroupVersionKind("", "v1", "Service"), "services", Scope.NAMESPACED).withController(),
                recorded);
        assertEquals(0, run("generate", "--check").exitCode());

        // Other watches for the controller there: its reconciler, opctl's own and unedited, is not "other content".
        Map<String, String> before = TestFiles.tree(project);
        OpctlRun rewatch = run("add", "controller", "--group", "core", "--kind", "Service", "--watch", "Pod,Secret");
        assertEquals(3, rewatch.exitCode(), rewatch::toString);
        assertEquals("opctl: error: the controller of Service (v1) is in the project already, and "
                + "src/main/java/com/example/demooperator/controller/ServiceReconciler.java differs from what opctl "
                + "writes (your edits, or an earlier opctl's): nothing was added (what it watches is up to its "
                + "reconciler now: change it there). To write opctl's starter files over them, losing what is there, "
                + "rerun with --force\n", rewatch.err());
        assertEquals(before, TestFiles.tree(project));

        OpctlRun unknown = run("add", "controller", "--group", "core", "--kind", "Service", "--watch", "Gadget");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        OpctlRun version = run("add", "controller", "--group", "apps", "--version", "v1beta1", "--kind",
                "Deployment");
        assertEquals(2, version.exitCode(), version::toString);
    }

    @Test
    void aCrudDependentResourceInTheCodeIsGrantedWrites() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--controller").exitCode());
        Path dependent = project.resolve("src/main/java/com/example/demooperator/controller/DeploymentDependent.java");
        Files.writeString(dependent, """
                package com.example.demooperator.controller;

                import com.example.demooperator.api.cache.v1alpha1.Memcached;
                import io.fabric8.kubernetes.api.model.apps.Deployment;
                import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

                public class DeploymentDependent extends CRUDKubernetesDependentResource<Deployment, Memcached> {
                }
                """);
        assertEquals(0, run("generate").exitCode());
        assertTrue(Files.readString(project.resolve("config/rbac/role.yaml")).contains("""
                - apiGroups:
                  - apps
                  resources:
                  - deployments
                  verbs:
                  - create
                  - list
                  - patch
                  - watch
                """));
        // It owns what it creates through the owner reference JOSDK adds, which blocks no deletion: no finalizers.
        assertFalse(Files.readString(project.resolve("config/rbac/role.yaml")).contains("finalizers"));
    }

    @Test
    void aWorkloadControllerRunsADeploymentAndAServiceAndIsGrantedThem() throws IOException {
        OpctlRun run = run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--workload", "deployment", "--image", "memcached:1.6", "--port", "11211");
        assertEquals(0, run.exitCode(), run::toString);
        String controller = "src/main/java/com/example/demooperator/controller/";
        String reconciler = Files.readString(project.resolve(controller + "MemcachedReconciler.java"));
        assertTrue(reconciler.contains("@Dependent(type = MemcachedDeployment.class)"), reconciler);
        assertTrue(reconciler.contains("context.getSecondaryResource(Deployment.class)"), reconciler);
        assertTrue(reconciler.contains("Optional<DeploymentCondition> stalled = reported(observed, \"Progressing\", "
                + "\"False\");"), reconciler);
        assertTrue(reconciler.contains("context.getClient().v1().events().inNamespace(metadata.getNamespace())"
                + ".resource(event).create();\n        } catch (RuntimeException e) {\n            log.warn("),
                reconciler);
        assertTrue(reconciler.contains(".withNewSource().withComponent(COMPONENT).endSource()"), reconciler);
        assertTrue(reconciler.contains("static final String COMPONENT = \"demo-operator\";"), reconciler);
        String test = Files.readString(project.resolve(
                "src/test/java/com/example/demooperator/controller/MemcachedReconcilerTest.java"));
        assertTrue(test.contains("void aDeploymentPastItsProgressDeadlineIsDegraded()"), test);
        assertTrue(test.contains("assertEquals(List.of(\"Normal Available: 3 of 3 replicas ready\"), events());"),
                test);
        String status = Files.readString(project.resolve(API + "MemcachedStatus.java"));
        assertTrue(status.contains("    private List<Condition> conditions;\n"), status);
        assertTrue(status.contains("    private Long observedGeneration;\n"), status);
        assertTrue(Files.readString(project.resolve(controller + "MemcachedDeployment.java"))
                .contains("extends CRUDKubernetesDependentResource<Deployment, Memcached>"));
        assertTrue(Files.readString(project.resolve(API + "MemcachedSpec.java")).contains("""
                    /**
                     * The container image to run.
                     */
                    @Default("memcached:1.6")
                    private String image;
                """));
        String crd = Files.readString(project.resolve(CRD));
        assertTrue(crd.contains("default: memcached:1.6"), crd);
        assertTrue(crd.contains("            required:\n            - size\n"), crd);
        assertTrue(crd.contains("""
                              conditions:
                                description: "The latest observations of the Memcached's state: Available (all \
                replicas are ready), Progressing (a change is rolling out) and Degraded (the Deployment reports a \
                failure)."
                                items:
                                  properties:
                                    lastTransitionTime:
                                      type: string
                """), crd);
        assertTrue(crd.contains("""
                              observedGeneration:
                                description: The generation of the Memcached that this status describes.
                                type: integer
                """), crd);
        assertTrue(Files.readString(project.resolve("config/samples/cache_v1alpha1_memcached.yaml"))
                .contains("  image: memcached:1.6\n  ports:\n  - name: main\n    port: 11211\n"));
        String role = Files.readString(project.resolve("config/rbac/role.yaml"));
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
        assertTrue(role.contains("  - services\n  verbs:\n  - create\n"), role);
        assertTrue(role.contains("- apiGroups:\n  - \"\"\n  resources:\n  - events\n  verbs:\n  - create\n- "), role);
        assertTrue(ProjectFile.read(project).resources().get(0).controller());
        assertEquals(0, run("generate", "--check").exitCode());

        OpctlRun sts = run("add", "api", "--group", "data", "--version", "v1", "--kind", "Cassandra", "--workload",
                "statefulset");
        assertEquals(0, sts.exitCode(), sts::toString);
        assertTrue(Files.readString(project.resolve(controller + "CassandraService.java"))
                .contains(".withClusterIP(\"None\")"));
        String statefulSet = Files.readString(project.resolve(controller + "CassandraReconciler.java"));
        assertTrue(statefulSet.contains("Optional<StatefulSetCondition> stalled = reported(observed, "), statefulSet);
        assertTrue(statefulSet.contains("// TODO(user): Kubernetes reports no failure conditions on a StatefulSet"),
                statefulSet);
        assertFalse(Files.readString(project.resolve(
                "src/test/java/com/example/demooperator/controller/CassandraReconcilerTest.java"))
                .contains("ProgressDeadlineExceeded"));
    }

    @Test
    void workloadOptionsAreChecked() throws IOException {
        Map<String, String> before = snapshot();
        for (List<String> args : List.of(List.of("--workload", "daemonset"), List.of("--image", "nginx"),
                List.of("--workload", "deployment", "--port", "0"),
                List.of("--workload", "deployment", "--image", "a b"),
                List.of("--workload", "deployment", "--namespaced=false"))) {
            OpctlRun run = OpctlRun.run(project, Stream.concat(Stream.of("add", "api", "--group", "cache",
                    "--version", "v1", "--kind", "Memcached"), args.stream()).toArray(String[]::new));
            assertEquals(2, run.exitCode(), run::toString);
            assertEquals(1, run.err().lines().count(), run::toString);
        }
        assertEquals(before, snapshot());
    }

    @Test
    void editNamespacesBindsTheRoleInEachAndLimitsTheControllersThenClusterWideUndoesIt() throws IOException {
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached",
                "--controller").exitCode());
        Map<String, String> clusterWide = snapshot();
        OpctlRun run = run("edit", "--namespaces", "team-b,team-a");
        assertEquals(0, run.exitCode(), run::toString);
        String registry = Files.readString(project.resolve(
                "src/main/java/com/example/demooperator/ReconcilerRegistry.java"));
        assertTrue(registry.contains("NAMESPACES = Set.of(\"team-a\", \"team-b\");"), registry);
        assertTrue(registry.contains("operator.register(reconciler, config -> config.settingNamespaces(NAMESPACES));"),
                registry);
        String bindings = Files.readString(project.resolve("config/rbac/namespaced/role_bindings.yaml"));
        assertEquals(2, bindings.split("kind: RoleBinding", -1).length - 1, bindings);
        assertTrue(bindings.contains("  namespace: team-a\n") && bindings.contains("  namespace: team-b\n"));
        assertFalse(Files.readString(project.resolve("config/kustomization.yaml")).contains("rbac/role_binding.yaml"),
                "no cluster-wide binding");
        assertEquals(List.of("team-a", "team-b"), ProjectFile.read(project).namespaces());
        assertEquals(0, run("generate", "--check").exitCode());

        OpctlRun clusterScoped = run("add", "api", "--group", "x", "--version", "v1", "--kind", "Cl",
                "--namespaced=false", "--controller");
        assertEquals(2, clusterScoped.exitCode(), clusterScoped::toString);

        assertEquals(0, run("edit", "--cluster-wide").exitCode());
        Map<String, String> after = snapshot();
        assertEquals(clusterWide.keySet(), after.keySet(), "the RoleBindings are deleted");
        // Byte for byte: the binding's line went back where 'new' puts it, not to the end (trial /tmp/trial30 #10).
        assertEquals(clusterWide, after);
        assertEquals(2, run("edit").exitCode(), "one of --namespaces and --cluster-wide");
    }

    @Test
    void theDescriptionCapIsRecordedSoEveryCommandAndCiAgree() throws IOException {
        OpctlRun edit = run("edit", "--max-description-length", "10");
        assertEquals(0, edit.exitCode(), edit::toString);
        assertEquals(10, ProjectFile.read(project).maxDescriptionLength());
        assertEquals(0, run("add", "api", "--group", "cache", "--version", "v1alpha1", "--kind", "Memcached")
                .exitCode());
        String crd = Files.readString(project.resolve(CRD));
        assertTrue(crd.contains("description: An...\n"), crd);
        assertEquals(0, run("generate", "--check").exitCode(), "generate reads the cap from PROJECT");
        assertEquals(4, run("generate", "--check", "--max-description-length", "0").exitCode(),
                "the flag overrides PROJECT for one run");
        assertEquals(0, run("edit", "--max-description-length", "none").exitCode());
        assertEquals(null, ProjectFile.read(project).maxDescriptionLength());
        assertTrue(Files.readString(project.resolve(CRD)).contains("description: \"An example field: replace it "
                + "with your own.\"\n"), "edit regenerates the CRDs with whole descriptions again");
        assertEquals(0, run("generate", "--check").exitCode());
        assertEquals(2, run("edit", "--max-description-length", "-3").exitCode());
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(project)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
