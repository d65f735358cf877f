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
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The test of a workload controller: what its dependents want and what its status reports, no cluster. */
final class WorkloadTestJava {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName MOCKITO = ClassName.get("org.mockito", "Mockito");
    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");

    private WorkloadTestJava() {
    }

    static GeneratedFile render(ProjectModel model, Resource r, Workload workload) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName spec = ClassName.get(r.javaPackage(), r.kind() + "Spec");
        ClassName target = WorkloadJava.workloadClass(workload);
        ClassName reconciler = Controllers.reconciler(model, r);
        ParameterizedTypeName contextType = ParameterizedTypeName.get(ReconcilerJava.CONTEXT, kind);
        MethodSpec resource = MethodSpec.methodBuilder("resource")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(kind)
                .addStatement("$T spec = new $T()", spec, spec)
                .addStatement("spec.setSize(3)")
                .addStatement("spec.setImage($S)", workload.image())
                .addStatement("spec.setPorts($T.of(new $T()\n.withName($S)\n.withPort($L)\n.build()))", List.class,
                        ClassName.get(MODEL, "ServicePortBuilder"), "main", workload.port())
                .addStatement("$T resource = new $T()", kind, kind)
                .addStatement("resource.setMetadata(new $T()\n.withName($S)\n.withNamespace($S)\n.build())",
                        ClassName.get(MODEL, "ObjectMetaBuilder"), "test", "default")
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
        MethodSpec statusTest = MethodSpec.methodBuilder("theStatusReportsTheReadyReplicas")
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T running = new $T()\n.withNewStatus().withReadyReplicas(2).endStatus()\n.build()",
                        target, ClassName.get(target.packageName(), target.simpleName() + "Builder"))
                .addStatement("$T.when(context.getSecondaryResource($T.class)).thenReturn($T.of(running))", MOCKITO,
                        target, Optional.class)
                .addCode("\n")
                .addStatement("$T control = new $T().reconcile(resource(), context)",
                        ParameterizedTypeName.get(ReconcilerJava.UPDATE_CONTROL, kind), reconciler)
                .addCode("\n")
                .addStatement("$T.assertTrue(control.isPatchStatus())", ASSERTIONS)
                .addStatement("$T.assertEquals(2, control.getResource().orElseThrow().getStatus().getReadyReplicas())",
                        ASSERTIONS)
                .build();
        TypeSpec.Builder type = TypeSpec.classBuilder(reconciler.simpleName() + "Test")
                .addJavadoc("Checks what {@link $T} asks for and reports, without a cluster: the Java\n",
                        reconciler)
                .addJavadoc("Operator SDK's context is a mock.\n")
                .addField(FieldSpec.builder(contextType, "context", Modifier.PRIVATE, Modifier.FINAL)
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                                .addMember("value", "$S", "unchecked").build())
                        .initializer("$T.mock($T.class)", MOCKITO, ReconcilerJava.CONTEXT)
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
        type.addMethod(statusTest)
                .addMethod(resource)
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
        String[] assertions = workload.headless() ? new String[] {"assertEquals", "assertTrue"}
                : new String[] {"assertEquals", "assertFalse", "assertTrue"};
        return JavaSources.test(model, reconciler.packageName(), type.build(), Ownership.USER,
                new StaticImport(ASSERTIONS, assertions), new StaticImport(MOCKITO, "mock", "when"));
    }
}
