package dev.opctl.scaffold.controller;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.naming.Names;
import dev.opctl.project.BuiltInKind;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code KindReconciler.java} for a built-in kind (a Service, a Deployment): no CRD, no status of
 * its own to write; optionally watching other built-in kinds as secondary resources.
 */
final class BuiltInReconcilerJava {
    private static final String PKG = ReconcilerJava.RECONCILER_PACKAGE;
    private static final ClassName EVENT_SOURCE = ClassName.get("io.javaoperatorsdk.operator.processing.event.source",
            "EventSource");
    private static final ClassName EVENT_SOURCE_CONTEXT = ClassName.get(PKG, "EventSourceContext");
    private static final ClassName INFORMER_EVENT_SOURCE = ClassName.get(
            "io.javaoperatorsdk.operator.processing.event.source.informer", "InformerEventSource");
    private static final ClassName INFORMER_CONFIGURATION = ClassName.get(
            "io.javaoperatorsdk.operator.api.config.informer", "InformerEventSourceConfiguration");
    private static final ClassName MAPPERS = ClassName.get("io.javaoperatorsdk.operator.processing.event.source"
            + ".informer", "Mappers");

    private BuiltInReconcilerJava() {
    }

    static GeneratedFile render(ProjectModel model, BuiltInKind primary, List<BuiltInKind> watched) {
        ClassName kind = ClassName.bestGuess(primary.modelClass());
        ClassName self = ClassName.get(Controllers.controllerPackage(model), primary.kind() + "Reconciler");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("Reconciles $L objects ($L), which Kubernetes itself defines: this controller\n",
                        primary.kind(), primary.apiVersion())
                .addJavadoc("adds behaviour to them and writes no status of its own.\n\n")
                .addJavadoc(watched.isEmpty()
                        ? "<p>The Java Operator SDK calls {@link #reconcile} whenever $L changes and on\n"
                                + "every resync, one object at a time: make it idempotent.\n"
                        : "<p>The Java Operator SDK calls {@link #reconcile} whenever $L or an object it\n"
                                + "watches changes, and on every resync, one object at a time: make it idempotent.\n",
                        Names.withArticle(primary.kind()))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(ClassName.get(PKG, "ControllerConfiguration")).build())
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(PKG, "Reconciler"), kind))
                .addField(FieldSpec.builder(ClassName.get("org.slf4j", "Logger"), "log", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", ClassName.get("org.slf4j", "LoggerFactory"), self)
                        .build());
        if (!watched.isEmpty()) {
            MethodSpec.Builder sources = MethodSpec.methodBuilder("prepareEventSources")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), ParameterizedTypeName.get(
                            EVENT_SOURCE, WildcardTypeName.subtypeOf(Object.class), kind)))
                    .addParameter(ParameterizedTypeName.get(EVENT_SOURCE_CONTEXT, kind), "context")
                    .addComment("A change to a watched object reconciles the $L objects it maps to: those that",
                            primary.kind())
                    .addComment("own it. TODO(user): map another way if they do not, e.g. by label selector.");
            CodeBlock.Builder list = CodeBlock.builder();
            for (BuiltInKind w : watched) {
                ClassName secondary = ClassName.bestGuess(w.modelClass());
                String name = Character.toLowerCase(w.kind().charAt(0)) + w.kind().substring(1) + "s";
                sources.addStatement("$T<$T> $LConfiguration = $T\n.from($T.class, $T.class)\n"
                                + ".withSecondaryToPrimaryMapper($T.fromOwnerReferences($T.class))\n.build()",
                        INFORMER_CONFIGURATION, secondary, name, INFORMER_CONFIGURATION, secondary, kind, MAPPERS,
                        kind);
                sources.addStatement("$T<$T, $T> $L = new $T<>($LConfiguration, context)", INFORMER_EVENT_SOURCE,
                        secondary, kind, name, INFORMER_EVENT_SOURCE, name);
                list.add(list.isEmpty() ? "$L" : ", $L", name);
            }
            sources.addStatement("return $T.of($L)", List.class, list.build());
            type.addMethod(sources.build());
        }
        type.addMethod(MethodSpec.methodBuilder("reconcile")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ReconcilerJava.UPDATE_CONTROL, kind))
                .addParameter(kind, "resource")
                .addParameter(ParameterizedTypeName.get(ReconcilerJava.CONTEXT, kind), "context")
                .addCode(Controllers.logReconciling(primary.kind(), primary.namespaced()))
                .addComment("TODO(user): act on the $L$L, e.g.", primary.kind(),
                        watched.isEmpty() ? "" : " and what it watches (context.getSecondaryResources)")
                .addComment("through context.getClient(), and grant what that needs with a marker comment on this")
                .addComment("class, for example")
                .addComment("\"+opctl:rbac:groups=,resources=configmaps,verbs=get;list;watch;create;update\".")
                .addStatement("return $T.noUpdate()", ReconcilerJava.UPDATE_CONTROL)
                .build());
        return JavaSources.main(model, self.packageName(), type.build(), Ownership.USER);
    }
}
