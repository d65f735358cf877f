package dev.opctl.scaffold.project;

import com.squareup.javapoet.AnnotationSpec;
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
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * {@code OperatorE2ETest.java}: the operator against a real cluster, when asked ({@code -De2e}):
 * the CRDs apply, every sample is accepted, and the controllers reconcile theirs.
 */
public final class OperatorE2ETestJava implements Template {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final ClassName CRD = ClassName.get(MODEL + ".apiextensions.v1", "CustomResourceDefinition");
    private static final ClassName GENERIC = ClassName.get(MODEL, "GenericKubernetesResource");
    private static final ClassName HAS_METADATA = ClassName.get(MODEL, "HasMetadata");
    private static final ClassName NAMESPACE = ClassName.get(MODEL, "Namespace");
    private static final ClassName CONFIG = ClassName.get("io.fabric8.kubernetes.client", "Config");
    private static final ClassName ASSUMPTIONS = ClassName.get("org.junit.jupiter.api", "Assumptions");
    private static final ClassName NAMESPACE_BUILDER = ClassName.get(MODEL, "NamespaceBuilder");
    private static final ClassName CLIENT_EXCEPTION = ClassName.get("io.fabric8.kubernetes.client",
            "KubernetesClientException");
    private static final ClassName REGISTERED = ClassName.get("io.javaoperatorsdk.operator", "RegisteredController");
    private static final ClassName INFORMER_CONFIG = ClassName.get("io.javaoperatorsdk.operator.api.config.informer",
            "InformerConfiguration");
    private static final ClassName CLIENT_BUILDER = ClassName.get("io.fabric8.kubernetes.client",
            "KubernetesClientBuilder");
    private static final ClassName SERIALIZATION = ClassName.get("io.fabric8.kubernetes.client.utils",
            "KubernetesSerialization");
    private static final ClassName ENABLED_IF = ClassName.get("org.junit.jupiter.api.condition",
            "EnabledIfSystemProperty");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName main = ClassName.get(model.javaPackage(), model.mainClass());
        ParameterizedTypeName crdList = ParameterizedTypeName.get(ClassName.get(List.class), CRD);
        ParameterizedTypeName genericList = ParameterizedTypeName.get(ClassName.get(List.class), GENERIC);
        ParameterizedTypeName namespaceList = ParameterizedTypeName.get(ClassName.get(List.class), NAMESPACE);
        ClassName self = ClassName.get(model.javaPackage(), "OperatorE2ETest");
        ClassName identity = ClassName.get(model.javaPackage(), OperatorIdentityJava.NAME);
        ClassName assertions = OperatorMainTestJava.ASSERTIONS;
        MethodSpec test = MethodSpec.methodBuilder("everySampleIsAcceptedAndTheControllersReconcileTheirs")
                .addAnnotation(OperatorMainTestJava.TEST)
                .addException(Exception.class)
                .addStatement("$T.assumeTrue(clusterConfigured(), $S)", ASSUMPTIONS,
                        "no cluster configured: point KUBECONFIG or ~/.kube/config at one")
                .beginControlFlow("try ($T client = new $T().build())", OperatorMainJava.KUBERNETES_CLIENT,
                        CLIENT_BUILDER)
                .addStatement("$T crds = load($S, $T.class)", crdList, "config/crd", CRD)
                .beginControlFlow("for ($T crd : crds)", CRD)
                .addStatement("client.resource(crd).forceConflicts().serverSideApply()")
                .addStatement("client.resource(crd).waitUntilCondition($T::established, 30, $T.SECONDS)", self,
                        TimeUnit.class)
                .endControlFlow()
                .addStatement("$T namespace = $S + $T.currentTimeMillis()", String.class, "e2e-", System.class)
                .addStatement("$T namespaces = new $T<>($T.of(client.resource(namespace(namespace)).create()))",
                        namespaceList, ArrayList.class, List.class)
                .addStatement("$T created = new $T<>()", genericList, ArrayList.class)
                .addComment("The operator runs as a ServiceAccount that has the generated ClusterRole and nothing "
                        + "else,")
                .addComment("on a client of its own: it closes the client when it stops.")
                .beginControlFlow("try ($T identity = $T.create(client, namespace))", identity, identity)
                .addStatement("$T operatorClient = identity.client()", OperatorMainJava.KUBERNETES_CLIENT)
                .addStatement("$T operator = $T.createOperator(operatorClient, null, $T.ZERO)",
                        ReconcilerRegistryJava.OPERATOR, main, Duration.class)
                .addStatement("$T<$T> watched = watchedNamespaces(operator)", Set.class, String.class)
                .beginControlFlow("for ($T name : watched)", String.class)
                .beginControlFlow("if (client.namespaces().withName(name).get() == null)")
                .addStatement("namespaces.add(client.resource(namespace(name)).create())")
                .endControlFlow()
                .endControlFlow()
                .addStatement("identity.bind(watched)")
                .addComment("Samples go where the controllers look.")
                .addStatement("$T samplesNamespace = watched.isEmpty() ? namespace : watched.iterator().next()",
                        String.class)
                .addStatement("$T<$T> controlled = operator.getRegisteredControllers().stream()\n"
                        + ".map(c -> c.getConfiguration().getResourceClass())\n"
                        + ".map(c -> groupKind($T.getApiVersion(c), $T.getKind(c)))\n"
                        + ".collect($T.toSet())", Set.class, String.class, HAS_METADATA, HAS_METADATA,
                        Collectors.class)
                .beginControlFlow("if (!controlled.isEmpty())")
                .addStatement("operator.start()")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("$T samples = load($S, $T.class)", genericList, "config/samples", GENERIC)
                .beginControlFlow("for ($T sample : samples)", GENERIC)
                .beginControlFlow("if (needsConversionWebhook(crds, sample))")
                .addComment("Only the operator's conversion webhook could store it, and no webhook is served here:")
                .addComment("the webhooks' own end-to-end tests cover the kind's other versions.")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("boolean namespaced = crds.stream()\n.noneMatch(crd -> isFor(crd, sample) && "
                        + "crd.getSpec().getScope().equals($S))", "Cluster")
                .addStatement("$T object = createSample(client, sample,\nnamespaced ? samplesNamespace : null)",
                        GENERIC)
                .addStatement("created.add(object)")
                .beginControlFlow("if (controlled.contains(groupKind(object.getApiVersion(), object.getKind())))")
                .addComment("Its controller (of any version of the kind) has reconciled it once it has written a")
                .addComment("status.")
                .addStatement("client.resource(object).waitUntilCondition(\nr -> r != null && r.get($S) != null, "
                        + "60, $T.SECONDS)", "status", TimeUnit.class)
                .endControlFlow()
                .endControlFlow()
                .addComment("The token carries the generated role and nothing more: reading Secrets is refused.")
                .addComment("TODO(user): if your operator is granted Secrets, check another request it must not "
                        + "make.")
                .addStatement("$T refused = $T.assertThrows($T.class,\n"
                        + "() -> operatorClient.secrets().inNamespace(samplesNamespace).list())", CLIENT_EXCEPTION,
                        assertions, CLIENT_EXCEPTION)
                .addStatement("$T.assertEquals(403, refused.getCode(), refused::getMessage)", assertions)
                .addComment("TODO(user): check what your controllers create for each sample, and that it follows")
                .addComment("changes to the spec; e.g. client.apps().deployments().inNamespace(samplesNamespace)"
                        + ".list().")
                .nextControlFlow("finally")
                .beginControlFlow("if (controlled.isEmpty())")
                .addStatement("operatorClient.close()")
                .nextControlFlow("else")
                .addStatement("operator.stop()")
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("created.forEach(object -> client.resource(object).delete())")
                .addStatement("namespaces.forEach(object -> client.resource(object).delete())")
                .addComment("A namespace goes once what it holds has; wait, so that the next run can create it again.")
                .addStatement("namespaces.forEach(object -> client.resource(object)\n.waitUntilCondition($T::isNull, 2, "
                        + "$T.MINUTES))", Objects.class, TimeUnit.class)
                .endControlFlow()
                .endControlFlow()
                .build();
        MethodSpec createSample = MethodSpec.methodBuilder("createSample")
                .addJavadoc("Creates {@code sample} in {@code namespace}, or cluster-wide when that is "
                        + "{@code null},\nunder a name of its own: the sample's name and a suffix the API server "
                        + "generates. The\ncluster may hold an object of the sample's name already (a sample applied "
                        + "by hand, a run\nthat was interrupted): the test neither fails on it nor touches it.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(GENERIC)
                .addParameter(OperatorMainJava.KUBERNETES_CLIENT, "client")
                .addParameter(GENERIC, "sample")
                .addParameter(String.class, "namespace")
                .addStatement("sample.getMetadata().setGenerateName(sample.getMetadata().getName() + $S)", "-")
                .addStatement("sample.getMetadata().setName(null)")
                .addStatement("return namespace == null\n? client.resource(sample).create()\n"
                        + ": client.resource(sample).inNamespace(namespace).create()")
                .build();
        MethodSpec configured = MethodSpec.methodBuilder("clusterConfigured")
                .addJavadoc("Whether a cluster is configured: a kubeconfig ({@code KUBECONFIG} or "
                        + "{@code ~/.kube/config}) or\nthe service account of a Pod.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addStatement("$T kubeconfig = $T.getenv($S)", String.class, System.class, "KUBECONFIG")
                .addStatement("$T file = kubeconfig != null && !kubeconfig.isBlank()\n"
                        + "? $T.of(kubeconfig.split($T.pathSeparator)[0])\n"
                        + ": $T.of($T.getProperty($S), $S, $S)", Path.class, Path.class, File.class, Path.class,
                        System.class, "user.home", ".kube", "config")
                .addStatement("return $T.isRegularFile(file) || $T.isRegularFile($T.of($T"
                        + ".KUBERNETES_SERVICE_ACCOUNT_TOKEN_PATH))", Files.class, Files.class, Path.class, CONFIG)
                .build();
        MethodSpec watchedNamespaces = MethodSpec.methodBuilder("watchedNamespaces")
                .addJavadoc("The namespaces the controllers watch, in name order; none when they watch all.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(Set.class, String.class))
                .addParameter(ReconcilerRegistryJava.OPERATOR, "operator")
                .addStatement("$T<$T> watched = new $T<>()", Set.class, String.class, TreeSet.class)
                .beginControlFlow("for ($T<?> controller : operator.getRegisteredControllers())", REGISTERED)
                .addStatement("$T<?> informer = controller.getConfiguration().getInformerConfig()", INFORMER_CONFIG)
                .beginControlFlow("if (!informer.watchAllNamespaces())")
                .addStatement("watched.addAll(informer.getNamespaces())")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return watched")
                .build();
        MethodSpec groupKind = MethodSpec.methodBuilder("groupKind")
                .addJavadoc("{@code group/Kind}: the versions of a kind serve the same objects.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "apiVersion")
                .addParameter(String.class, "kind")
                .addStatement("int slash = apiVersion.indexOf('/')")
                .addStatement("return (slash < 0 ? $S : apiVersion.substring(0, slash)) + $S + kind", "", "/")
                .build();
        MethodSpec namespaceOf = MethodSpec.methodBuilder("namespace")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(NAMESPACE)
                .addParameter(String.class, "name")
                .addStatement("return new $T().withNewMetadata().withName(name).endMetadata().build()",
                        NAMESPACE_BUILDER)
                .build();
        MethodSpec established = MethodSpec.methodBuilder("established")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(CRD, "crd")
                .addStatement("return crd != null && crd.getStatus() != null && crd.getStatus().getConditions().stream()"
                        + "\n.anyMatch(c -> c.getType().equals($S) && c.getStatus().equals($S))", "Established", "True")
                .build();
        MethodSpec isFor = MethodSpec.methodBuilder("isFor")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(CRD, "crd")
                .addParameter(GENERIC, "resource")
                .addStatement("return crd.getSpec().getNames().getKind().equals(resource.getKind())\n"
                        + "&& resource.getApiVersion().startsWith(crd.getSpec().getGroup() + $S)", "/")
                .build();
        MethodSpec needsConversionWebhook = MethodSpec.methodBuilder("needsConversionWebhook")
                .addJavadoc("Whether {@code sample} is of a version its CRD stores only through a conversion webhook:\n"
                        + "one other than the storage version of a kind whose versions the operator converts.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), CRD), "crds")
                .addParameter(GENERIC, "sample")
                .addStatement("return crds.stream().filter(crd -> isFor(crd, sample)).anyMatch(crd -> "
                        + "crd.getSpec().getConversion() != null\n&& $S.equals(crd.getSpec().getConversion()"
                        + ".getStrategy())\n&& crd.getSpec().getVersions().stream().anyMatch(v -> !v.getStorage()\n"
                        + "&& sample.getApiVersion().equals(crd.getSpec().getGroup() + $S + v.getName())))",
                        "Webhook", "/")
                .build();
        MethodSpec load = MethodSpec.methodBuilder("load")
                .addJavadoc("Every YAML file in {@code dir}, as {@code type}; none when the directory does not "
                        + "exist.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(TypeVariableName.get("T"))
                .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                        TypeVariableName.get("T")))
                .addParameter(String.class, "dir")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
                        TypeVariableName.get("T")), "type")
                .addException(IOException.class)
                .addStatement("$T<T> loaded = new $T<>()", List.class, ArrayList.class)
                .beginControlFlow("if (!$T.isDirectory($T.of(dir)))", Files.class, Path.class)
                .addStatement("return loaded")
                .endControlFlow()
                .beginControlFlow("try ($T<$T> files = $T.list($T.of(dir)))", Stream.class, Path.class, Files.class,
                        Path.class)
                .beginControlFlow("for ($T file : files.filter(f -> f.toString().endsWith($S)).sorted().toList())",
                        Path.class, ".yaml")
                .addStatement("loaded.add(YAML.unmarshal($T.readString(file), type))", Files.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return loaded")
                .build();
        TypeSpec type = TypeSpec.classBuilder("OperatorE2ETest")
                .addJavadoc("Runs the operator against a real cluster: applies the CRDs in {@code config/crd}, starts\n"
                        + "the operator as a ServiceAccount that has only the generated ClusterRole\n"
                        + "({@link OperatorIdentity}), creates every sample of {@code config/samples}, under a name of\n"
                        + "its own, in a namespace of its own (or one the controllers watch) and waits until the\n"
                        + "controllers of their kinds have written a status. It runs only when asked, against the\n"
                        + "cluster of {@code KUBECONFIG} (or {@code ~/.kube/config}): {@code mvn verify -De2e};\n"
                        + "without one it is skipped.\n")
                .addAnnotation(AnnotationSpec.builder(ENABLED_IF).addMember("named", "$S", "e2e")
                        .addMember("matches", "$S", "|true").build())
                .addField(FieldSpec.builder(SERIALIZATION, "YAML", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", SERIALIZATION).build())
                .addMethod(test)
                .addMethod(createSample)
                .addMethod(configured)
                .addMethod(watchedNamespaces)
                .addMethod(groupKind)
                .addMethod(namespaceOf)
                .addMethod(established)
                .addMethod(isFor)
                .addMethod(needsConversionWebhook)
                .addMethod(load)
                .build();
        return JavaSources.test(model, type, Ownership.USER,
                new JavaSources.StaticImport(assertions, "assertEquals", "assertThrows"),
                new JavaSources.StaticImport(ASSUMPTIONS, "assumeTrue"));
    }
}
