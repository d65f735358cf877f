package dev.opctl.scaffold.controller;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.api.Workload;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A workload controller, the classic operator: the custom resource describes an application; its
 * reconciler, on JOSDK dependent resources, runs it as a Deployment or StatefulSet and a Service,
 * both owned by the resource, and mirrors the ready replicas into the status.
 */
final class WorkloadJava {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    static final String RECONCILER_PACKAGE = "io.javaoperatorsdk.operator.api.reconciler";
    static final ClassName CONTEXT = ClassName.get(RECONCILER_PACKAGE, "Context");
    static final ClassName UPDATE_CONTROL = ClassName.get(RECONCILER_PACKAGE, "UpdateControl");
    private static final ClassName CRUD = ClassName.get("io.javaoperatorsdk.operator.processing.dependent.kubernetes",
            "CRUDKubernetesDependentResource");
    static final ClassName DEPENDENT = ClassName.get(RECONCILER_PACKAGE + ".dependent",
            "Dependent");
    private static final ClassName SERVICE = ClassName.get(MODEL, "Service");
    private static final ClassName KUBERNETES_DEPENDENT = ClassName.get(CRUD.packageName(), "KubernetesDependent");
    private static final ClassName CONDITION = ClassName.get("io.javaoperatorsdk.operator.processing.dependent.workflow",
            "Condition");
    private static final ClassName DEPENDENT_RESOURCE = ClassName.get(RECONCILER_PACKAGE + ".dependent",
            "DependentResource");
    private static final String HAS_PORTS = "HasPorts";
    private static final ClassName OWNER_REFERENCE = ClassName.get(MODEL, "OwnerReference");
    private static final ClassName CONTAINER_PORT = ClassName.get(MODEL, "ContainerPort");
    private static final ClassName CONTAINER_PORT_BUILDER = ClassName.get(MODEL, "ContainerPortBuilder");

    private WorkloadJava() {
    }

    /** The reconciler, the two dependent resources and the test. */
    static List<GeneratedFile> render(ProjectModel model, Resource r, Workload workload) {
        return List.of(workload(model, r, workload), service(model, r, workload), WorkloadReconcilerJava.render(model, r, workload),
                WorkloadTestJava.render(model, r, workload));
    }

    static ClassName workloadClass(Workload workload) {
        return ClassName.get(MODEL + ".apps", workload.kind());
    }

    static ClassName workloadDependent(ProjectModel model, Resource r, Workload workload) {
        return ClassName.get(Controllers.controllerPackage(model), r.kind() + workload.kind());
    }

    static ClassName serviceDependent(ProjectModel model, Resource r) {
        return ClassName.get(Controllers.controllerPackage(model), r.kind() + "Service");
    }

    private static GeneratedFile workload(ProjectModel model, Resource r, Workload workload) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName spec = ClassName.get(r.javaPackage(), r.kind() + "Spec");
        ClassName target = workloadClass(workload);
        ClassName self = workloadDependent(model, r, workload);
        TypeName labels = ParameterizedTypeName.get(Map.class, String.class, String.class);
        String container = r.kind().toLowerCase(Locale.ROOT);
        MethodSpec labelsOf = MethodSpec.methodBuilder("labels")
                .addJavadoc("The labels of everything $L runs, which the selectors match.\n",
                        Names.withArticle(r.kind()))
                .addModifiers(Modifier.STATIC)
                .returns(labels)
                .addParameter(kind, "primary")
                .addStatement("return $T.of($S, $S,\n$S, primary.getMetadata().getName(),\n$S, $S)", Map.class,
                        "app.kubernetes.io/name", container, "app.kubernetes.io/instance",
                        "app.kubernetes.io/managed-by", model.name())
                .build();
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return new $T()\n", ClassName.get(target.packageName(), target.simpleName() + "Builder"))
                .add("$>$>.withNewMetadata()\n")
                .add("$>.withName(primary.getMetadata().getName())\n")
                .add(".withNamespace(primary.getMetadata().getNamespace())\n")
                .add(".withLabels(labels)\n")
                .add(".withOwnerReferences(controllerReference(primary))\n")
                .add("$<.endMetadata()\n")
                .add(".withNewSpec()\n")
                .add("$>.withReplicas(spec.getSize())\n");
        if (workload.headless()) {
            body.add(".withServiceName(primary.getMetadata().getName())\n");
        }
        body.add(".withNewSelector().withMatchLabels(labels).endSelector()\n")
                .add(".withNewTemplate()\n")
                .add("$>.withNewMetadata().withLabels(labels).endMetadata()\n")
                .add(".withNewSpec()\n")
                .add("$>.addNewContainer()\n")
                .add("$>.withName($S)\n", container)
                .add(".withImage(spec.getImage())\n")
                .add(".withPorts(ports)\n")
                .add(".withEnv(env)\n")
                .add(".withResources(resources)\n")
                .add("$<.endContainer()\n")
                .add("$<.endSpec()\n")
                .add("$<.endTemplate()\n")
                .add("$<.endSpec()\n")
                .add(".build();\n$<$<");
        MethodSpec desired = MethodSpec.methodBuilder("desired")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(target)
                .addParameter(kind, "primary")
                .addParameter(ParameterizedTypeName.get(CONTEXT, kind), "context")
                .addStatement("$T spec = primary.getSpec()", spec)
                .addStatement("$T labels = labels(primary)", labels)
                .addStatement("$T<$T> ports = ports(primary).stream()\n"
                        + ".map(port -> new $T().withName(port.getName())\n"
                        + "$>$>.withContainerPort(port.getPort()).withProtocol(port.getProtocol()).build())$<$<\n"
                        + ".toList()", List.class, CONTAINER_PORT, CONTAINER_PORT_BUILDER)
                .addStatement("$T<$T> env = spec.getEnv() == null ? $T.of() : spec.getEnv()", List.class,
                        ClassName.get(MODEL, "EnvVar"), List.class)
                .addStatement("$T resources = spec.getResources() == null\n? new $T()\n: spec.getResources()",
                        ClassName.get(MODEL, "ResourceRequirements"), ClassName.get(MODEL, "ResourceRequirements"))
                .addComment("TODO(user): shape the $L as your application needs (probes, volumes, ...);",
                        workload.kind())
                .addComment("whatever this returns is applied whenever it differs from the cluster. Set lists")
                .addComment("and objects to empty rather than null: JOSDK compares them with what the cluster has.")
                .addCode(body.build())
                .build();
        TypeSpec type = TypeSpec.classBuilder(self)
                .addJavadoc("The $L of $L: its replicas, image, ports, environment and resources\n",
                        workload.kind(), Names.withArticle(r.kind()))
                .addJavadoc("come from the spec. The Java Operator SDK creates it, owned by the $L (so it is\n",
                        r.kind())
                .addJavadoc("deleted with it), and updates it whenever the spec changes.\n")
                .addModifiers(Modifier.PUBLIC)
                .superclass(ParameterizedTypeName.get(CRUD, target, kind))
                .addMethod(labelsOf)
                .addMethod(controllerReference(r, kind))
                .addMethod(portsOf(kind))
                .addMethod(desired)
                .build();
        return JavaSources.main(model, self.packageName(), type, Ownership.USER);
    }

    private static MethodSpec portsOf(ClassName kind) {
        ClassName servicePort = ClassName.get(MODEL, "ServicePort");
        return MethodSpec.methodBuilder("ports")
                .addJavadoc("The ports of the spec, with the protocol Kubernetes defaults to set: server-side apply\n"
                        + "needs it on older API servers.\n")
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), servicePort))
                .addParameter(kind, "primary")
                .addStatement("$T<$T> ports = primary.getSpec().getPorts()", List.class, servicePort)
                .addStatement("return ports == null ? $T.of() : ports.stream()\n"
                        + ".map(port -> new $T(port)\n"
                        + "$>$>.withProtocol(port.getProtocol() == null ? $S : port.getProtocol())\n"
                        + ".build())$<$<\n"
                        + ".toList()", List.class, ClassName.get(MODEL, "ServicePortBuilder"), "TCP")
                .build();
    }

    /** As kubebuilder's SetControllerReference: JOSDK's own reference lacks the last two fields. */
    private static MethodSpec controllerReference(Resource r, ClassName kind) {
        return MethodSpec.methodBuilder("controllerReference")
                .addJavadoc("The owner reference to {@code primary} of what $L runs: its controller (no other\n"
                        + "controller adopts it) and, until it is gone, a foreground deletion of the $L waits for it.\n",
                        Names.withArticle(r.kind()), r.kind())
                .addModifiers(Modifier.STATIC)
                .returns(OWNER_REFERENCE)
                .addParameter(kind, "primary")
                .addStatement("return new $T()\n"
                        + "$>$>.withApiVersion(primary.getApiVersion())\n"
                        + ".withKind(primary.getKind())\n"
                        + ".withName(primary.getMetadata().getName())\n"
                        + ".withUid(primary.getMetadata().getUid())\n"
                        + ".withController(true)\n"
                        + ".withBlockOwnerDeletion(true)\n"
                        + ".build()$<$<", ClassName.get(MODEL, "OwnerReferenceBuilder"))
                .build();
    }

    private static GeneratedFile service(ProjectModel model, Resource r, Workload workload) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName self = serviceDependent(model, r);
        ClassName workloadDependent = workloadDependent(model, r, workload);
        CodeBlock.Builder body = CodeBlock.builder()
                .add("return new $T()\n", ClassName.get(MODEL, "ServiceBuilder"))
                .add("$>$>.withNewMetadata()\n")
                .add("$>.withName(primary.getMetadata().getName())\n")
                .add(".withNamespace(primary.getMetadata().getNamespace())\n")
                .add(".withLabels($T.labels(primary))\n", workloadDependent)
                .add(".withOwnerReferences($T.controllerReference(primary))\n", workloadDependent)
                .add("$<.endMetadata()\n")
                .add(".withNewSpec()\n")
                .add("$>.withSelector($T.labels(primary))\n", workloadDependent);
        if (workload.headless()) {
            body.add(".withClusterIP($S)\n", "None");
        }
        body.add(".withPorts($T.ports(primary))\n", workloadDependent)
                .add("$<.endSpec()\n")
                .add(".build();\n$<$<");
        MethodSpec desired = MethodSpec.methodBuilder("desired")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(SERVICE)
                .addParameter(kind, "primary")
                .addParameter(ParameterizedTypeName.get(CONTEXT, kind), "context")
                .addCode(body.build())
                .build();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("The $LService of $L, in front of its $L and exposing the ports of the spec;\n",
                        workload.headless() ? "headless " : "", Names.withArticle(r.kind()), workload.kind())
                .addJavadoc("owned by the $L like the $L.\n\n", r.kind(), workload.kind())
                .addJavadoc("<p>Server-side apply creates it without JOSDK's guard that it does not exist yet: API\n"
                        + "servers before 1.23 refuse that guard for Services (\"resourceVersion should not be\n"
                        + "set on objects to be created\").\n")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(KUBERNETES_DEPENDENT)
                        .addMember("createResourceOnlyIfNotExistingWithSSA", "false").build())
                .superclass(ParameterizedTypeName.get(CRUD, SERVICE, kind))
                .addMethod(desired);
        if (!workload.headless()) {
            type.addType(hasPorts(kind, workloadDependent));
        }
        return JavaSources.main(model, self.packageName(), type.build(), Ownership.USER);
    }

    /**
     * The precondition of a Deployment's Service: the API server refuses a Service without ports
     * (only a headless one may have none), so there is a Service only while the spec lists ports.
     */
    private static TypeSpec hasPorts(ClassName kind, ClassName workloadDependent) {
        MethodSpec isMet = MethodSpec.methodBuilder("isMet")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(ParameterizedTypeName.get(DEPENDENT_RESOURCE, SERVICE, kind), "dependentResource")
                .addParameter(kind, "primary")
                .addParameter(ParameterizedTypeName.get(CONTEXT, kind), "context")
                .addStatement("return !$T.ports(primary).isEmpty()", workloadDependent)
                .build();
        return TypeSpec.classBuilder(HAS_PORTS)
                .addJavadoc("The API server refuses a Service without ports: while the spec lists none, there is no "
                        + "Service,\nand one that exists is deleted, which the operator's role allows:\n")
                .addJavadoc("+opctl:rbac:groups=core,resources=services,verbs=delete\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(ParameterizedTypeName.get(CONDITION, SERVICE, kind))
                .addMethod(isMet)
                .build();
    }

    static AnnotationSpec serviceDependency(ProjectModel model, Resource r, Workload workload) {
        AnnotationSpec.Builder dependent = AnnotationSpec.builder(DEPENDENT)
                .addMember("type", "$T.class", serviceDependent(model, r));
        if (!workload.headless()) {
            dependent.addMember("reconcilePrecondition", "$T.class", serviceDependent(model, r).nestedClass(HAS_PORTS));
        }
        return dependent.build();
    }
}
