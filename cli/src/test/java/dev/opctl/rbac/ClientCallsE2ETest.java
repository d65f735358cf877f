package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenReviewBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.certificates.v1.CertificateSigningRequestBuilder;
import io.fabric8.kubernetes.api.model.certificates.v1.CertificateSigningRequestConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v1.ScaleBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.ResourceNotFoundException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.fabric8.kubernetes.client.http.WebSocketHandshakeException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role opctl infers from a chain of client calls, proven on a real API server (envtest, or the
 * cluster of the kubeconfig): the chain, run by fabric8 as a ServiceAccount bound to that role
 * only, succeeds; without any one of the verbs the chain got, it is refused. Run with
 * {@code -De2e} ({@code .ci/run} does, on envtest).
 */
@EnabledIfSystemProperty(named = "e2e", matches = ".*")
class ClientCallsE2ETest {
    private static final String NS = "opctl-client-calls";
    private static final String ACCOUNT = "opctl-client-calls";
    private static final Path ROOT = Path.of("/project/src/main/java");
    /** A rule that grants nothing the chains use, for a role left with no other. */
    private static final PolicyRule NOTHING = new PolicyRuleBuilder().withApiGroups("").withResources("pods")
            .withVerbs("get").build();
    private static final Pattern FORBIDDEN = Pattern.compile("(?<![0-9])403(?![0-9])");
    private static KubernetesClient admin;
    private static KubernetesClient account;

    /** A kind with a status subresource, made for the test, in the sources opctl reads too. */
    @Group("probe.opctl.dev")
    @Version("v1")
    public static class Gadget extends CustomResource<Map<String, Object>, Map<String, Object>> implements Namespaced {
    }

    private static final String GADGET_SOURCE = """
            package com.example.shop.probe;

            @io.fabric8.kubernetes.model.annotation.Group("probe.opctl.dev")
            @io.fabric8.kubernetes.model.annotation.Version("v1")
            public class Gadget extends io.fabric8.kubernetes.client.CustomResource<Object, Object>
                    implements io.fabric8.kubernetes.api.model.Namespaced {
            }
            """;

    /**
     * A chain as the reconciler's source writes it, what runs it, the verbs it may leave unused, and
     * whether a failure other than a refusal (403) counts as allowed: a call the API server authorizes,
     * then cannot serve on envtest (no kubelet to exec in, no metrics API).
     */
    record Chain(String source, Consumer<KubernetesClient> run, Set<String> mayBeUnused, boolean authorizedIsEnough) {
        Chain(String source, Consumer<KubernetesClient> run, Set<String> mayBeUnused) {
            this(source, run, mayBeUnused, false);
        }

        @Override
        public String toString() {
            return source;
        }
    }

    static List<Chain> chains() {
        return List.of(
                chain("client.configMaps().inNamespace(ns).withName(\"a\").get();",
                        c -> c.configMaps().inNamespace(NS).withName("a").get()),
                chain("client.configMaps().inNamespace(ns).withLabel(\"app\", \"probe\").list();",
                        c -> c.configMaps().inNamespace(NS).withLabel("app", "probe").list()),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"c\")).create();",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("c")).create()),
                chain("client.configMaps().inNamespace(ns).withName(\"a\").delete();",
                        c -> c.configMaps().inNamespace(NS).withName("a").delete()),
                chain("client.configMaps().inNamespace(ns).withLabel(\"app\", \"probe\").delete();",
                        c -> c.configMaps().inNamespace(NS).withLabel("app", "probe").delete()),
                // fabric8's filter builder only narrows, as withLabel does.
                chain("client.configMaps().inNamespace(ns).withNewFilter().withLabel(\"app\", \"probe\").endFilter().delete();",
                        c -> c.configMaps().inNamespace(NS).withNewFilter().withLabel("app", "probe").endFilter().delete()),
                // resources() lists them, and gives each as a Resource of one named object.
                chain("client.configMaps().inNamespace(ns).withLabel(\"app\", \"probe\").resources().forEach(Resource::delete);",
                        c -> c.configMaps().inNamespace(NS).withLabel("app", "probe").resources().forEach(Resource::delete)),
                chain("client.configMaps().inNamespace(ns).resources().map(Resource::get).toList();",
                        c -> c.configMaps().inNamespace(NS).resources().map(Resource::get).toList()),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).update();",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a")).update()),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).createOr(NonDeletingOperation::update);",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a")).createOr(NonDeletingOperation::update)),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"n\")).fieldManager(\"t\").serverSideApply();",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("n")).fieldManager("t").serverSideApply()),
                chain("client.configMaps().inNamespace(ns).withName(\"a\").edit(m -> m);",
                        c -> c.configMaps().inNamespace(NS).withName("a").edit(m -> m)),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).edit(m -> m);",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a"))
                                .edit(m -> new ConfigMapBuilder(m).addToData("e", "1").build())),
                chain("client.resources(Gadget.class).inNamespace(ns).resource(gadget(\"a\")).editStatus(g -> g);",
                        c -> c.resources(Gadget.class).inNamespace(NS).resource(gadget("a", null)).editStatus(g -> {
                            g.setStatus(Map.of("phase", "edited"));
                            return g;
                        })),
                chain("client.configMaps().inNamespace(ns).withName(\"a\").patch(PatchContext.of(JSON_MERGE), \"{}\");",
                        c -> c.configMaps().inNamespace(NS).withName("a").patch(PatchContext.of(PatchType.JSON_MERGE),
                                "{\"data\":{\"p\":\"1\"}}")),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).patch();",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a")).patch()),
                chain("client.configMaps().inNamespace(ns).withName(\"a\").patch(\"{}\");",
                        c -> c.configMaps().inNamespace(NS).withName("a").patch("{\"data\":{\"p\":\"1\"}}")),
                new Chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).patch(\"{}\");",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a")).patch("{\"data\":{\"p\":\"1\"}}"),
                        Set.of("get")), // patch(context) of an object given reads it, patch(String) may not
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).patch(PatchContext.of(JSON_MERGE), \"{}\");",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a"))
                                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"data\":{\"p\":\"1\"}}")),
                // A merge patch is sent as it is: fabric8 reads the object first only for a JSON patch it computes
                // (trial /tmp/trial31 #4).
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).patch(PatchContext.of(JSON_MERGE));",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a"))
                                .patch(PatchContext.of(PatchType.JSON_MERGE))),
                chain("ConfigMap desired = null; "
                        + "client.configMaps().inNamespace(ns).withName(\"a\").patch(PatchContext.of(STRATEGIC_MERGE), desired);",
                        c -> c.configMaps().inNamespace(NS).withName("a")
                                .patch(PatchContext.of(PatchType.STRATEGIC_MERGE), configMap("a"))),
                // A leader election's lock, as fabric8's LeaderElector drives it: read, create, renew.
                chain("new LeaseLock(ns, \"shop-leader\", \"me\");", c -> {
                    LeaseLock lock = new LeaseLock(NS, "leader-" + UUID.randomUUID(), "me");
                    LeaderElectionRecord record = new LeaderElectionRecord("me", Duration.ofSeconds(15),
                            ZonedDateTime.now(), ZonedDateTime.now(), 0);
                    if (lock.get(c) != null) {
                        throw new IllegalStateException("a new lease exists");
                    }
                    lock.create(c, record);
                    lock.update(c, record);
                }),
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").isReady();",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").isReady()),
                chain("client.configMaps().inNamespace(ns).inform().stop();",
                        c -> c.configMaps().inNamespace(NS).inform().stop()),
                new Chain("client.configMaps().inNamespace(ns).withName(\"a\").waitUntilCondition(m -> true, 5, SECONDS);",
                        c -> c.configMaps().inNamespace(NS).withName("a").waitUntilCondition(m -> true, 5,
                                TimeUnit.SECONDS), Set.of("watch")), // watches only while the condition is false
                // Given a timeout, fabric8 waits for the deleted objects to go, from an informer.
                new Chain("client.configMaps().inNamespace(ns).withName(\"a\").withTimeout(5, SECONDS).delete();",
                        c -> c.configMaps().inNamespace(NS).withName("a").withTimeout(5, TimeUnit.SECONDS).delete(),
                        Set.of("watch")), // watches only while the object is there
                // In any namespace, fabric8 lists the objects for their namespaces, then deletes in each.
                chain("client.configMaps().inAnyNamespace().withLabel(\"app\", \"probe\").delete();",
                        c -> c.configMaps().inAnyNamespace().withLabel("app", "probe").delete()),
                chain("client.resources(ConfigMap.class).inNamespace(ns).withName(\"a\").get();",
                        c -> c.resources(ConfigMap.class).inNamespace(NS).withName("a").get()),
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").get();",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").get()),
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").scale(2);",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").scale(2)),
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").scale();",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").scale()),
                // A Scale given is PUT as it is: no read (trial /tmp/trial34 #6).
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\")"
                        + ".scale(new io.fabric8.kubernetes.api.model.autoscaling.v1.Scale());",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").scale(new ScaleBuilder()
                                .withNewMetadata().withName("web").withNamespace(NS).endMetadata().withNewSpec()
                                .withReplicas(1).endSpec().build())),
                // fabric8's RunOperations creates the pod it describes (trial /tmp/trial34 #3).
                chain("client.run().inNamespace(ns).withName(\"runner\").withImage(\"busybox\").done();",
                        c -> c.run().inNamespace(NS).withName("runner-" + UUID.randomUUID()).withImage("busybox")
                                .done()),
                // The client's resource as a stream's function: each element as client.resource(x) (trial
                // /tmp/trial34 #2).
                chain("java.util.List<ConfigMap> maps = java.util.List.of(); "
                        + "maps.stream().map(client::resource).forEach(Resource::delete);",
                        c -> Stream.of(configMap("a"), configMap("b")).map(c::resource).forEach(Resource::delete)),
                chain("client.pods().inNamespace(ns).withName(\"p\").evict();",
                        c -> c.pods().inNamespace(NS).withName("p").evict()),
                chain("client.batch().v1().jobs().inNamespace(ns).list();",
                        c -> c.batch().v1().jobs().inNamespace(NS).list()),
                chain("client.rbac().roles().inNamespace(ns).list();",
                        c -> c.rbac().roles().inNamespace(NS).list()),
                chain("client.leases().inNamespace(ns).withName(\"lock\").get();",
                        c -> c.leases().inNamespace(NS).withName("lock").get()),
                chain("client.resources(Gadget.class).inNamespace(ns).resource(gadget(\"a\")).updateStatus();",
                        c -> c.resources(Gadget.class).inNamespace(NS).resource(gadget("a")).updateStatus()),
                chain("client.resources(Gadget.class).inNamespace(ns).resource(gadget(\"a\")).patchStatus();",
                        c -> c.resources(Gadget.class).inNamespace(NS).resource(gadget("a")).patchStatus()),
                // subresource("status") makes the chain write the status; where fabric8 reads first, it reads the object.
                chain("client.resources(Gadget.class).inNamespace(ns).resource(gadget(\"a\")).subresource(\"status\")"
                        + ".patch(PatchContext.of(PatchType.JSON_MERGE), gadget(\"a\"));",
                        c -> c.resources(Gadget.class).inNamespace(NS).resource(gadget("a")).subresource("status")
                                .patch(PatchContext.of(PatchType.JSON_MERGE), gadget("a"))),
                chain("client.resources(Gadget.class).inNamespace(ns).withName(\"a\").subresource(\"status\")"
                        + ".edit(g -> g);",
                        c -> c.resources(Gadget.class).inNamespace(NS).withName("a").subresource("status").edit(g -> {
                            g.setStatus(Map.of("phase", "edited"));
                            return g;
                        })),
                // accept(Consumer) is an edit; fromServer() only narrows.
                chain("client.configMaps().inNamespace(ns).withName(\"a\").accept(m -> m.getData().put(\"x\", \"1\"));",
                        c -> c.configMaps().inNamespace(NS).withName("a").accept(m -> m.getData().put("x", "1"))),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).accept(m -> m.getData().put(\"x\", \"1\"));",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a")).accept(m -> m.getData().put("x", "1"))),
                chain("client.configMaps().inNamespace(ns).withName(\"a\").fromServer().get();",
                        c -> c.configMaps().inNamespace(NS).withName("a").fromServer().get()),
                // The client in a variable of its type, whatever its name.
                chain("Gadget g = null; io.fabric8.kubernetes.client.KubernetesClient kc = client; kc.resource(g)"
                        + ".subresource(\"status\").update();",
                        c -> c.resource(gadget("a")).subresource("status").update()),
                // An object given to the client, of the kind its variable is declared with.
                chain("Gadget g = null; client.resource(g).patchStatus();",
                        c -> c.resource(gadget("a")).patchStatus()),
                chain("ConfigMap m = null; client.resource(m).createOr(NonDeletingOperation::update);",
                        c -> c.resource(configMap("a")).createOr(NonDeletingOperation::update)),
                chain("ConfigMap m = null; client.resource(m).serverSideApply();",
                        c -> c.resource(configMap("typed")).serverSideApply()),
                // An object given to the client, of the kind its making says.
                chain("client.resource(new io.fabric8.kubernetes.api.model.ConfigMapBuilder().withNewMetadata()"
                        + ".withName(\"built\").endMetadata().build()).serverSideApply();",
                        c -> c.resource(configMap("built")).serverSideApply()),
                chain("var m = (ConfigMap) null; client.resource(m).update();",
                        c -> c.resource(configMap("a")).update()),
                // A replace with the version locked reads nothing first (trial /tmp/trial37 L3): update alone.
                chain("ConfigMap m = null; client.resource(m).lockResourceVersion().replace();",
                        c -> c.resource(admin.configMaps().inNamespace(NS).withName("a").get()).lockResourceVersion()
                                .replace()),
                chain("client.resource(new ConfigMap()).delete();", c -> c.resource(configMap("b")).delete()),
                chain("client.resources(Gadget.class).inNamespace(ns).withName(\"a\").editStatus(g -> g);",
                        c -> c.resources(Gadget.class).inNamespace(NS).withName("a").editStatus(g -> {
                            g.setStatus(Map.of("phase", "edited"));
                            return g;
                        })),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"a\")).createOr(NonDeletingOperation::patch);",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("a")).createOr(NonDeletingOperation::patch)),
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").rolling().restart();",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").rolling().restart()),
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").updateImage(\"web:2\");",
                        c -> c.apps().deployments().inNamespace(NS).withName("web").updateImage("web:2")),
                chain("client.configMaps().inNamespace(ns).withName(\"a\").require();", c -> {
                    try {
                        c.configMaps().inNamespace(NS).withName("a").require();
                    } catch (ResourceNotFoundException e) {
                        throw (KubernetesClientException) e.getCause(); // refused, or not found
                    }
                }),
                new Chain("client.serviceAccounts().inNamespace(ns).withName(\"robot\").tokenRequest(request());",
                        c -> c.serviceAccounts().inNamespace(NS).withName("robot").tokenRequest(new TokenRequestBuilder()
                                .withNewSpec().withAudiences("probe").withExpirationSeconds(600L).endSpec().build()),
                        Set.of(), true), // the token API may need flags envtest does not give
                chain("client.authentication().v1().tokenReviews().create(review());",
                        c -> c.authentication().v1().tokenReviews().create(new TokenReviewBuilder().withNewSpec()
                                .withToken("not-a-token").endSpec().build())),
                chain("client.authorization().v1().subjectAccessReview().create(access());",
                        c -> c.authorization().v1().subjectAccessReview().create(new SubjectAccessReviewBuilder()
                                .withNewSpec().withUser("someone").withNewResourceAttributes().withVerb("get")
                                .withResource("pods").withNamespace(NS).endResourceAttributes().endSpec().build())),
                // fabric8 waits for the pod to be ready from an informer first, and goes on when that is refused
                // (list, watch may be unused), then reads the pod for its container (get). Kubernetes 1.20
                // authorizes the websocket's GET as get; 1.31 asks for create too. envtest has no kubelet: the API
                // server authorizes the call, then fails it.
                new Chain("client.pods().inNamespace(ns).withName(\"p\").redirectingOutput().exec(\"ls\");",
                        c -> c.pods().inNamespace(NS).withName("p").redirectingOutput().exec("ls").close(),
                        Set.of("list", "watch", "create"), true),
                new Chain("client.pods().inNamespace(ns).withName(\"p\").getLog();",
                        c -> c.pods().inNamespace(NS).withName("p").withReadyWaitTimeout(0).getLog(),
                        Set.of("list", "watch"), true),
                // A deployment's revisions are its replica sets (webRevisions): fabric8 reads it, lists them, and
                // patches it back to the previous one's template.
                chain("client.apps().deployments().inNamespace(ns).withName(\"web\").rolling().undo();", c -> {
                    webRevisions();
                    c.apps().deployments().inNamespace(NS).withName("web").rolling().undo();
                }),
                // Its log is its replica sets' pods': fabric8 reads it, lists its replica sets, reads each, lists
                // their pods and reads each one's log; envtest has no kubelet: the API server authorizes that, then fails it.
                new Chain("client.apps().deployments().inNamespace(ns).withName(\"web\").getLog();",
                        c -> {
                            webRevisions();
                            c.apps().deployments().inNamespace(NS).withName("web").withReadyWaitTimeout(0).getLog();
                        }, Set.of("watch"), true), // the pod's watch: its wait to be ready, cut to nothing here
                new Chain("client.top().pods().metrics(ns);", c -> c.top().pods().metrics(NS), Set.of(), true),
                chain("client.genericKubernetesResources(\"v1\", \"ConfigMap\").inNamespace(ns).withName(\"a\").get();",
                        c -> c.genericKubernetesResources("v1", "ConfigMap").inNamespace(NS).withName("a").get()),
                chain("client.genericKubernetesResources(\"apps/v1\", \"Deployment\").inNamespace(ns).list();",
                        c -> c.genericKubernetesResources("apps/v1", "Deployment").inNamespace(NS).list()),
                chain("client.extensions().ingresses().inNamespace(ns).list();",
                        c -> c.extensions().ingresses().inNamespace(NS).list()),
                chain("client.runtimeClasses().list();", c -> c.runtimeClasses().list()),
                // Of a named object given as text: fabric8 reads it first; it exists, so the apply creates nothing.
                new Chain("client.configMaps().inNamespace(ns).withName(\"a\").patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), \"{}\");",
                        c -> c.configMaps().inNamespace(NS).withName("a").patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY),
                                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\"},"
                                        + "\"data\":{\"s\":\"1\"}}"), Set.of("create")),
                chain("client.configMaps().inNamespace(ns).resource(configMap(\"n\")).patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), configMap(\"n\"));",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("n"))
                                .patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), configMap("n"))),
                // A context in a variable initialized to a server-side apply's.
                chain("var ssa = io.fabric8.kubernetes.client.dsl.base.PatchContext.of(io.fabric8.kubernetes.client"
                        + ".dsl.base.PatchType.SERVER_SIDE_APPLY); ConfigMap m = null; client.configMaps()"
                        + ".inNamespace(ns).resource(m).patch(ssa, m);",
                        c -> c.configMaps().inNamespace(NS).resource(configMap("n"))
                                .patch(PatchContext.of(PatchType.SERVER_SIDE_APPLY), configMap("n"))),
                new Chain("client.pods().inNamespace(ns).withName(\"p\").ephemeralContainers().edit(p -> p);",
                        c -> c.pods().inNamespace(NS).withName("p").ephemeralContainers().edit(p -> p),
                        Set.of(), true), // Kubernetes 1.20 serves ephemeral containers only behind a feature gate
                // A CSR's approval: fabric8 reads it and replaces its approval; the API server asks too whether the
                // operator may approve for its signer, which the marker grants.
                chain("""
                        // +opctl:rbac:groups=certificates.k8s.io,resources=signers,verbs=approve,resourceNames=example.com/*
                        client.certificates().v1().certificateSigningRequests().withName("probe").approve(approved());
                        """, c -> {
                            csr();
                            c.certificates().v1().certificateSigningRequests().withName("probe").approve(
                                    new CertificateSigningRequestConditionBuilder().withType("Approved")
                                            .withStatus("True").withReason("Probe").withMessage("probed").build());
                        }),
                chain("client.v1().events().inNamespace(ns).resource(event()).create();",
                        c -> c.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata()
                                .withGenerateName("probe.").endMetadata().withNewInvolvedObject().withKind("ConfigMap")
                                .withName("a").withNamespace(NS).endInvolvedObject().withReason("Probe").build())
                                .create()));
    }

    /** A certificate signing request, {@code probe}, to a signer of example.com, fresh: neither approved nor denied. */
    private static void csr() {
        admin.certificates().v1().certificateSigningRequests().withName("probe").delete(); // it has no finalizers
        admin.resource(new CertificateSigningRequestBuilder().withNewMetadata().withName("probe").endMetadata()
                .withNewSpec().withSignerName("example.com/probe").withUsages("digital signature", "client auth")
                .withRequest(Base64.getEncoder().encodeToString(CSR.getBytes(StandardCharsets.US_ASCII))).endSpec()
                .build()).create();
    }

    /** A PKCS #10 request for the common name opctl-probe, of a key thrown away (openssl req -new). */
    private static final String CSR = """
            -----BEGIN CERTIFICATE REQUEST-----
            MIHPMHgCAQAwFjEUMBIGA1UEAwwLb3BjdGwtcHJvYmUwWTATBgcqhkjOPQIBBggq
            hkjOPQMBBwNCAARi7jzWLBmOW7HL4vvo1WQlaqsDxhKUGwXEdDKhvNbB/rIb3w6E
            nZHZ/VJ19HggL2l0Xp6KhP/sr/VK326G4V1noAAwCgYIKoZIzj0EAwIDRwAwRAIg
            Kdn35Ghx7qtGAEZxdPziFtLMsFw6CSu8CtTXizg3mSsCIHGBYaOY4JGZF8Pko2b+
            AMuUj6Cq6b3uI+lOCvsF6Rs7
            -----END CERTIFICATE REQUEST-----
            """;

    /**
     * Two revisions of the deployment "web" as its controller leaves them (envtest runs none): replica sets it
     * owns, with their revisions, and a pod of the newer.
     */
    private static void webRevisions() {
        String web = admin.apps().deployments().inNamespace(NS).withName("web").get().getMetadata().getUid();
        for (int revision = 1; revision <= 2; revision++) {
            if (admin.apps().replicaSets().inNamespace(NS).withName("web-" + revision).get() == null) {
                admin.resource(new ReplicaSetBuilder().withNewMetadata().withName("web-" + revision).withNamespace(NS)
                        .addToLabels("app", "web").addToAnnotations("deployment.kubernetes.io/revision", "" + revision)
                        .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                        .withUid(web).withController(true).endOwnerReference().endMetadata().withNewSpec()
                        .withReplicas(0).withNewSelector().addToMatchLabels("app", "web").endSelector()
                        .withNewTemplate().withNewMetadata().addToLabels("app", "web")
                        .addToAnnotations("probe/revision", "" + revision).endMetadata().withNewSpec()
                        .addNewContainer().withName("web").withImage("web").endContainer().endSpec().endTemplate()
                        .endSpec().build()).create();
            }
        }
        if (admin.pods().inNamespace(NS).withName("web-2-a").get() == null) {
            String owner = admin.apps().replicaSets().inNamespace(NS).withName("web-2").get().getMetadata().getUid();
            admin.resource(new PodBuilder().withNewMetadata().withName("web-2-a").withNamespace(NS)
                    .addToLabels("app", "web").addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet")
                    .withName("web-2").withUid(owner).withController(true).endOwnerReference().endMetadata()
                    .withNewSpec().addNewContainer().withName("web").withImage("web").endContainer().endSpec().build())
                    .create();
        }
    }

    /** The HTTP status of {@code e}: a websocket's (exec) is that of its failed handshake. */
    private static int code(KubernetesClientException e) {
        return e.getCause() instanceof WebSocketHandshakeException handshake ? handshake.getResponse().code()
                : e.getCode();
    }

    /**
     * Whether the API server refused {@code e}'s call (403), by its code, or by a 403 in its message where
     * fabric8 wraps the failure without one; not a 403 inside a number, as in the API server's port
     * ({@code https://127.0.0.1:49403/...}: CI failed on a 404 so read).
     */
    static boolean refused(KubernetesClientException e) {
        return code(e) == 403 || FORBIDDEN.matcher(String.valueOf(e.getMessage())).find();
    }

    private static Chain chain(String source, Consumer<KubernetesClient> run) {
        return new Chain(source, run, Set.of());
    }

    private static ConfigMap configMap(String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(NS).addToLabels("app", "probe")
                .endMetadata().addToData("k", "v").build();
    }

    private static Gadget gadget(String name) {
        return gadget(name, Map.of("phase", "probed"));
    }

    private static Gadget gadget(String name, Map<String, Object> status) {
        Gadget gadget = new Gadget();
        gadget.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
        gadget.setSpec(Map.of("size", 1));
        gadget.setStatus(status);
        return gadget;
    }

    @BeforeAll
    static void accountWithItsOwnToken() throws InterruptedException {
        admin = new KubernetesClientBuilder().build();
        E2ECluster.kind(admin, "probe.opctl.dev", "Gadget");
        account = E2ECluster.account(admin, ACCOUNT);
    }

    @AfterAll
    static void cleanUp() {
        if (admin != null) {
            E2ECluster.deleteAccount(admin, ACCOUNT);
            admin.certificates().v1().certificateSigningRequests().withName("probe").delete();
            admin.apiextensions().v1().customResourceDefinitions().withName("gadgets.probe.opctl.dev").delete();
            admin.close();
        }
        if (account != null) {
            account.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void theInferredRoleIsEnoughAndEachOfItsVerbsNeeded(Chain chain) throws Exception {
        List<PolicyRule> rules = inferredRules(chain.source());
        assertRunsWith(chain, rules, true);
        for (int r = 0; r < rules.size(); r++) {
            for (String verb : rules.get(r).getVerbs()) {
                if (chain.mayBeUnused().contains(verb)) {
                    continue;
                }
                List<PolicyRule> without = new ArrayList<>(rules);
                PolicyRule rule = rules.get(r);
                List<String> others = rule.getVerbs().stream().filter(v -> !v.equals(verb)).toList();
                if (others.isEmpty()) {
                    without.remove(r);
                } else {
                    without.set(r, new PolicyRuleBuilder(rule).withVerbs(others).build());
                }
                assertRunsWith(chain, without, false);
            }
        }
    }

    /** The rules opctl infers for a reconciler that runs {@code statement}, but its primary kind's. */
    private static List<PolicyRule> inferredRules(String statement) throws Exception {
        Map<Path, String> sources = Map.of(ROOT.resolve("com/example/shop/controller/StoreReconciler.java"), """
                package com.example.shop.controller;

                import com.example.shop.api.shop.v1.Store;
                import com.example.shop.probe.Gadget;
                import io.fabric8.kubernetes.api.model.ConfigMap;
                import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
                import io.fabric8.kubernetes.client.dsl.Resource;
                import io.javaoperatorsdk.operator.api.reconciler.Context;
                import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
                import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

                public class StoreReconciler implements Reconciler<Store> {
                    @Override
                    public UpdateControl<Store> reconcile(Store store, Context<Store> context) {
                        var client = context.getClient();
                        String ns = store.getMetadata().getNamespace();
                        %s
                        return UpdateControl.noUpdate();
                    }
                }
                """.formatted(statement), ROOT.resolve("com/example/shop/probe/Gadget.java"), GADGET_SOURCE);
        String role = RbacGenerator.role(RbacGeneratorTest.PROJECT, ROOT, sources).content();
        JsonNode parsed = new ObjectMapper(new YAMLFactory()).readTree(role);
        List<PolicyRule> rules = new ArrayList<>();
        for (JsonNode rule : parsed.get("rules")) {
            List<String> resources = new ArrayList<>();
            rule.get("resources").forEach(r -> resources.add(r.asText()));
            if (!rule.get("apiGroups").get(0).asText().equals("shop.example.com")) {
                List<String> verbs = new ArrayList<>();
                rule.get("verbs").forEach(v -> verbs.add(v.asText()));
                List<String> names = new ArrayList<>();
                rule.path("resourceNames").forEach(n -> names.add(n.asText()));
                rules.add(new PolicyRuleBuilder().withApiGroups(rule.get("apiGroups").get(0).asText())
                        .withResources(resources).withResourceNames(names).withVerbs(verbs).build());
            }
        }
        assertEquals(false, rules.isEmpty(), "opctl granted nothing for " + statement + ":\n" + role);
        return rules;
    }

    /**
     * Runs {@code chain} as the ServiceAccount bound to {@code rules} only, on fresh objects, and
     * checks it succeeds, or is refused (403); the authorizer's cache may lag a role's change a little.
     */
    private static void assertRunsWith(Chain chain, List<PolicyRule> rules, boolean allowed) throws Exception {
        admin.rbac().clusterRoles().resource(new ClusterRoleBuilder().withNewMetadata().withName(ACCOUNT)
                .endMetadata().withRules(rules.isEmpty() ? List.of(NOTHING) : rules).build())
                .createOr(NonDeletingOperation::update);
        KubernetesClientException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            admin.configMaps().inNamespace(NS).withLabel("app", "probe").delete();
            admin.configMaps().inNamespace(NS).withName("n").delete();
            while (!admin.configMaps().inNamespace(NS).withLabel("app", "probe").list().getItems().isEmpty()) {
                Thread.sleep(50);
            }
            admin.resource(configMap("a")).create();
            admin.resource(configMap("b")).create();
            admin.resources(Gadget.class).inNamespace(NS).withName("a").withGracePeriod(0).delete();
            while (admin.resources(Gadget.class).inNamespace(NS).withName("a").get() != null) {
                Thread.sleep(50);
            }
            admin.resource(gadget("a")).create();
            if (admin.apps().deployments().inNamespace(NS).withName("web").get() == null) {
                admin.resource(new DeploymentBuilder().withNewMetadata().withName("web").withNamespace(NS)
                        .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "web").endSelector()
                        .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata().withNewSpec()
                        .addNewContainer().withName("web").withImage("web").endContainer().endSpec().endTemplate()
                        .endSpec().build()).create();
            }
            if (admin.serviceAccounts().inNamespace(NS).withName("robot").get() == null) {
                admin.resource(new ServiceAccountBuilder().withNewMetadata().withName("robot").withNamespace(NS)
                        .endMetadata().build()).create();
            }
            if (admin.pods().inNamespace(NS).withName("p").get() == null) {
                admin.resource(new PodBuilder().withNewMetadata().withName("p").withNamespace(NS).endMetadata()
                        .withNewSpec().addNewContainer().withName("p").withImage("p").endContainer().endSpec().build())
                        .create();
            }
            try {
                chain.run().accept(account);
                if (allowed) {
                    return;
                }
                last = null;
            } catch (KubernetesClientException e) {
                if (!refused(e)) {
                    if (!chain.authorizedIsEnough()) {
                        throw e;
                    }
                    if (allowed) {
                        return;
                    }
                    last = null;
                    Thread.sleep(150);
                    continue;
                }
                if (!allowed) {
                    return;
                }
                last = e;
            }
            Thread.sleep(150);
        }
        fail((allowed ? "refused with " : "allowed without a verb, with ") + rules + ": " + chain.source()
                + (last == null ? "" : ": " + last.getMessage()));
    }
}
