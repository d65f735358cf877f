package io.k8s.samplecontroller;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.RuntimeInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Serves the liveness ({@code /healthz}) and readiness ({@code /readyz}) probes of the operator's
 * Deployment.
 */
public final class HealthServer {
    /**
     * The port of the probes when {@code HEALTH_PORT} does not set another.
     */
    public static final int DEFAULT_PORT = 8081;

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving the probes of {@code operator} on {@code port} (0 picks a free port).
     */
    public static HealthServer start(Operator operator, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/healthz", exchange -> respond(exchange, true));
        server.createContext("/readyz", exchange -> respond(exchange, isReady(operator)));
        server.start();
        return new HealthServer(server);
    }

    /**
     * Whether the operator has started and all its informers are healthy.
     */
    static boolean isReady(Operator operator) {
        RuntimeInfo info = operator.getRuntimeInfo();
        return info.isStarted() && info.allEventSourcesAreHealthy();
    }

    /**
     * The port the probes are served on.
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops serving the probes.
     */
    public void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, boolean ok) throws IOException {
        byte[] body = (ok ? "ok" : "not ready").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
