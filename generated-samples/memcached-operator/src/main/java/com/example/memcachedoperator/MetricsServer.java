package com.example.memcachedoperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Serves the operator's metrics on {@code /metrics} in the Prometheus text format: the Java
 * Operator SDK's (reconciliations started, succeeded and failed, their duration, events received,
 * per controller) and the JVM's (memory, garbage collection, threads, CPU).
 */
public final class MetricsServer {
    /**
     * The port of the metrics when {@code METRICS_PORT} does not set another.
     */
    public static final int DEFAULT_PORT = 8080;

    private final HttpServer server;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    /**
     * A registry with the JVM's metrics in it, for the operator to add its own to.
     */
    public static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return withGroup(id);
            }
        });
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // TODO(user): add metrics of your own, e.g. registry.counter("backups.taken").increment().
        return registry;
    }

    /**
     * The Java Operator SDK tags its meters with the group, version and kind of the resource, but
     * leaves the group out for the core group (Pods, Services). Prometheus needs the same tag names
     * on every meter of a name, and would drop the core kinds' meters when custom kinds are
     * reconciled too: this gives them {@code group=""}.
     */
    static Meter.Id withGroup(Meter.Id id) {
        for (String prefix : new String[] {"", "resource."}) {
            if (id.getTag(prefix + "kind") != null && id.getTag(prefix + "group") == null) {
                return id.withTag(Tag.of(prefix + "group", ""));
            }
        }
        return id;
    }

    /**
     * Starts serving the metrics of {@code registry} on {@code port} (0 picks a free port).
     */
    public static MetricsServer start(PrometheusMeterRegistry registry, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/metrics", exchange -> respond(exchange, registry.scrape()));
        server.start();
        return new MetricsServer(server);
    }

    /**
     * The port the metrics are served on.
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops serving the metrics.
     */
    public void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, String metrics) throws IOException {
        byte[] body = metrics.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
