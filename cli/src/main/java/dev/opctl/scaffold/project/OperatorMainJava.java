package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.Modifier;

/**
 * {@code OperatorMain.java}: the user-owned class that starts the operator, reads its settings from the
 * environment, elects a leader, and stops gracefully.
 */
public final class OperatorMainJava implements Template {
    /** The simple name of the class serving the metrics, written from a template. */
    static final String METRICS_SERVER = "MetricsServer";
    static final ClassName METRICS = ClassName.get("io.javaoperatorsdk.operator.api.monitoring", "Metrics");
    private static final ClassName MICROMETER_METRICS =
            ClassName.get("io.javaoperatorsdk.operator.monitoring.micrometer", "MicrometerMetrics");
    private static final ClassName PROMETHEUS_REGISTRY =
            ClassName.get("io.micrometer.prometheusmetrics", "PrometheusMeterRegistry");
    static final ClassName KUBERNETES_CLIENT = ClassName.get("io.fabric8.kubernetes.client", "KubernetesClient");
    static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
    private static final ClassName CLIENT_BUILDER =
            ClassName.get("io.fabric8.kubernetes.client", "KubernetesClientBuilder");
    private static final ClassName CLIENT_EXCEPTION =
            ClassName.get("io.fabric8.kubernetes.client", "KubernetesClientException");
    private static final ClassName LEASE = ClassName.get("io.fabric8.kubernetes.api.model.coordination.v1", "Lease");
    private static final ClassName LEADER_CALLBACKS =
            ClassName.get("io.fabric8.kubernetes.client.extended.leaderelection", "LeaderCallbacks");
    private static final ClassName LEADER_ELECTION =
            ClassName.get("io.javaoperatorsdk.operator.api.config", "LeaderElectionConfiguration");
    private static final ClassName LEADER_ELECTION_BUILDER =
            ClassName.get("io.javaoperatorsdk.operator.api.config", "LeaderElectionConfigurationBuilder");
    private static final ClassName MISSING_CRD = ClassName.get("io.javaoperatorsdk.operator", "MissingCRDException");
    private static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");
    private static final TypeName ENV =
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class));
    private static final String NOT_INSTALLED = " is not installed: kubectl apply -k config";

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName self = ClassName.get(model.javaPackage(), model.mainClass());
        TypeSpec type = TypeSpec.classBuilder(model.mainClass())
                .addJavadoc("Entry point of {@code $L}: creates the operator, registers every reconciler and starts it.\n\n",
                        model.name())
                .addJavadoc("<p>The Kubernetes client is configured the usual fabric8 way: in a cluster from the Pod's\n"
                        + "service account, elsewhere from {@code KUBECONFIG} or {@code ~/.kube/config}. When\n"
                        + "{@code POD_NAMESPACE} is set, as the Deployment does, replicas elect a leader through a Lease.\n"
                        + "The environment variables read here, and their defaults, are listed in the README.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "LEADER_ELECTION_LEASE", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Name of the Lease through which the operator's replicas elect a leader.\n")
                        .initializer("$S", model.name() + "-leader")
                        .build())
                .addField(FieldSpec.builder(LOGGER, "log", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", LOGGER_FACTORY, self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(main())
                .addMethod(start(model))
                .addMethod(createOperatorWithoutMetrics())
                .addMethod(createOperator(model))
                .addMethod(leaderElection())
                .addMethod(leaderIdentity())
                .addMethod(releaseLease())
                .addMethod(startupFailure())
                .addMethod(setting())
                .addMethod(port())
                .build();
        return JavaSources.main(model, type, Ownership.USER);
    }

    private static MethodSpec main() {
        return MethodSpec.methodBuilder("main")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args")
                .addStatement("$T client = new $T().build()", KUBERNETES_CLIENT, CLIENT_BUILDER)
                .addStatement("$T<String> failure = start(client, System.getenv())", Optional.class)
                .beginControlFlow("if (failure.isPresent())")
                .addStatement("log.error(failure.get())")
                .addStatement("System.exit(1)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec start(ProjectModel model) {
        ClassName health = ClassName.get(model.javaPackage(), HealthServerJava.CLASS_NAME);
        ClassName metricsServer = ClassName.get(model.javaPackage(), METRICS_SERVER);
        ClassName operator = ReconcilerRegistryJava.OPERATOR;
        return MethodSpec.methodBuilder("start")
                .addJavadoc("Starts the health and metrics servers and the operator as {@code env} configures them, and\n"
                        + "stops them gracefully when the JVM shuts down (on SIGTERM): no new reconciliations, running\n"
                        + "ones finish within {@code SHUTDOWN_GRACE_PERIOD_SECONDS}, and the leader releases its Lease.\n\n"
                        + "@return empty once all run; otherwise why they could not start, in one line, and then\n"
                        + "    nothing is left running and the client is closed\n")
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(Optional.class, String.class))
                .addParameter(KUBERNETES_CLIENT, "client")
                .addParameter(ENV, "env")
                .addStatement("$T stopping = new $T()", AtomicBoolean.class, AtomicBoolean.class)
                .addStatement("$T registry = $T.newRegistry()", PROMETHEUS_REGISTRY, metricsServer)
                .addStatement("$T operator", operator)
                .addStatement("int healthPort")
                .addStatement("int metricsPort")
                .beginControlFlow("try")
                .addStatement("healthPort = port(env, $S, $T.DEFAULT_PORT)", "HEALTH_PORT", health)
                .addStatement("metricsPort = port(env, $S, $T.DEFAULT_PORT)", "METRICS_PORT", metricsServer)
                .addStatement("$T gracePeriod = $T.ofSeconds(setting(env, $S, 10))", Duration.class, Duration.class,
                        "SHUTDOWN_GRACE_PERIOD_SECONDS")
                .addStatement("operator = createOperator(client, leaderElection(client, env, stopping), gracePeriod,\n"
                        + "$T.withoutPerResourceMetrics(registry))", MICROMETER_METRICS)
                .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                .addStatement("client.close()")
                .addStatement("return $T.of(e.getMessage())", Optional.class)
                .endControlFlow()
                .beginControlFlow("if (operator.getRegisteredControllersNumber() == 0)")
                .addStatement("client.close()")
                .addStatement("return $T.of($S\n+ $S)", Optional.class, "No controller is registered yet: register a "
                        + "Reconciler in createOperator, ", "or generate one with 'opctl add controller'")
                .endControlFlow()
                .addStatement("$T health", health)
                .beginControlFlow("try")
                .addStatement("health = $T.start(operator, healthPort)", health)
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("client.close()")
                .addStatement("return $T.of($S + healthPort + $S + e.getMessage()\n+ $S)", Optional.class,
                        "Cannot serve the health probes on port ", ": ", "; set HEALTH_PORT to a free port")
                .endControlFlow()
                .addStatement("$T metrics", metricsServer)
                .beginControlFlow("try")
                .addStatement("metrics = $T.start(registry, metricsPort)", metricsServer)
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("health.stop()")
                .addStatement("client.close()")
                .addStatement("return $T.of($S + metricsPort + $S + e.getMessage()\n+ $S)", Optional.class,
                        "Cannot serve the metrics on port ", ": ", "; set METRICS_PORT to a free port")
                .endControlFlow()
                .addComment("+opctl:scaffold:servers")
                .addCode("$T shutdown = new $T(() -> {\n$>", Thread.class, Thread.class)
                .addStatement("stopping.set(true)")
                .addStatement("operator.stop()")
                .addStatement("health.stop()")
                .addStatement("metrics.stop()")
                .addComment("+opctl:scaffold:stop-servers")
                .addCode("$<}, $S);\n", "operator-shutdown")
                .addStatement("Runtime.getRuntime().addShutdownHook(shutdown)")
                .beginControlFlow("try")
                .addStatement("operator.start()")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("Runtime.getRuntime().removeShutdownHook(shutdown)")
                .addStatement("health.stop()")
                .addStatement("metrics.stop()")
                .addComment("+opctl:scaffold:stop-servers")
                .addStatement("client.close()")
                .addStatement("return $T.of($S + startupFailure(e))", Optional.class, model.name() + " cannot start: ")
                .endControlFlow()
                .addStatement("log.info($S, operator.getRegisteredControllersNumber())",
                        model.name() + " started with {} controller(s)")
                .addStatement("return $T.empty()", Optional.class)
                .build();
    }

    private static MethodSpec createOperatorWithoutMetrics() {
        return MethodSpec.methodBuilder("createOperator")
                .addJavadoc("Creates the operator as {@link #createOperator(KubernetesClient, LeaderElectionConfiguration,\n"
                        + "Duration, Metrics)} does, recording no metrics: for tests.\n")
                .addModifiers(Modifier.STATIC)
                .returns(ReconcilerRegistryJava.OPERATOR)
                .addParameter(KUBERNETES_CLIENT, "client")
                .addParameter(LEADER_ELECTION, "leaderElection")
                .addParameter(Duration.class, "gracePeriod")
                .addStatement("return createOperator(client, leaderElection, gracePeriod, $T.NOOP)", METRICS)
                .build();
    }

    private static MethodSpec createOperator(ProjectModel model) {
        ClassName registry = ClassName.get(model.javaPackage(), ReconcilerRegistryJava.CLASS_NAME);
        ClassName operator = ReconcilerRegistryJava.OPERATOR;
        CodeBlock configure = CodeBlock.builder()
                .add("$T operator = new $T(overrider -> {\n", operator, operator)
                .indent()
                .addStatement("overrider.withKubernetesClient(client)")
                .addStatement("overrider.withReconciliationTerminationTimeout(gracePeriod)")
                .addStatement("overrider.withMetrics(metrics)")
                .beginControlFlow("if (leaderElection != null)")
                .addStatement("overrider.withLeaderElectionConfiguration(leaderElection)")
                .endControlFlow()
                .add("// TODO(user): tune the operator here, e.g. overrider.withConcurrentReconciliationThreads(10).\n")
                .unindent()
                .add("});\n")
                .build();
        return MethodSpec.methodBuilder("createOperator")
                .addJavadoc("Creates the operator with every reconciler of this project registered, without "
                        + "starting it.\n\n")
                .addJavadoc("@param client the client the operator talks to the API server through\n")
                .addJavadoc("@param leaderElection how replicas elect a leader; {@code null} runs without leader "
                        + "election\n    (as when started outside a cluster)\n")
                .addJavadoc("@param gracePeriod how long {@link $T#stop()} waits for running reconciliations to "
                        + "finish\n", operator)
                .addJavadoc("@param metrics where the operator records its reconciliations, e.g. the Micrometer "
                        + "registry\n    that {@link $T} serves\n", ClassName.get(model.javaPackage(), METRICS_SERVER))
                .addModifiers(Modifier.STATIC)
                .returns(operator)
                .addParameter(KUBERNETES_CLIENT, "client")
                .addParameter(LEADER_ELECTION, "leaderElection")
                .addParameter(Duration.class, "gracePeriod")
                .addParameter(METRICS, "metrics")
                .addCode(configure)
                .addStatement("$T.registerAll(operator)", registry)
                .addComment("TODO(user): register reconcilers you write by hand here, e.g. "
                        + "operator.register(new MyReconciler());")
                .addStatement("return operator")
                .build();
    }

    private static MethodSpec leaderElection() {
        return MethodSpec.methodBuilder("leaderElection")
                .addJavadoc("Leader election through the Lease {@link #LEADER_ELECTION_LEASE} in {@code POD_NAMESPACE},\n"
                        + "or {@code null} when that is not set; {@link #leaderIdentity} is the holder. Once\n"
                        + "{@code stopping} is set, the leader releases the Lease when it stops leading, so that a\n"
                        + "standby takes over at once; before that, losing the Lease ends the process, as no two\n"
                        + "replicas may reconcile at once.\n")
                .addModifiers(Modifier.STATIC)
                .returns(LEADER_ELECTION)
                .addParameter(KUBERNETES_CLIENT, "client")
                .addParameter(ENV, "env")
                .addParameter(AtomicBoolean.class, "stopping")
                .addStatement("String namespace = env.get($S)", "POD_NAMESPACE")
                .beginControlFlow("if (namespace == null || namespace.isBlank())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("String identity = leaderIdentity(env)")
                .addComment("TODO(user): a shorter retry period makes failover faster and costs a Lease request per "
                        + "period.")
                .addStatement("$T leaseDuration = $T.ofSeconds(setting(env, $S, 15))", Duration.class, Duration.class,
                        "LEADER_ELECTION_LEASE_DURATION_SECONDS")
                .addStatement("$T renewDeadline = $T.ofSeconds(setting(env, $S, 10))", Duration.class, Duration.class,
                        "LEADER_ELECTION_RENEW_DEADLINE_SECONDS")
                .addStatement("$T retryPeriod = $T.ofSeconds(setting(env, $S, 1))", Duration.class, Duration.class,
                        "LEADER_ELECTION_RETRY_PERIOD_SECONDS")
                .addCode("$T onStopLeading = () -> {\n$>", Runnable.class)
                .beginControlFlow("if (stopping.get())")
                .addStatement("releaseLease(client, namespace, identity)")
                .nextControlFlow("else")
                .addStatement("log.error($S, LEADER_ELECTION_LEASE)", "Lost the Lease {} to another replica: exiting")
                .addComment("At once, as Kubernetes' own controllers do: another replica may be reconciling already.")
                .addStatement("Runtime.getRuntime().halt(1)")
                .endControlFlow()
                .addCode("$<};\n")
                .addStatement("return $T.aLeaderElectionConfiguration(LEADER_ELECTION_LEASE)\n"
                        + ".withLeaseNamespace(namespace)\n"
                        + ".withIdentity(identity)\n"
                        + ".withLeaseDuration(leaseDuration)\n"
                        + ".withRenewDeadline(renewDeadline)\n"
                        + ".withRetryPeriod(retryPeriod)\n"
                        + ".withLeaderCallbacks(new $T(() -> { }, onStopLeading, leader -> { }))\n"
                        + "// JOSDK 5.2 would call System.exit(1) on stopping leading, which hangs in a shutdown hook.\n"
                        + ".withExitOnStopLeading(false)\n"
                        + ".build()", LEADER_ELECTION_BUILDER, LEADER_CALLBACKS)
                .build();
    }

    private static MethodSpec leaderIdentity() {
        return MethodSpec.methodBuilder("leaderIdentity")
                .addJavadoc("Who holds the Lease: {@code POD_NAME} in a cluster, elsewhere the host name and a random "
                        + "suffix.\n")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(ENV, "env")
                .addStatement("String podName = env.get($S)", "POD_NAME")
                .beginControlFlow("if (podName != null && !podName.isBlank())")
                .addStatement("return podName")
                .endControlFlow()
                .addStatement("String host")
                .beginControlFlow("try")
                .addStatement("host = $T.getLocalHost().getHostName()", InetAddress.class)
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("host = $S", "localhost")
                .endControlFlow()
                .addStatement("return host + $S + $T.randomUUID().toString().substring(0, 8)", "-", UUID.class)
                .build();
    }

    private static MethodSpec releaseLease() {
        return MethodSpec.methodBuilder("releaseLease")
                .addJavadoc("Gives up the Lease if {@code identity} holds it, so that a standby need not wait for it "
                        + "to expire.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(KUBERNETES_CLIENT, "client")
                .addParameter(String.class, "namespace")
                .addParameter(String.class, "identity")
                .beginControlFlow("try")
                .addStatement("$T lease = client.resources($T.class).inNamespace(namespace)"
                        + ".withName(LEADER_ELECTION_LEASE).get()", LEASE, LEASE)
                .beginControlFlow("if (lease != null && identity.equals(lease.getSpec().getHolderIdentity()))")
                .addStatement("lease.getSpec().setHolderIdentity(null)")
                .addComment("update, not patch: it fails if another replica has taken the Lease meanwhile")
                .addStatement("client.resource(lease).update()")
                .addStatement("log.info($S, LEADER_ELECTION_LEASE)", "Released the Lease {}")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", CLIENT_EXCEPTION)
                .addStatement("log.warn($S,\nLEADER_ELECTION_LEASE, e.getMessage())",
                        "Could not release the Lease {}: {}; a standby takes over when it expires")
                .endControlFlow()
                .build();
    }

    private static MethodSpec startupFailure() {
        return MethodSpec.methodBuilder("startupFailure")
                .addJavadoc("What is missing when {@link $T#start()} fails, in one line.\n", ReconcilerRegistryJava.OPERATOR)
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(Throwable.class, "failure")
                .beginControlFlow("for ($T e = failure; e != null; e = e.getCause())", Throwable.class)
                .beginControlFlow("if (e instanceof $T missing)", MISSING_CRD)
                .addStatement("return $S + missing.getCrdName() + $S", "CRD ", NOT_INSTALLED)
                .endControlFlow()
                .beginControlFlow("if (e instanceof $T k && k.getCode() == 404 && k.getFullResourceName() != null)",
                        CLIENT_EXCEPTION)
                .addStatement("return $S + k.getFullResourceName() + $S", "CRD ", NOT_INSTALLED)
                .endControlFlow()
                .beginControlFlow("if (e instanceof $T k && k.getCode() == 403)", CLIENT_EXCEPTION)
                .addStatement("return $S + (k.getStatus() != null ? k.getStatus().getMessage() : k.getMessage())\n+ $S",
                        "permission denied: ", ": grant it in config/rbac (opctl generate rbac) and kubectl apply -k config")
                .endControlFlow()
                .beginControlFlow("if (e instanceof $T || e instanceof $T)", ConnectException.class,
                        UnknownHostException.class)
                .addStatement("return $S", "cannot reach the API server: check KUBECONFIG (or ~/.kube/config) "
                        + "and that the cluster is up")
                .endControlFlow()
                .beginControlFlow("if (e.getCause() == null && e.getMessage() != null)")
                .addStatement("return e.getMessage()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return String.valueOf(failure)")
                .build();
    }

    private static MethodSpec port() {
        return MethodSpec.methodBuilder("port")
                .addJavadoc("The port number in environment variable {@code name}, 0 (a free port) to 65535, or "
                        + "{@code defaultValue}.\n")
                .addModifiers(Modifier.STATIC)
                .returns(int.class)
                .addParameter(ENV, "env")
                .addParameter(String.class, "name")
                .addParameter(int.class, "defaultValue")
                .addStatement("int port = setting(env, name, defaultValue)")
                .beginControlFlow("if (port > 65535)")
                .addStatement("throw new $T(name + $S + env.get(name).strip() + $S)", IllegalArgumentException.class,
                        " must be a port number from 0 to 65535, not '", "'")
                .endControlFlow()
                .addStatement("return port")
                .build();
    }

    private static MethodSpec setting() {
        return MethodSpec.methodBuilder("setting")
                .addJavadoc("The whole number of 0 or more in environment variable {@code name}, or "
                        + "{@code defaultValue}.\n")
                .addModifiers(Modifier.STATIC)
                .returns(int.class)
                .addParameter(ENV, "env")
                .addParameter(String.class, "name")
                .addParameter(int.class, "defaultValue")
                .addStatement("String value = env.get(name)")
                .beginControlFlow("if (value == null || value.isBlank())")
                .addStatement("return defaultValue")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("int number = Integer.parseInt(value.strip())")
                .beginControlFlow("if (number >= 0)")
                .addStatement("return number")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", NumberFormatException.class)
                .addComment("reported below")
                .endControlFlow()
                .addStatement("throw new $T(name + $S + value + $S)", IllegalArgumentException.class,
                        " must be a whole number of 0 or more, not '", "'")
                .build();
    }
}
