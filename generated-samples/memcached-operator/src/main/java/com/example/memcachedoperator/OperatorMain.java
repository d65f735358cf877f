package com.example.memcachedoperator;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.MissingCRDException;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code memcached-operator}: creates the operator, registers every reconciler and starts it.
 *
 * <p>The Kubernetes client is configured the usual fabric8 way: in a cluster from the Pod's
 * service account, elsewhere from {@code KUBECONFIG} or {@code ~/.kube/config}. When
 * {@code POD_NAMESPACE} is set, as the Deployment does, replicas elect a leader through a Lease.
 * The environment variables read here, and their defaults, are listed in the README.
 */
public final class OperatorMain {
    /**
     * Name of the Lease through which the operator's replicas elect a leader.
     */
    static final String LEADER_ELECTION_LEASE = "memcached-operator-leader";

    private static final Logger log = LoggerFactory.getLogger(OperatorMain.class);

    private OperatorMain() {
    }

    public static void main(String[] args) {
        KubernetesClient client = new KubernetesClientBuilder().build();
        Optional<String> failure = start(client, System.getenv());
        if (failure.isPresent()) {
            log.error(failure.get());
            System.exit(1);
        }
    }

    /**
     * Starts the health and metrics servers and the operator as {@code env} configures them, and
     * stops them gracefully when the JVM shuts down (on SIGTERM): no new reconciliations, running
     * ones finish within {@code SHUTDOWN_GRACE_PERIOD_SECONDS}, and the leader releases its Lease.
     *
     * @return empty once all run; otherwise why they could not start, in one line, and then
     *     nothing is left running and the client is closed
     */
    static Optional<String> start(KubernetesClient client, Map<String, String> env) {
        AtomicBoolean stopping = new AtomicBoolean();
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        Operator operator;
        int healthPort;
        int metricsPort;
        try {
            healthPort = port(env, "HEALTH_PORT", HealthServer.DEFAULT_PORT);
            metricsPort = port(env, "METRICS_PORT", MetricsServer.DEFAULT_PORT);
            Duration gracePeriod = Duration.ofSeconds(setting(env, "SHUTDOWN_GRACE_PERIOD_SECONDS", 10));
            operator = createOperator(client, leaderElection(client, env, stopping), gracePeriod,
                    MicrometerMetrics.withoutPerResourceMetrics(registry));
        } catch (IllegalArgumentException e) {
            client.close();
            return Optional.of(e.getMessage());
        }
        if (operator.getRegisteredControllersNumber() == 0) {
            client.close();
            return Optional.of("No controller is registered yet: register a Reconciler in createOperator, "
                    + "or generate one with 'opctl add controller'");
        }
        HealthServer health;
        try {
            health = HealthServer.start(operator, healthPort);
        } catch (IOException e) {
            client.close();
            return Optional.of("Cannot serve the health probes on port " + healthPort + ": " + e.getMessage()
                    + "; set HEALTH_PORT to a free port");
        }
        MetricsServer metrics;
        try {
            metrics = MetricsServer.start(registry, metricsPort);
        } catch (IOException e) {
            health.stop();
            client.close();
            return Optional.of("Cannot serve the metrics on port " + metricsPort + ": " + e.getMessage()
                    + "; set METRICS_PORT to a free port");
        }
        WebhookServer webhooks;
        try {
            webhooks = WebhookServer.start(client, env, WebhookRegistry::registerAll);
        } catch (IOException | IllegalArgumentException e) {
            health.stop();
            metrics.stop();
            client.close();
            return Optional.of(e.getMessage());
        }
        // +opctl:scaffold:servers
        Thread shutdown = new Thread(() -> {
            stopping.set(true);
            operator.stop();
            health.stop();
            metrics.stop();
            webhooks.stop();
            // +opctl:scaffold:stop-servers
        }, "operator-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            operator.start();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            health.stop();
            metrics.stop();
            webhooks.stop();
            // +opctl:scaffold:stop-servers
            client.close();
            return Optional.of("memcached-operator cannot start: " + startupFailure(e));
        }
        log.info("memcached-operator started with {} controller(s)", operator.getRegisteredControllersNumber());
        return Optional.empty();
    }

    /**
     * Creates the operator as {@link #createOperator(KubernetesClient, LeaderElectionConfiguration,
     * Duration, Metrics)} does, recording no metrics: for tests.
     */
    static Operator createOperator(KubernetesClient client,
            LeaderElectionConfiguration leaderElection, Duration gracePeriod) {
        return createOperator(client, leaderElection, gracePeriod, Metrics.NOOP);
    }

    /**
     * Creates the operator with every reconciler of this project registered, without starting it.
     *
     * @param client the client the operator talks to the API server through
     * @param leaderElection how replicas elect a leader; {@code null} runs without leader election
     *     (as when started outside a cluster)
     * @param gracePeriod how long {@link Operator#stop()} waits for running reconciliations to finish
     * @param metrics where the operator records its reconciliations, e.g. the Micrometer registry
     *     that {@link MetricsServer} serves
     */
    static Operator createOperator(KubernetesClient client,
            LeaderElectionConfiguration leaderElection, Duration gracePeriod, Metrics metrics) {
        Operator operator = new Operator(overrider -> {
            overrider.withKubernetesClient(client);
            overrider.withReconciliationTerminationTimeout(gracePeriod);
            overrider.withMetrics(metrics);
            if (leaderElection != null) {
                overrider.withLeaderElectionConfiguration(leaderElection);
            }
            // TODO(user): tune the operator here, e.g. overrider.withConcurrentReconciliationThreads(10).
        });
        ReconcilerRegistry.registerAll(operator);
        // TODO(user): register reconcilers you write by hand here, e.g. operator.register(new MyReconciler());
        return operator;
    }

    /**
     * Leader election through the Lease {@link #LEADER_ELECTION_LEASE} in {@code POD_NAMESPACE},
     * or {@code null} when that is not set; {@link #leaderIdentity} is the holder. Once
     * {@code stopping} is set, the leader releases the Lease when it stops leading, so that a
     * standby takes over at once; before that, losing the Lease ends the process, as no two
     * replicas may reconcile at once.
     */
    static LeaderElectionConfiguration leaderElection(KubernetesClient client,
            Map<String, String> env, AtomicBoolean stopping) {
        String namespace = env.get("POD_NAMESPACE");
        if (namespace == null || namespace.isBlank()) {
            return null;
        }
        String identity = leaderIdentity(env);
        // TODO(user): a shorter retry period makes failover faster and costs a Lease request per period.
        Duration leaseDuration = Duration.ofSeconds(setting(env, "LEADER_ELECTION_LEASE_DURATION_SECONDS", 15));
        Duration renewDeadline = Duration.ofSeconds(setting(env, "LEADER_ELECTION_RENEW_DEADLINE_SECONDS", 10));
        Duration retryPeriod = Duration.ofSeconds(setting(env, "LEADER_ELECTION_RETRY_PERIOD_SECONDS", 1));
        Runnable onStopLeading = () -> {
            if (stopping.get()) {
                releaseLease(client, namespace, identity);
            } else {
                log.error("Lost the Lease {} to another replica: exiting", LEADER_ELECTION_LEASE);
                // At once, as Kubernetes' own controllers do: another replica may be reconciling already.
                Runtime.getRuntime().halt(1);
            }
        };
        return LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(LEADER_ELECTION_LEASE)
                .withLeaseNamespace(namespace)
                .withIdentity(identity)
                .withLeaseDuration(leaseDuration)
                .withRenewDeadline(renewDeadline)
                .withRetryPeriod(retryPeriod)
                .withLeaderCallbacks(new LeaderCallbacks(() -> { }, onStopLeading, leader -> { }))
                // JOSDK 5.2 would call System.exit(1) on stopping leading, which hangs in a shutdown hook.
                .withExitOnStopLeading(false)
                .build();
    }

    /**
     * Who holds the Lease: {@code POD_NAME} in a cluster, elsewhere the host name and a random suffix.
     */
    static String leaderIdentity(Map<String, String> env) {
        String podName = env.get("POD_NAME");
        if (podName != null && !podName.isBlank()) {
            return podName;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Gives up the Lease if {@code identity} holds it, so that a standby need not wait for it to expire.
     */
    static void releaseLease(KubernetesClient client, String namespace, String identity) {
        try {
            Lease lease = client.resources(Lease.class).inNamespace(namespace).withName(LEADER_ELECTION_LEASE).get();
            if (lease != null && identity.equals(lease.getSpec().getHolderIdentity())) {
                lease.getSpec().setHolderIdentity(null);
                // update, not patch: it fails if another replica has taken the Lease meanwhile
                client.resource(lease).update();
                log.info("Released the Lease {}", LEADER_ELECTION_LEASE);
            }
        } catch (KubernetesClientException e) {
            log.warn("Could not release the Lease {}: {}; a standby takes over when it expires",
                    LEADER_ELECTION_LEASE, e.getMessage());
        }
    }

    /**
     * What is missing when {@link Operator#start()} fails, in one line.
     */
    static String startupFailure(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof MissingCRDException missing) {
                return "CRD " + missing.getCrdName() + " is not installed: kubectl apply -k config";
            }
            if (e instanceof KubernetesClientException k && k.getCode() == 404 && k.getFullResourceName() != null) {
                return "CRD " + k.getFullResourceName() + " is not installed: kubectl apply -k config";
            }
            if (e instanceof KubernetesClientException k && k.getCode() == 403) {
                return "permission denied: " + (k.getStatus() != null ? k.getStatus().getMessage() : k.getMessage())
                        + ": grant it in config/rbac (opctl generate rbac) and kubectl apply -k config";
            }
            if (e instanceof ConnectException || e instanceof UnknownHostException) {
                return "cannot reach the API server: check KUBECONFIG (or ~/.kube/config) and that the cluster is up";
            }
            if (e.getCause() == null && e.getMessage() != null) {
                return e.getMessage();
            }
        }
        return String.valueOf(failure);
    }

    /**
     * The whole number of 0 or more in environment variable {@code name}, or {@code defaultValue}.
     */
    static int setting(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + value + "'");
    }

    /**
     * The port number in environment variable {@code name}, 0 (a free port) to 65535, or {@code defaultValue}.
     */
    static int port(Map<String, String> env, String name, int defaultValue) {
        int port = setting(env, name, defaultValue);
        if (port > 65535) {
            throw new IllegalArgumentException(name + " must be a port number from 0 to 65535, not '" + env.get(name).strip() + "'");
        }
        return port;
    }
}
