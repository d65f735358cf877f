package dev.opctl.scaffold.project;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** {@code OperatorMainTest.java}: runs the operator's wiring on fabric8's mock API server. */
public final class OperatorMainTestJava implements Template {
    static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName ASSUMPTIONS = ClassName.get("org.junit.jupiter.api", "Assumptions");
    private static final ClassName MOCK_SERVER =
            ClassName.get("io.fabric8.kubernetes.client.server.mock", "KubernetesMockServer");
    private static final ClassName OPERATOR_EXCEPTION = ClassName.get("io.javaoperatorsdk.operator", "OperatorException");
    private static final ClassName LEASE = ClassName.get("io.fabric8.kubernetes.api.model.coordination.v1", "Lease");
    private static final ClassName LEASE_BUILDER =
            ClassName.get("io.fabric8.kubernetes.api.model.coordination.v1", "LeaseBuilder");
    private static final ClassName MICROMETER_METRICS =
            ClassName.get("io.javaoperatorsdk.operator.monitoring.micrometer", "MicrometerMetrics");
    private static final ClassName PROMETHEUS_REGISTRY =
            ClassName.get("io.micrometer.prometheusmetrics", "PrometheusMeterRegistry");
    private static final ClassName MOCK_CLIENT =
            ClassName.get("io.fabric8.kubernetes.client.server.mock", "EnableKubernetesMockClient");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName health = ClassName.get(model.javaPackage(), HealthServerJava.CLASS_NAME);
        ClassName metricsServer = ClassName.get(model.javaPackage(), OperatorMainJava.METRICS_SERVER);
        ClassName main = ClassName.get(model.javaPackage(), model.mainClass());
        ClassName operator = ReconcilerRegistryJava.OPERATOR;

        MethodSpec notReady = MethodSpec.methodBuilder("probesReportLiveButNotReadyBeforeTheOperatorStarts")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T operator = $T.createOperator(client, null, $T.ZERO)", operator, main, Duration.class)
                .addStatement("$T health = $T.start(operator, 0)", health, health)
                .beginControlFlow("try")
                .addStatement("$T.assertEquals(200, probe(health, $S))", ASSERTIONS, "/healthz")
                .addStatement("$T.assertEquals(503, probe(health, $S))", ASSERTIONS, "/readyz")
                .nextControlFlow("finally")
                .addStatement("health.stop()")
                .endControlFlow()
                .build();
        MethodSpec starts = MethodSpec.methodBuilder("operatorStartsWithEveryRegisteredReconciler")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T operator = $T.createOperator(client, null, $T.ZERO)", operator, main, Duration.class)
                .addStatement("$T.assumeTrue(operator.getRegisteredControllersNumber() > 0,\n$S)",
                        ASSUMPTIONS, "no controller registered yet: add one with 'opctl add controller'")
                .addStatement("$T health = $T.start(operator, 0)", health, health)
                .beginControlFlow("try")
                .addStatement("operator.start()")
                .addStatement("$T.assertEquals(200, probe(health, $S))", ASSERTIONS, "/readyz")
                .nextControlFlow("finally")
                .addStatement("operator.stop()")
                .addStatement("health.stop()")
                .endControlFlow()
                .build();
        MethodSpec missingCrd = MethodSpec.methodBuilder("aMissingCrdIsOneLineAndNothingKeepsRunning")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addComment("Without crud, the mock API server answers 404 to what it was not told: no CRD is installed.")
                .addStatement("$T server = new $T()", MOCK_SERVER, MOCK_SERVER)
                .addStatement("server.init()")
                .beginControlFlow("try")
                .addStatement("$T operator = $T.createOperator(server.createClient(), null, $T.ZERO)", operator, main,
                        Duration.class)
                .addStatement("$T.assumeTrue(operator.getRegisteredControllersNumber() > 0,\n$S)",
                        ASSUMPTIONS, "no controller registered yet: add one with 'opctl add controller'")
                .addStatement("$T failure = $T.assertThrows($T.class, operator::start)", OPERATOR_EXCEPTION, ASSERTIONS,
                        OPERATOR_EXCEPTION)
                .addStatement("String reason = $T.startupFailure(failure)", main)
                .addStatement("$T.assertTrue(reason.matches($S), reason)", ASSERTIONS,
                        "CRD \\S+ is not installed: kubectl apply -k config")
                .addCode("\n")
                .addStatement("int port = freePort()")
                .addStatement("int metricsPort = freePort()")
                .addStatement("$T<String> started = $T.start(server.createClient(),\n$T.of($S, $S + port, $S, $S + metricsPort))",
                        Optional.class, main, Map.class, "HEALTH_PORT", "", "METRICS_PORT", "")
                .addStatement("$T.assertTrue(started.orElseThrow().endsWith($S + reason), started.get())", ASSERTIONS,
                        " cannot start: ")
                .addComment("the health and metrics servers are stopped: their ports are free again")
                .addStatement("new $T(port).close()", ServerSocket.class)
                .addStatement("new $T(metricsPort).close()", ServerSocket.class)
                .nextControlFlow("finally")
                .addStatement("server.destroy()")
                .endControlFlow()
                .build();
        MethodSpec unreachable = MethodSpec.methodBuilder("anUnreachableApiServerIsOneLine")
                .addAnnotation(TEST)
                .addStatement("$T failure = new $T($S, new $T())", OPERATOR_EXCEPTION, OPERATOR_EXCEPTION,
                        "Error starting operator", ConnectException.class)
                .addStatement("$T.assertEquals($S,\n$T.startupFailure(failure))", ASSERTIONS,
                        "cannot reach the API server: check KUBECONFIG (or ~/.kube/config) and that the cluster is up",
                        main)
                .build();
        MethodSpec portInUse = MethodSpec.methodBuilder("aHealthPortInUseIsOneLine")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T.assumeTrue($T.createOperator(client, null, $T.ZERO).getRegisteredControllersNumber() > 0,\n$S)",
                        ASSUMPTIONS, main, Duration.class, "no controller registered yet: add one with 'opctl add controller'")
                .beginControlFlow("try ($T taken = new $T(0))", ServerSocket.class, ServerSocket.class)
                .addStatement("int port = taken.getLocalPort()")
                .addStatement("$T<String> started = $T.start(client, $T.of($S, $S + port))", Optional.class, main,
                        Map.class, "HEALTH_PORT", "")
                .addStatement("$T.assertTrue(started.orElseThrow().startsWith($S + port + $S),\nstarted.get())",
                        ASSERTIONS, "Cannot serve the health probes on port ", ": ")
                .endControlFlow()
                .build();
        MethodSpec metricsPortInUse = MethodSpec.methodBuilder("aMetricsPortInUseIsOneLine")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T.assumeTrue($T.createOperator(client, null, $T.ZERO).getRegisteredControllersNumber() > 0,\n$S)",
                        ASSUMPTIONS, main, Duration.class, "no controller registered yet: add one with 'opctl add controller'")
                .beginControlFlow("try ($T taken = new $T(0))", ServerSocket.class, ServerSocket.class)
                .addStatement("int port = taken.getLocalPort()")
                .addStatement("$T<String> started = $T.start(client, $T.of($S, $S, $S, $S + port))", Optional.class,
                        main, Map.class, "HEALTH_PORT", "0", "METRICS_PORT", "")
                .addStatement("$T.assertTrue(started.orElseThrow().startsWith($S + port + $S),\nstarted.get())",
                        ASSERTIONS, "Cannot serve the metrics on port ", ": ")
                .endControlFlow()
                .build();
        MethodSpec metrics = MethodSpec.methodBuilder("metricsShowTheJvmAndEveryController")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T registry = $T.newRegistry()", PROMETHEUS_REGISTRY, metricsServer)
                .addStatement("$T operator = $T.createOperator(client, null, $T.ZERO,\n"
                        + "$T.withoutPerResourceMetrics(registry))", operator, main, Duration.class, MICROMETER_METRICS)
                .addStatement("$T.assumeTrue(operator.getRegisteredControllersNumber() > 0,\n$S)", ASSUMPTIONS,
                        "no controller registered yet: add one with 'opctl add controller'")
                .addStatement("$T metrics = $T.start(registry, 0)", metricsServer, metricsServer)
                .beginControlFlow("try")
                .addStatement("String scraped = scrape(metrics)")
                .addStatement("$T.assertTrue(scraped.contains($S), scraped)", ASSERTIONS, "jvm_memory_used_bytes")
                .addComment("the Java Operator SDK's gauges, one per controller")
                .addStatement("$T.assertTrue(scraped.contains($S), scraped)", ASSERTIONS,
                        "operator_sdk_reconciliations_queue_size_")
                .nextControlFlow("finally")
                .addStatement("metrics.stop()")
                .endControlFlow()
                .build();
        MethodSpec coreGroup = MethodSpec.methodBuilder("metersOfCoreKindsAreKeptBesideThoseOfCustomKinds")
                .addAnnotation(TEST)
                .addStatement("$T registry = $T.newRegistry()", PROMETHEUS_REGISTRY, metricsServer)
                .addStatement("registry.counter($S, $S, $S, $S, $S).increment()", "operator.sdk.events.received",
                        "group", "example.com", "kind", "Custom")
                .addStatement("registry.counter($S, $S, $S).increment()", "operator.sdk.events.received", "kind",
                        "Service")
                .addStatement("String scraped = registry.scrape()")
                .addStatement("$T.assertTrue(scraped.contains($S), scraped)", ASSERTIONS,
                        "operator_sdk_events_received_total{group=\"example.com\",kind=\"Custom\"} 1.0")
                .addStatement("$T.assertTrue(scraped.contains($S), scraped)", ASSERTIONS,
                        "operator_sdk_events_received_total{group=\"\",kind=\"Service\"} 1.0")
                .build();
        MethodSpec badSetting = MethodSpec.methodBuilder("aBadSettingIsOneLine")
                .addAnnotation(TEST)
                .addStatement("$T<String> started = $T.start(client, $T.of($S, $S))", Optional.class, main, Map.class,
                        "HEALTH_PORT", "http")
                .addStatement("$T.assertEquals($T.of($S), started)", ASSERTIONS, Optional.class,
                        "HEALTH_PORT must be a whole number of 0 or more, not 'http'")
                .addStatement("$T.assertEquals($T.of($S),\n$T.start(client, $T.of($S, $S)))", ASSERTIONS, Optional.class,
                        "METRICS_PORT must be a port number from 0 to 65535, not '70000'", main, Map.class,
                        "METRICS_PORT", "70000")
                .build();
        MethodSpec identity = MethodSpec.methodBuilder("theLeaseHolderIsThePodOrElseTheHostAndARandomSuffix")
                .addAnnotation(TEST)
                .addStatement("$T.assertEquals($S, $T.leaderIdentity($T.of($S, $S)))", ASSERTIONS, "op-7d9f-x2", main,
                        Map.class, "POD_NAME", "op-7d9f-x2")
                .addStatement("String local = $T.leaderIdentity($T.of())", main, Map.class)
                .addStatement("$T.assertTrue(local.matches($S), local)", ASSERTIONS, ".+-[0-9a-f]{8}")
                .addStatement("$T.assertNotEquals(local, $T.leaderIdentity($T.of()))", ASSERTIONS, main, Map.class)
                .build();
        MethodSpec release = MethodSpec.methodBuilder("onlyTheHolderReleasesTheLease")
                .addAnnotation(TEST)
                .addStatement("client.resource(lease($S, $S)).create()", "ns-a", "me")
                .addStatement("client.resource(lease($S, $S)).create()", "ns-b", "another")
                .addCode("\n")
                .addStatement("$T.releaseLease(client, $S, $S)", main, "ns-a", "me")
                .addStatement("$T.releaseLease(client, $S, $S)", main, "ns-b", "me")
                .addCode("\n")
                .addStatement("$T.assertNull(holder($S))", ASSERTIONS, "ns-a")
                .addStatement("$T.assertEquals($S, holder($S))", ASSERTIONS, "another", "ns-b")
                .build();
        MethodSpec holder = MethodSpec.methodBuilder("holder")
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addParameter(String.class, "namespace")
                .addStatement("return client.resources($T.class).inNamespace(namespace)"
                        + ".withName($T.LEADER_ELECTION_LEASE)\n.get().getSpec().getHolderIdentity()", LEASE, main)
                .build();
        MethodSpec lease = MethodSpec.methodBuilder("lease")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(LEASE)
                .addParameter(String.class, "namespace")
                .addParameter(String.class, "holder")
                .addStatement("return new $T()\n"
                        + ".withNewMetadata().withNamespace(namespace).withName($T.LEADER_ELECTION_LEASE)"
                        + ".endMetadata()\n"
                        + ".withNewSpec().withHolderIdentity(holder).withLeaseDurationSeconds(15).endSpec()\n"
                        + ".build()", LEASE_BUILDER, main)
                .build();
        MethodSpec freePort = MethodSpec.methodBuilder("freePort")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addException(Exception.class)
                .beginControlFlow("try ($T socket = new $T(0))", ServerSocket.class, ServerSocket.class)
                .addStatement("return socket.getLocalPort()")
                .endControlFlow()
                .build();
        MethodSpec probe = MethodSpec.methodBuilder("probe")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(health, "health")
                .addParameter(String.class, "path")
                .addException(Exception.class)
                .addStatement("$T uri = $T.create($S + health.port() + path)", URI.class, URI.class, "http://127.0.0.1:")
                .addStatement("$T request = $T.newBuilder(uri).build()", HttpRequest.class, HttpRequest.class)
                .addStatement("return $T.newHttpClient()\n.send(request, $T.BodyHandlers.discarding())\n"
                        + ".statusCode()", HttpClient.class, HttpResponse.class)
                .build();

        MethodSpec scrape = MethodSpec.methodBuilder("scrape")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(metricsServer, "metrics")
                .addException(Exception.class)
                .addStatement("$T uri = $T.create($S + metrics.port() + $S)", URI.class, URI.class, "http://127.0.0.1:",
                        "/metrics")
                .addStatement("$T<String> response = $T.newHttpClient()\n"
                        + ".send($T.newBuilder(uri).build(), $T.BodyHandlers.ofString())", HttpResponse.class,
                        HttpClient.class, HttpRequest.class, HttpResponse.class)
                .addStatement("$T.assertEquals(200, response.statusCode())", ASSERTIONS)
                .addStatement("return response.body()")
                .build();

        TypeSpec type = TypeSpec.classBuilder(model.mainClass() + "Test")
                .addJavadoc("Runs the operator's wiring against fabric8's mock API server instead of a cluster.\n")
                .addAnnotation(AnnotationSpec.builder(MOCK_CLIENT).addMember("crud", "true").build())
                .addField(OperatorMainJava.KUBERNETES_CLIENT, "client")
                .addMethod(notReady)
                .addMethod(starts)
                .addMethod(missingCrd)
                .addMethod(unreachable)
                .addMethod(portInUse)
                .addMethod(metricsPortInUse)
                .addMethod(metrics)
                .addMethod(coreGroup)
                .addMethod(badSetting)
                .addMethod(identity)
                .addMethod(release)
                .addMethod(holder)
                .addMethod(lease)
                .addMethod(freePort)
                .addMethod(probe)
                .addMethod(scrape)
                .build();
        return JavaSources.test(model, type, Ownership.USER,
                new JavaSources.StaticImport(ASSERTIONS, "assertEquals", "assertNotEquals", "assertNull", "assertThrows",
                        "assertTrue"),
                new JavaSources.StaticImport(ASSUMPTIONS, "assumeTrue"));
    }
}
