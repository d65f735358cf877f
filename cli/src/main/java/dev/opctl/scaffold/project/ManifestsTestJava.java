package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code ManifestsTest.java}: checks that the manifests under config/ fit each other and the code. */
public final class ManifestsTestJava implements Template {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final ClassName CONTAINER = ClassName.get(MODEL, "Container");
    private static final ClassName ENV_VAR = ClassName.get(MODEL, "EnvVar");
    private static final ClassName POD_SPEC = ClassName.get(MODEL, "PodSpec");
    private static final ClassName SECURITY_CONTEXT = ClassName.get(MODEL, "SecurityContext");
    private static final ClassName SERVICE_ACCOUNT = ClassName.get(MODEL, "ServiceAccount");
    private static final ClassName SERVICE = ClassName.get(MODEL, "Service");
    private static final ClassName CONTAINER_PORT = ClassName.get(MODEL, "ContainerPort");
    private static final ClassName DEPLOYMENT = ClassName.get(MODEL + ".apps", "Deployment");
    private static final ClassName CLUSTER_ROLE = ClassName.get(MODEL + ".rbac", "ClusterRole");
    private static final ClassName CLUSTER_ROLE_BINDING = ClassName.get(MODEL + ".rbac", "ClusterRoleBinding");
    private static final ClassName ROLE_BINDING = ClassName.get(MODEL + ".rbac", "RoleBinding");
    private static final ClassName SERIALIZATION =
            ClassName.get("io.fabric8.kubernetes.client.utils", "KubernetesSerialization");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName health = ClassName.get(model.javaPackage(), HealthServerJava.CLASS_NAME);
        ClassName assertions = OperatorMainTestJava.ASSERTIONS;

        MethodSpec serviceAccount = test("operatorRunsUnderTheServiceAccountItsRolesAreBoundTo")
                .addStatement("$T account = load($S, $T.class)", SERVICE_ACCOUNT, "config/rbac/service_account.yaml",
                        SERVICE_ACCOUNT)
                .addStatement("$T role = load($S, $T.class)", CLUSTER_ROLE, "config/rbac/role.yaml", CLUSTER_ROLE)
                .addStatement("$T binding = load($S, $T.class)", CLUSTER_ROLE_BINDING, "config/rbac/role_binding.yaml",
                        CLUSTER_ROLE_BINDING)
                .addStatement("$T leaderElection = load($S, $T.class)", ROLE_BINDING,
                        "config/rbac/leader_election_role_binding.yaml", ROLE_BINDING)
                .addStatement("String name = podSpec().getServiceAccountName()")
                .addStatement("$T.assertEquals(account.getMetadata().getName(), name)", assertions)
                .addStatement("$T.assertEquals(role.getMetadata().getName(), binding.getRoleRef().getName())", assertions)
                .addStatement("$T.assertEquals(name, binding.getSubjects().get(0).getName())", assertions)
                .addStatement("$T.assertEquals(name, leaderElection.getSubjects().get(0).getName())", assertions)
                .build();
        MethodSpec probes = test("probesCallTheHealthServer")
                .addStatement("$T manager = podSpec().getContainers().get(0)", CONTAINER)
                .addStatement("$T.assertEquals($T.DEFAULT_PORT, manager.getPorts().get(0).getContainerPort())",
                        assertions, health)
                .addStatement("$T.assertEquals(String.valueOf(manager.getPorts().get(0).getContainerPort()), "
                        + "env($S).getValue())", assertions, "HEALTH_PORT")
                .addStatement("$T.assertEquals($S, manager.getLivenessProbe().getHttpGet().getPath())", assertions,
                        "/healthz")
                .addStatement("$T.assertEquals($S, manager.getReadinessProbe().getHttpGet().getPath())", assertions,
                        "/readyz")
                .build();
        ClassName metricsServer = ClassName.get(model.javaPackage(), OperatorMainJava.METRICS_SERVER);
        MethodSpec metrics = test("theMetricsServiceReachesTheMetricsServer")
                .addStatement("$T port = podSpec().getContainers().get(0).getPorts().stream()\n"
                        + ".filter(p -> p.getName().equals($S))\n.findFirst()\n.orElseThrow()", CONTAINER_PORT, "metrics")
                .addStatement("$T.assertEquals($T.DEFAULT_PORT, port.getContainerPort())", assertions, metricsServer)
                .addStatement("$T.assertEquals(String.valueOf(port.getContainerPort()), env($S).getValue())", assertions,
                        "METRICS_PORT")
                .addStatement("$T service = load($S, $T.class)", SERVICE, "config/manager/metrics_service.yaml", SERVICE)
                .addStatement("$T.assertEquals(port.getName(), service.getSpec().getPorts().get(0).getTargetPort()"
                        + ".getStrVal())", assertions)
                .addStatement("$T.assertTrue(load($S, $T.class).getSpec().getTemplate().getMetadata().getLabels()\n"
                        + ".entrySet().containsAll(service.getSpec().getSelector().entrySet()))", assertions,
                        "config/manager/manager.yaml", DEPLOYMENT)
                .build();
        MethodSpec restricted = test("operatorRunsRestricted")
                .addStatement("$T pod = podSpec()", POD_SPEC)
                .addStatement("$T container = pod.getContainers().get(0).getSecurityContext()", SECURITY_CONTEXT)
                .addStatement("$T.assertEquals($S, pod.getSecurityContext().getSeccompProfile().getType())", assertions,
                        "RuntimeDefault")
                .addStatement("$T.assertTrue(container.getRunAsNonRoot())", assertions)
                .addStatement("$T.assertTrue(container.getReadOnlyRootFilesystem())", assertions)
                .addStatement("$T.assertFalse(container.getAllowPrivilegeEscalation())", assertions)
                .addStatement("$T.assertEquals($T.of($S), container.getCapabilities().getDrop())", assertions,
                        List.class, "ALL")
                .build();
        MethodSpec downwardApi = test("leaderElectionLearnsNamespaceAndIdentityFromTheDownwardApi")
                .addStatement("$T.assertEquals($S, env($S).getValueFrom().getFieldRef().getFieldPath())", assertions,
                        "metadata.namespace", "POD_NAMESPACE")
                .addStatement("$T.assertEquals($S, env($S).getValueFrom().getFieldRef().getFieldPath())", assertions,
                        "metadata.name", "POD_NAME")
                .build();
        MethodSpec grace = test("runningReconciliationsFinishBeforeTheKubeletKillsTheOperator")
                .addStatement("long gracePeriod = Long.parseLong(env($S).getValue())", "SHUTDOWN_GRACE_PERIOD_SECONDS")
                .addStatement("$T.assertTrue(podSpec().getTerminationGracePeriodSeconds() > gracePeriod)", assertions)
                .build();
        MethodSpec env = MethodSpec.methodBuilder("env")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ENV_VAR)
                .addParameter(String.class, "name")
                .addException(IOException.class)
                .addStatement("return podSpec().getContainers().get(0).getEnv().stream()\n"
                        + ".filter(env -> env.getName().equals(name))\n.findFirst()\n.orElseThrow()")
                .build();

        TypeVariableName t = TypeVariableName.get("T");
        MethodSpec load = MethodSpec.methodBuilder("load")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(String.class, "path")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
                .addException(IOException.class)
                .addStatement("return YAML.unmarshal($T.readString($T.of(path)), type)", Files.class, Path.class)
                .build();
        MethodSpec podSpec = MethodSpec.methodBuilder("podSpec")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(POD_SPEC)
                .addException(IOException.class)
                .addStatement("return load($S, $T.class).getSpec().getTemplate().getSpec()",
                        "config/manager/manager.yaml", DEPLOYMENT)
                .build();

        TypeSpec type = TypeSpec.classBuilder("ManifestsTest")
                .addJavadoc("Checks that the deployment manifests under {@code config/} fit each other and the "
                        + "operator's code.\n")
                .addField(FieldSpec.builder(SERIALIZATION, "YAML", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", SERIALIZATION)
                        .build())
                .addMethod(serviceAccount)
                .addMethod(probes)
                .addMethod(metrics)
                .addMethod(restricted)
                .addMethod(downwardApi)
                .addMethod(grace)
                .addMethod(load)
                .addMethod(podSpec)
                .addMethod(env)
                .build();
        return JavaSources.test(model, type, Ownership.USER,
                new JavaSources.StaticImport(OperatorMainTestJava.ASSERTIONS, "assertEquals", "assertFalse",
                        "assertTrue"));
    }

    private static MethodSpec.Builder test(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(OperatorMainTestJava.TEST)
                .addException(IOException.class);
    }
}
