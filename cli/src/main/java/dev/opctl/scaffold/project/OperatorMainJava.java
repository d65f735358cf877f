package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.io.IOException;
import java.time.Duration;
import javax.lang.model.element.Modifier;

/** {@code OperatorMain.java}: the user-owned class that starts the operator. */
public final class OperatorMainJava implements Template {
    static final ClassName KUBERNETES_CLIENT = ClassName.get("io.fabric8.kubernetes.client", "KubernetesClient");
    static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
    private static final ClassName CLIENT_BUILDER =
            ClassName.get("io.fabric8.kubernetes.client", "KubernetesClientBuilder");
    private static final ClassName LEADER_ELECTION =
            ClassName.get("io.javaoperatorsdk.operator.api.config", "LeaderElectionConfiguration");
    private static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName self = ClassName.get(model.javaPackage(), model.mainClass());
        ClassName health = ClassName.get(model.javaPackage(), HealthServerJava.CLASS_NAME);
        ClassName registry = ClassName.get(model.javaPackage(), ReconcilerRegistryJava.CLASS_NAME);
        ClassName operator = ReconcilerRegistryJava.OPERATOR;

        MethodSpec main = MethodSpec.methodBuilder("main")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args")
                .addException(IOException.class)
                .addStatement("$T client = new $T().build()", KUBERNETES_CLIENT, CLIENT_BUILDER)
                .addStatement("$T operator = createOperator(client, System.getenv($S))", operator, "POD_NAMESPACE")
                .beginControlFlow("if (operator.getRegisteredControllersNumber() == 0)")
                .addStatement("log.error($S\n+ $S)", "No controller is registered yet: register a Reconciler in "
                        + "createOperator, ", "or generate one with 'opctl add controller'")
                .addStatement("client.close()")
                .addStatement("System.exit(1)")
                .endControlFlow()
                .addStatement("$T health = $T.start(operator, $T.DEFAULT_PORT)", health, health, health)
                .addStatement("Runtime.getRuntime().addShutdownHook(new Thread(health::stop, $S))",
                        "health-server-shutdown")
                .addStatement("operator.installShutdownHook(SHUTDOWN_TIMEOUT)")
                .addStatement("operator.start()")
                .addStatement("log.info($S, operator.getRegisteredControllersNumber())",
                        model.name() + " started with {} controller(s)")
                .build();

        CodeBlock configure = CodeBlock.builder()
                .add("$T operator = new $T(overrider -> {\n", operator, operator)
                .indent()
                .addStatement("overrider.withKubernetesClient(client)")
                .beginControlFlow("if (leaseNamespace != null && !leaseNamespace.isBlank())")
                .addStatement("overrider.withLeaderElectionConfiguration(\nnew $T(LEADER_ELECTION_LEASE, "
                        + "leaseNamespace))", LEADER_ELECTION)
                .endControlFlow()
                .add("// TODO(user): tune the operator here, e.g. overrider.withConcurrentReconciliationThreads(10).\n")
                .unindent()
                .add("});\n")
                .build();
        MethodSpec createOperator = MethodSpec.methodBuilder("createOperator")
                .addJavadoc("Creates the operator with every reconciler of this project registered, without "
                        + "starting it.\n\n")
                .addJavadoc("@param client the client the operator talks to the API server through\n")
                .addJavadoc("@param leaseNamespace namespace of the leader election Lease; {@code null} runs without "
                        + "leader\n    election (as when started outside a cluster)\n")
                .addModifiers(Modifier.STATIC)
                .returns(operator)
                .addParameter(KUBERNETES_CLIENT, "client")
                .addParameter(String.class, "leaseNamespace")
                .addCode(configure)
                .addStatement("$T.registerAll(operator)", registry)
                .addComment("TODO(user): register reconcilers you write by hand here, e.g. "
                        + "operator.register(new MyReconciler());")
                .addStatement("return operator")
                .build();

        TypeSpec type = TypeSpec.classBuilder(model.mainClass())
                .addJavadoc("Entry point of {@code $L}: creates the operator, registers every reconciler and starts it.\n\n",
                        model.name())
                .addJavadoc("<p>The Kubernetes client is configured the usual fabric8 way: in a cluster from the Pod's\n"
                        + "service account, elsewhere from {@code KUBECONFIG} or {@code ~/.kube/config}. When\n"
                        + "{@code POD_NAMESPACE} is set, as the Deployment does, replicas elect a leader through a Lease.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "LEADER_ELECTION_LEASE", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Name of the Lease through which the operator's replicas elect a leader.\n")
                        .initializer("$S", model.name() + "-leader")
                        .build())
                .addField(FieldSpec.builder(Duration.class, "SHUTDOWN_TIMEOUT", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("How long running reconciliations may take to finish on shutdown; keep it below the\n"
                                + "Deployment's terminationGracePeriodSeconds.\n")
                        .initializer("$T.ofSeconds(20)", Duration.class)
                        .build())
                .addField(FieldSpec.builder(LOGGER, "log", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", LOGGER_FACTORY, self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(main)
                .addMethod(createOperator)
                .build();
        return JavaSources.main(model, type, Ownership.USER);
    }
}
