package com.example.memcachedoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.OperatorException;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.LoggerFactory;

/**
 * Runs the operator's wiring against fabric8's mock API server instead of a cluster.
 */
@EnableKubernetesMockClient(crud = true)
class OperatorMainTest {
    KubernetesClient client;

    @Test
    void probesReportLiveButNotReadyBeforeTheOperatorStarts() throws Exception {
        Operator operator = OperatorMain.createOperator(client, null, Duration.ZERO);
        HealthServer health = HealthServer.start(operator, 0);
        try {
            assertEquals(200, probe(health, "/healthz"));
            assertEquals(503, probe(health, "/readyz"));
        } finally {
            health.stop();
        }
    }

    @Test
    void operatorStartsWithEveryRegisteredReconciler() throws Exception {
        Operator operator = OperatorMain.createOperator(client, null, Duration.ZERO);
        assumeTrue(operator.getRegisteredControllersNumber() > 0,
                "no controller registered yet: add one with 'opctl add controller'");
        HealthServer health = HealthServer.start(operator, 0);
        try {
            operator.start();
            assertEquals(200, probe(health, "/readyz"));
        } finally {
            operator.stop();
            health.stop();
        }
    }

    @Test
    void aMissingCrdIsOneLineAndNothingKeepsRunning() throws Throwable {
        // Without crud, the mock API server answers 404 to what it was not told: no CRD is installed.
        KubernetesMockServer server = new KubernetesMockServer();
        server.init();
        try {
            // The informers log the missing CRD as ERRORs with stack traces, which is expected here.
            withoutInformerErrors(() -> startsWithoutCrds(server));
        } finally {
            server.destroy();
        }
    }

    private static void startsWithoutCrds(KubernetesMockServer server) throws Exception {
        Operator operator = OperatorMain.createOperator(server.createClient(), null, Duration.ZERO);
        assumeTrue(operator.getRegisteredControllersNumber() > 0,
                "no controller registered yet: add one with 'opctl add controller'");
        OperatorException failure = assertThrows(OperatorException.class, operator::start);
        String reason = OperatorMain.startupFailure(failure);
        assertTrue(reason.matches("CRD \\S+ is not installed: kubectl apply -k config"), reason);

        int port = freePort();
        int metricsPort = freePort();
        Optional<String> started = OperatorMain.start(server.createClient(),
                Map.of("HEALTH_PORT", "" + port, "METRICS_PORT", "" + metricsPort));
        assertTrue(started.orElseThrow().endsWith(" cannot start: " + reason), started.get());
        // the health and metrics servers are stopped: their ports are free again
        new ServerSocket(port).close();
        new ServerSocket(metricsPort).close();
    }

    /**
     * Runs {@code test} without the ERROR lines (and stack traces) the informers log when the API
     * server has no CRD, which is what the test expects; logged with logback, the project's logger.
     */
    private static void withoutInformerErrors(Executable test) throws Throwable {
        Map<Logger, Level> levels = new LinkedHashMap<>();
        for (String name : List.of("io.fabric8.kubernetes.client.informers",
                "io.javaoperatorsdk.operator.processing.event.source.informer")) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                levels.put(logger, logger.getLevel());
                logger.setLevel(Level.OFF);
            }
        }
        try {
            test.execute();
        } finally {
            levels.forEach(Logger::setLevel);
        }
    }

    @Test
    void anUnreachableApiServerIsOneLine() {
        OperatorException failure = new OperatorException("Error starting operator", new ConnectException());
        assertEquals("cannot reach the API server: check KUBECONFIG (or ~/.kube/config) and that the cluster is up",
                OperatorMain.startupFailure(failure));
    }

    @Test
    void aHealthPortInUseIsOneLine() throws Exception {
        assumeTrue(OperatorMain.createOperator(client, null, Duration.ZERO).getRegisteredControllersNumber() > 0,
                "no controller registered yet: add one with 'opctl add controller'");
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            Optional<String> started = OperatorMain.start(client, Map.of("HEALTH_PORT", "" + port));
            assertTrue(started.orElseThrow().startsWith("Cannot serve the health probes on port " + port + ": "),
                    started.get());
        }
    }

    @Test
    void aMetricsPortInUseIsOneLine() throws Exception {
        assumeTrue(OperatorMain.createOperator(client, null, Duration.ZERO).getRegisteredControllersNumber() > 0,
                "no controller registered yet: add one with 'opctl add controller'");
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            Optional<String> started = OperatorMain.start(client, Map.of("HEALTH_PORT", "0", "METRICS_PORT", "" + port));
            assertTrue(started.orElseThrow().startsWith("Cannot serve the metrics on port " + port + ": "),
                    started.get());
        }
    }

    @Test
    void metricsShowTheJvmAndEveryController() throws Exception {
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        Operator operator = OperatorMain.createOperator(client, null, Duration.ZERO,
                MicrometerMetrics.withoutPerResourceMetrics(registry));
        assumeTrue(operator.getRegisteredControllersNumber() > 0,
                "no controller registered yet: add one with 'opctl add controller'");
        MetricsServer metrics = MetricsServer.start(registry, 0);
        try {
            String scraped = scrape(metrics);
            assertTrue(scraped.contains("jvm_memory_used_bytes"), scraped);
            // the Java Operator SDK's gauges, one per controller
            assertTrue(scraped.contains("operator_sdk_reconciliations_queue_size_"), scraped);
        } finally {
            metrics.stop();
        }
    }

    @Test
    void metersOfCoreKindsAreKeptBesideThoseOfCustomKinds() {
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        registry.counter("operator.sdk.events.received", "group", "example.com", "kind", "Custom").increment();
        registry.counter("operator.sdk.events.received", "kind", "Service").increment();
        String scraped = registry.scrape();
        assertTrue(scraped.contains("operator_sdk_events_received_total{group=\"example.com\",kind=\"Custom\"} 1.0"), scraped);
        assertTrue(scraped.contains("operator_sdk_events_received_total{group=\"\",kind=\"Service\"} 1.0"), scraped);
    }

    @Test
    void aBadSettingIsOneLine() {
        Optional<String> started = OperatorMain.start(client, Map.of("HEALTH_PORT", "http"));
        assertEquals(Optional.of("HEALTH_PORT must be a whole number of 0 or more, not 'http'"), started);
        assertEquals(Optional.of("METRICS_PORT must be a port number from 0 to 65535, not '70000'"),
                OperatorMain.start(client, Map.of("METRICS_PORT", "70000")));
    }

    @Test
    void theLeaseHolderIsThePodOrElseTheHostAndARandomSuffix() {
        assertEquals("op-7d9f-x2", OperatorMain.leaderIdentity(Map.of("POD_NAME", "op-7d9f-x2")));
        String local = OperatorMain.leaderIdentity(Map.of());
        assertTrue(local.matches(".+-[0-9a-f]{8}"), local);
        assertNotEquals(local, OperatorMain.leaderIdentity(Map.of()));
    }

    @Test
    void onlyTheHolderReleasesTheLease() {
        client.resource(lease("ns-a", "me")).create();
        client.resource(lease("ns-b", "another")).create();

        OperatorMain.releaseLease(client, "ns-a", "me");
        OperatorMain.releaseLease(client, "ns-b", "me");

        assertNull(holder("ns-a"));
        assertEquals("another", holder("ns-b"));
    }

    private String holder(String namespace) {
        return client.resources(Lease.class).inNamespace(namespace).withName(OperatorMain.LEADER_ELECTION_LEASE)
                .get().getSpec().getHolderIdentity();
    }

    private static Lease lease(String namespace, String holder) {
        return new LeaseBuilder()
                .withNewMetadata().withNamespace(namespace).withName(OperatorMain.LEADER_ELECTION_LEASE).endMetadata()
                .withNewSpec().withHolderIdentity(holder).withLeaseDurationSeconds(15).endSpec()
                .build();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int probe(HealthServer health, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + health.port() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String scrape(MetricsServer metrics) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + metrics.port() + "/metrics");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
