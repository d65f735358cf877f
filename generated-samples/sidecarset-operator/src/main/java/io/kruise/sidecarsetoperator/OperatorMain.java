package io.kruise.sidecarsetoperator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code sidecarset-operator}: creates the operator, registers every reconciler and starts it.
 *
 * <p>The Kubernetes client is configured the usual fabric8 way: in a cluster from the Pod's
 * service account, elsewhere from {@code KUBECONFIG} or {@code ~/.kube/config}. When
 * {@code POD_NAMESPACE} is set, as the Deployment does, replicas elect a leader through a Lease.
 */
public final class OperatorMain {
    /**
     * Name of the Lease through which the operator's replicas elect a leader.
     */
    static final String LEADER_ELECTION_LEASE = "sidecarset-operator-leader";

    /**
     * How long running reconciliations may take to finish on shutdown; keep it below the
     * Deployment's terminationGracePeriodSeconds.
     */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(OperatorMain.class);

    private OperatorMain() {
    }

    public static void main(String[] args) throws IOException {
        KubernetesClient client = new KubernetesClientBuilder().build();
        Operator operator = createOperator(client, System.getenv("POD_NAMESPACE"));
        if (operator.getRegisteredControllersNumber() == 0) {
            log.error("No controller is registered yet: register a Reconciler in createOperator, "
                    + "or generate one with 'opctl add controller'");
            client.close();
            System.exit(1);
        }
        HealthServer health = HealthServer.start(operator, HealthServer.DEFAULT_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(health::stop, "health-server-shutdown"));
        operator.installShutdownHook(SHUTDOWN_TIMEOUT);
        operator.start();
        log.info("sidecarset-operator started with {} controller(s)", operator.getRegisteredControllersNumber());
    }

    /**
     * Creates the operator with every reconciler of this project registered, without starting it.
     *
     * @param client the client the operator talks to the API server through
     * @param leaseNamespace namespace of the leader election Lease; {@code null} runs without leader
     *     election (as when started outside a cluster)
     */
    static Operator createOperator(KubernetesClient client, String leaseNamespace) {
        Operator operator = new Operator(overrider -> {
            overrider.withKubernetesClient(client);
            if (leaseNamespace != null && !leaseNamespace.isBlank()) {
                overrider.withLeaderElectionConfiguration(
                        new LeaderElectionConfiguration(LEADER_ELECTION_LEASE, leaseNamespace));
            }
            // TODO(user): tune the operator here, e.g. overrider.withConcurrentReconciliationThreads(10).
        });
        ReconcilerRegistry.registerAll(operator);
        // TODO(user): register reconcilers you write by hand here, e.g. operator.register(new MyReconciler());
        return operator;
    }
}
