package dev.opctl.scaffold.controller;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.JavaSources.StaticImport;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.api.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The test of a workload controller: what its dependents want and what its status reports, no cluster. */
final class WorkloadTestJava {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName MOCKITO = ClassName.get("org.mockito", "Mockito");
    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final ClassName KUBERNETES_CLIENT = ClassName.get("io.fabric8.kubernetes.client",
            "KubernetesClient");
    private static final ClassName MOCK_CLIENT = ClassName.get("io.fabric8.kubernetes.client.server.mock",
            "EnableKubernetesMockClient");
    private static final String LONG_AGO = "2020-01-01T00:00:00Z";

    private WorkloadTestJava() {
    }

    static GeneratedFile render(ProjectModel model, Resource r, Workload workload) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName spec = ClassName.get(r.javaPackage(), r.kind() + "Spec");
        ClassName target = WorkloadJava.workloadClass(workload);
        ClassName reconciler = Controllers.reconciler(model, r);
        ParameterizedTypeName contextType = ParameterizedTypeName.get(WorkloadJava.CONTEXT, kind);
        MethodSpec resource = MethodSpec.methodBuilder("resource")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(kind)
                .addStatement("$T spec = new $T()", spec, spec)
                .addStatement("spec.setSize(3)")
                .addStatement("spec.setImage($S)", workload.image())
                .addStatement("spec.setPorts($T.of(new $T()\n.withName($S)\n.withPort($L)\n.build()))", List.class,
                        ClassName.get(MODEL, "ServicePortBuilder"), "main", workload.port())
                .addStatement("$T resource = new $T()", kind, kind)
                .addStatement("resource.setMetadata(new $T()\n.withName($S)\n.withNamespace($S)\n"
                        + ".withGeneration(1L)\n.build())", ClassName.get(MODEL, "ObjectMetaBuilder"), "test",
                        "default")
                .addStatement("resource.setSpec(spec)")
                .addStatement("return resource")
                .build();
        MethodSpec runsTheSpec = MethodSpec.methodBuilder("the" + workload.kind() + "RunsTheSpec")
                .addAnnotation(TEST)
                .addStatement("$T desired = new $T().desired(resource(), context)", target,
                        WorkloadJava.workloadDependent(model, r, workload))
                .addCode("\n")
                .addStatement("$T.assertEquals(3, desired.getSpec().getReplicas())", ASSERTIONS)
                .addStatement("$T container = desired.getSpec().getTemplate().getSpec().getContainers().get(0)",
                        ClassName.get(MODEL, "Container"))
                .addStatement("$T.assertEquals($S, container.getImage())", ASSERTIONS, workload.image())
                .addStatement("$T.assertEquals($L, container.getPorts().get(0).getContainerPort())", ASSERTIONS,
                        workload.port())
                .addStatement("$T.assertEquals(desired.getSpec().getSelector().getMatchLabels(),\n"
                        + "desired.getSpec().getTemplate().getMetadata().getLabels())", ASSERTIONS)
                .addStatement("$T.assertEquals($T.of(true, true), controlledBy(desired))", ASSERTIONS, List.class)
                .build();
        MethodSpec.Builder serviceTest = MethodSpec.methodBuilder("theServiceExposesThePortsOfThePods")
                .addAnnotation(TEST)
                .addStatement("$T desired = new $T().desired(resource(), context)", ClassName.get(MODEL, "Service"),
                        WorkloadJava.serviceDependent(model, r))
                .addCode("\n")
                .addStatement("$T.assertEquals($L, desired.getSpec().getPorts().get(0).getPort())", ASSERTIONS,
                        workload.port())
                .addStatement("$T.assertEquals($T.labels(resource()), desired.getSpec().getSelector())",
                        ASSERTIONS, WorkloadJava.workloadDependent(model, r, workload))
                .addStatement("$T.assertEquals($T.of(true, true), controlledBy(desired))", ASSERTIONS, List.class);
        if (workload.headless()) {
            serviceTest.addStatement("$T.assertEquals($S, desired.getSpec().getClusterIP())", ASSERTIONS, "None");
        }
        List<MethodSpec> statusTests = statusTests(model, kind, r, workload, reconciler);
        TypeSpec.Builder type = TypeSpec.classBuilder(reconciler.simpleName() + "Test")
                .addJavadoc("Checks what {@link $T} asks for and reports, without a cluster: the Java\n",
                        reconciler)
                .addJavadoc("Operator SDK's context is a mock.\n")
                .addAnnotation(AnnotationSpec.builder(MOCK_CLIENT).addMember("crud", "true").build())
                .addField(FieldSpec.builder(KUBERNETES_CLIENT, "client")
                        .addJavadoc("fabric8's mock API server, where the reconciler records its Events.\n").build())
                .addField(FieldSpec.builder(contextType, "context", Modifier.PRIVATE, Modifier.FINAL)
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                                .addMember("value", "$S", "unchecked").build())
                        .initializer("$T.mock($T.class)", MOCKITO, WorkloadJava.CONTEXT)
                        .build())
                .addMethod(MethodSpec.methodBuilder("recordEventsOnTheMockApiServer")
                        .addAnnotation(ClassName.get("org.junit.jupiter.api", "BeforeEach"))
                        .addStatement("$T.when(context.getClient()).thenReturn(client)", MOCKITO)
                        .build())
                .addMethod(runsTheSpec)
                .addMethod(serviceTest.build());
        if (!workload.headless()) {
            ClassName hasPorts = WorkloadJava.serviceDependent(model, r).nestedClass("HasPorts");
            type.addMethod(MethodSpec.methodBuilder("thereIsAServiceOnlyWhileTheSpecListsPorts")
                    .addAnnotation(TEST)
                    .addStatement("$T resource = resource()", kind)
                    .addStatement("$T.assertTrue(new $T().isMet(null, resource, context))", ASSERTIONS, hasPorts)
                    .addStatement("resource.getSpec().setPorts($T.of())", List.class)
                    .addStatement("$T.assertFalse(new $T().isMet(null, resource, context))", ASSERTIONS, hasPorts)
                    .build());
        }
        type.addMethods(statusTests)
                .addMethod(resource)
                .addMethod(workloadOf(workload))
                .addMethod(reconcile(kind, r, reconciler, workload))
                .addMethod(MethodSpec.methodBuilder("conditions")
                        .addJavadoc("Each condition as type, status and reason.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addParameter(status(r), "status")
                        .addStatement("return status.getConditions().stream()\n"
                                + ".map(c -> c.getType() + $S + c.getStatus() + $S + c.getReason())\n"
                                + ".toList()", " ", " ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("events")
                        .addJavadoc("The Events recorded, as type, reason and message.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return client.v1().events().inNamespace($S).list().getItems().stream()\n"
                                + ".map(e -> e.getType() + $S + e.getReason() + $S + e.getMessage())\n"
                                + ".toList()", "default", " ", ": ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("controlledBy")
                        .addJavadoc("Whether {@code desired}'s owner is its controller, and blocks deletion, as "
                                + "kubebuilder's\nSetControllerReference makes it.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(List.class, Boolean.class))
                        .addParameter(ClassName.get(MODEL, "HasMetadata"), "desired")
                        .addStatement("$T owner = desired.getMetadata().getOwnerReferences().get(0)",
                                ClassName.get(MODEL, "OwnerReference"))
                        .addStatement("return $T.of(owner.getController(), owner.getBlockOwnerDeletion())", List.class)
                        .build());
        String[] assertions = workload.headless() ? new String[] {"assertEquals", "assertNotEquals", "assertTrue"}
                : new String[] {"assertEquals", "assertFalse", "assertNotEquals", "assertTrue"};
        return JavaSources.test(model, reconciler.packageName(), type.build(), Ownership.USER,
                new StaticImport(ASSERTIONS, assertions), new StaticImport(MOCKITO, "mock", "when"));
    }

    /** Available, Progressing and Degraded for a workload rolled out, starting, and (a Deployment) stalled. */
    private static List<MethodSpec> statusTests(ProjectModel model, ClassName kind, Resource r, Workload workload,
            ClassName reconciler) {
        ClassName target = WorkloadJava.workloadClass(workload);
        List<MethodSpec> tests = new ArrayList<>();
        tests.add(MethodSpec.methodBuilder("a" + workload.kind() + "RolledOutIsAvailable")
                .addAnnotation(TEST)
                .addStatement("$T status = reconcile(resource(), $L(3, 3))", status(r), variable(workload))
                .addCode("\n")
                .addStatement("$T.assertEquals(3, status.getReadyReplicas())", ASSERTIONS)
                .addStatement("$T.assertEquals(1L, status.getObservedGeneration())", ASSERTIONS)
                .addStatement("$T.assertEquals($T.of($S,\n$S,\n$S),\nconditions(status))", ASSERTIONS, List.class,
                        "Available True ReplicasReady", "Progressing False RolloutComplete",
                        "Degraded False AsExpected")
                .addStatement("$T.assertEquals($T.of($S), events())", ASSERTIONS, List.class,
                        "Normal Available: 3 of 3 replicas ready")
                .addStatement("$T event = client.v1().events().inNamespace($S).list().getItems().get(0)",
                        ClassName.get(MODEL, "Event"), "default")
                .addStatement("$T.assertEquals($T.of($S, $S, $S),\n$T.of(event.getInvolvedObject().getKind(), "
                        + "event.getInvolvedObject().getName(),\n$>$>event.getSource().getComponent()))$<$<", ASSERTIONS,
                        List.class, r.kind(), "test", model.name(), List.class)
                .build());
        tests.add(MethodSpec.methodBuilder("a" + workload.kind() + "StartingIsProgressing")
                .addAnnotation(TEST)
                .addStatement("$T status = reconcile(resource(), $L(3, 2))", status(r), variable(workload))
                .addCode("\n")
                .addStatement("$T.assertEquals(2, status.getReadyReplicas())", ASSERTIONS)
                .addStatement("$T.assertEquals($T.of($S,\n$S,\n$S),\nconditions(status))", ASSERTIONS, List.class,
                        "Available False ReplicasNotReady", "Progressing True RollingOut",
                        "Degraded False AsExpected")
                .addStatement("$T.assertEquals($S, status.getConditions().get(0).getMessage())", ASSERTIONS,
                        "2 of 3 replicas ready")
                .addStatement("$T.assertEquals($T.of(), events())", ASSERTIONS, List.class)
                .build());
        if (!workload.headless()) {
            tests.add(MethodSpec.methodBuilder("aDeploymentPastItsProgressDeadlineIsDegraded")
                    .addAnnotation(TEST)
                    .addStatement("$T deployment = deployment(3, 2)", target)
                    .addStatement("deployment.getStatus().setConditions($T.of(new $T()\n"
                            + ".withType($S)\n"
                            + ".withStatus($S)\n"
                            + ".withReason($S)\n"
                            + ".withMessage($S)\n"
                            + ".build()))", List.class, ClassName.get(MODEL + ".apps", "DeploymentConditionBuilder"),
                            "Progressing", "False", "ProgressDeadlineExceeded",
                            "ReplicaSet \"test-1\" has timed out progressing.")
                    .addStatement("$T status = reconcile(resource(), deployment)", status(r))
                    .addCode("\n")
                    .addStatement("$T.assertEquals($T.of($S,\n$S,\n$S),\nconditions(status))", ASSERTIONS, List.class,
                            "Available False ReplicasNotReady", "Progressing False ProgressDeadlineExceeded",
                            "Degraded True ProgressDeadlineExceeded")
                    .addStatement("$T.assertEquals($T.of(\n$S),\nevents())", ASSERTIONS, List.class,
                            "Warning Degraded: ProgressDeadlineExceeded: ReplicaSet \"test-1\" has timed out "
                                    + "progressing.")
                    .build());
        }
        tests.add(MethodSpec.methodBuilder("aConditionChangesItsTimeOnlyWithItsStatus")
                .addAnnotation(TEST)
                .addStatement("$T resource = resource()", kind)
                .addStatement("resource.setStatus(reconcile(resource(), $L(3, 2)))", variable(workload))
                .addStatement("resource.getStatus().getConditions().forEach(c -> c.setLastTransitionTime($S))",
                        LONG_AGO)
                .addStatement("resource.getMetadata().setGeneration(2L)")
                .addCode("\n")
                .addStatement("$T status = reconcile(resource, $L(3, 3))", status(r), variable(workload))
                .addCode("\n")
                .addStatement("$T.assertNotEquals($S, status.getConditions().get(0).getLastTransitionTime())",
                        ASSERTIONS, LONG_AGO)
                .addStatement("$T.assertEquals($S, status.getConditions().get(2).getLastTransitionTime())",
                        ASSERTIONS, LONG_AGO)
                .addStatement("$T.assertEquals(2L, status.getConditions().get(2).getObservedGeneration())",
                        ASSERTIONS)
                .build());
        return tests;
    }

    /** The workload as its controller reports it at generation 1: 3 replicas, some updated, some ready. */
    private static MethodSpec workloadOf(Workload workload) {
        ClassName target = WorkloadJava.workloadClass(workload);
        return MethodSpec.methodBuilder(variable(workload))
                .addJavadoc("The $L of {@link #resource()} as Kubernetes reports it, its spec seen.\n",
                        workload.kind())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(target)
                .addParameter(int.class, "updated")
                .addParameter(int.class, "ready")
                .addStatement("return new $T()\n"
                        + ".withNewMetadata().withGeneration(1L).endMetadata()\n"
                        + ".withNewStatus()\n"
                        + "$>.withObservedGeneration(1L)\n"
                        + ".withReplicas(3)\n"
                        + ".withUpdatedReplicas(updated)\n"
                        + ".withReadyReplicas(ready)\n"
                        + "$<.endStatus()\n"
                        + ".build()", ClassName.get(target.packageName(), target.simpleName() + "Builder"))
                .build();
    }

    private static MethodSpec reconcile(ClassName kind, Resource r, ClassName reconciler, Workload workload) {
        ClassName target = WorkloadJava.workloadClass(workload);
        return MethodSpec.methodBuilder("reconcile")
                .addJavadoc("Reconciles {@code resource} with its $L in the cache; returns the status to patch.\n",
                        workload.kind())
                .addModifiers(Modifier.PRIVATE)
                .returns(status(r))
                .addParameter(kind, "resource")
                .addParameter(target, variable(workload))
                .addStatement("$T.when(context.getSecondaryResource($T.class)).thenReturn($T.of($L))", MOCKITO, target,
                        Optional.class, variable(workload))
                .addStatement("$T control = new $T().reconcile(resource, context)",
                        ParameterizedTypeName.get(WorkloadJava.UPDATE_CONTROL, kind), reconciler)
                .addStatement("$T.assertTrue(control.isPatchStatus())", ASSERTIONS)
                .addStatement("return control.getResource().orElseThrow().getStatus()")
                .build();
    }

    private static ClassName status(Resource r) {
        return ClassName.get(r.javaPackage(), r.kind() + "Status");
    }

    private static String variable(Workload workload) {
        return workload.headless() ? "statefulSet" : "deployment";
    }
}
