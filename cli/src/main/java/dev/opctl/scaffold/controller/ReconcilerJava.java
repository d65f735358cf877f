package dev.opctl.scaffold.controller;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import javax.lang.model.element.Modifier;

/** {@code KindReconciler.java}: the user's Java Operator SDK reconciler of a custom resource. */
final class ReconcilerJava {
    static final String RECONCILER_PACKAGE = "io.javaoperatorsdk.operator.api.reconciler";
    static final ClassName CONTEXT = ClassName.get(RECONCILER_PACKAGE, "Context");
    static final ClassName UPDATE_CONTROL = ClassName.get(RECONCILER_PACKAGE, "UpdateControl");
    private static final ClassName RECONCILER = ClassName.get(RECONCILER_PACKAGE, "Reconciler");
    private static final ClassName CONTROLLER_CONFIGURATION = ClassName.get(RECONCILER_PACKAGE,
            "ControllerConfiguration");
    private static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
    private static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");

    private ReconcilerJava() {
    }

    static GeneratedFile render(ProjectModel model, Resource r) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName status = ClassName.get(r.javaPackage(), r.kind() + "Status");
        ClassName self = Controllers.reconciler(model, r);
        MethodSpec reconcile = MethodSpec.methodBuilder("reconcile")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(UPDATE_CONTROL, kind))
                .addParameter(kind, "resource")
                .addParameter(ParameterizedTypeName.get(CONTEXT, kind), "context")
                .addCode(Controllers.logReconciling(r.kind(), r.namespaced()))
                .addComment("TODO(user): make the cluster match resource.getSpec(), e.g. create or update objects")
                .addComment("through context.getClient(). Grant what that needs with a marker comment on this class,")
                .addComment("for example \"+opctl:rbac:groups=apps,resources=deployments,verbs=get;list;watch;create\".")
                .addCode("\n")
                .addStatement("$T status = new $T()", status, status)
                .addStatement("status.setObservedGeneration(resource.getMetadata().getGeneration())")
                .addStatement("resource.setStatus(status)")
                .addStatement("return $T.patchStatus(resource)", UPDATE_CONTROL)
                .build();
        TypeSpec type = TypeSpec.classBuilder(self)
                .addJavadoc("Reconciles $L resources ($L): brings the cluster to the state\n", r.kind(),
                        r.apiVersion())
                .addJavadoc("each one's spec asks for, and reports what it sees in its status.\n\n")
                .addJavadoc("<p>The Java Operator SDK calls {@link #reconcile} whenever $L changes and on\n"
                        + "every resync, one resource at a time: make it idempotent. {@code ReconcilerRegistry}\n"
                        + "registers it.\n", Names.withArticle(r.kind()))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONTROLLER_CONFIGURATION).build())
                .addSuperinterface(ParameterizedTypeName.get(RECONCILER, kind))
                .addField(FieldSpec.builder(LOGGER, "log", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", LOGGER_FACTORY, self)
                        .build())
                .addMethod(reconcile)
                .build();
        return JavaSources.main(model, self.packageName(), type, Ownership.USER);
    }
}
