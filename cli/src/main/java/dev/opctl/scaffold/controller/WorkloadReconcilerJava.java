package dev.opctl.scaffold.controller;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.api.Workload;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The reconciler of a workload controller: its {@code @Workflow} applies the Deployment or
 * StatefulSet and the Service; {@code reconcile} reports the ready replicas and the standard
 * conditions Available, Progressing and Degraded (Kubernetes' {@code metav1.Condition}, fabric8's
 * {@code Condition}) derived from the workload's status, and records a Kubernetes Event when the
 * resource becomes available, unavailable or degraded, as kubebuilder's deploy-image plugin does.
 */
final class WorkloadReconcilerJava {
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final ClassName CONDITION = ClassName.get(MODEL, "Condition");
    private static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
    private static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");
    private static final TypeName CONDITIONS = ParameterizedTypeName.get(ClassName.get(List.class), CONDITION);

    private WorkloadReconcilerJava() {
    }

    static GeneratedFile render(ProjectModel model, Resource r, Workload workload) {
        ClassName kind = ClassName.get(r.javaPackage(), r.kind());
        ClassName self = Controllers.reconciler(model, r);
        ClassName target = WorkloadJava.workloadClass(workload);
        ClassName workloadStatus = ClassName.get(target.packageName(), workload.kind() + "Status");
        ClassName workloadCondition = ClassName.get(target.packageName(), workload.kind() + "Condition");
        ParameterizedTypeName context = ParameterizedTypeName.get(WorkloadJava.CONTEXT, kind);
        TypeSpec type = TypeSpec.classBuilder(self)
                .addJavadoc("Runs each $L as a $L and a Service, both owned by it. Its status reports the\n",
                        r.kind(), workload.kind())
                .addJavadoc("ready replicas and the conditions {@value #AVAILABLE}, {@value #PROGRESSING} and\n")
                .addJavadoc("{@value #DEGRADED}; an Event is recorded when it becomes available, unavailable or "
                        + "degraded.\n")
                .addJavadoc("Changing the spec updates the $L and the Service; deleting the $L deletes them.\n",
                        workload.kind(), r.kind())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(workflow(model, r, workload))
                .addAnnotation(AnnotationSpec.builder(ClassName.get(WorkloadJava.RECONCILER_PACKAGE,
                        "ControllerConfiguration")).build())
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(WorkloadJava.RECONCILER_PACKAGE,
                        "Reconciler"), kind))
                .addField(constant("AVAILABLE", "Available",
                        "All the replicas the spec asks for are ready."))
                .addField(constant("PROGRESSING", "Progressing",
                        "The " + workload.kind() + " is rolling out a change or scaling, as {@code kubectl rollout "
                                + "status}\nwaits for it."))
                .addField(constant("DEGRADED", "Degraded", "The " + workload.kind() + " reports a failure: "
                        + "its rollout stopped progressing, or it\ncannot create Pods."))
                .addField(FieldSpec.builder(String.class, "COMPONENT", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Who records the Events: {@code kubectl describe} shows it under From.\n")
                        .initializer("$S", model.name())
                        .build())
                .addField(FieldSpec.builder(LOGGER, "log", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", LOGGER_FACTORY, self)
                        .build())
                .addMethod(reconcile(r, workload, kind, context, target))
                .addMethod(conditions(r, workload, kind, target, workloadStatus, workloadCondition))
                .addMethod(reported(workloadStatus, workloadCondition))
                .addMethod(condition())
                .addMethod(find())
                .addMethod(isTrue())
                .addMethod(recordTransitions(r, kind, context))
                .addMethod(recordEvent(kind, context))
                .addMethod(count())
                .build();
        return JavaSources.main(model, self.packageName(), type, Ownership.USER);
    }

    private static AnnotationSpec workflow(ProjectModel model, Resource r, Workload workload) {
        return AnnotationSpec.builder(ClassName.get(WorkloadJava.RECONCILER_PACKAGE, "Workflow"))
                .addMember("dependents", "$L", AnnotationSpec.builder(WorkloadJava.DEPENDENT)
                        .addMember("type", "$T.class", WorkloadJava.workloadDependent(model, r, workload)).build())
                .addMember("dependents", "$L", WorkloadJava.serviceDependency(model, r, workload))
                .build();
    }

    private static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer("$S", value)
                .build();
    }

    private static MethodSpec reconcile(Resource r, Workload workload, ClassName kind, TypeName context,
            ClassName target) {
        ClassName status = ClassName.get(r.javaPackage(), r.kind() + "Status");
        return MethodSpec.methodBuilder("reconcile")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(WorkloadJava.UPDATE_CONTROL, kind))
                .addParameter(kind, "resource")
                .addParameter(context, "context")
                .addComment("The $L and the Service are applied before this runs (see @Workflow).", workload.kind())
                .addStatement("$T $L = context.getSecondaryResource($T.class).orElse(null)", target,
                        variable(workload), target)
                .addStatement("$T previous = resource.getStatus() == null || resource.getStatus().getConditions() "
                        + "== null\n? $T.of()\n: resource.getStatus().getConditions()", CONDITIONS, List.class)
                .addStatement("$T conditions = conditions(resource, $L)", CONDITIONS, variable(workload))
                .addStatement("$T now = $T.now().truncatedTo($T.SECONDS).toString()", String.class, Instant.class,
                        ChronoUnit.class)
                .beginControlFlow("for ($T condition : conditions)", CONDITION)
                .addComment("As Kubernetes' meta.SetStatusCondition: the time changes only with the status.")
                .addStatement("$T before = find(previous, condition.getType())", CONDITION)
                .addStatement("condition.setLastTransitionTime(before != null && condition.getStatus()"
                        + ".equals(before.getStatus())\n? before.getLastTransitionTime()\n: now)")
                .addStatement("condition.setObservedGeneration(resource.getMetadata().getGeneration())")
                .endControlFlow()
                .addStatement("recordTransitions(resource, previous, conditions, context)")
                .addCode("\n")
                .addStatement("$T status = new $T()", status, status)
                .addStatement("status.setReadyReplicas($L == null || $L.getStatus() == null\n? 0\n"
                        + ": count($L.getStatus().getReadyReplicas()))", variable(workload), variable(workload),
                        variable(workload))
                .addStatement("status.setObservedGeneration(resource.getMetadata().getGeneration())")
                .addStatement("status.setConditions(conditions)")
                .addStatement("resource.setStatus(status)")
                .addStatement("return $T.patchStatus(resource)", WorkloadJava.UPDATE_CONTROL)
                .build();
    }

    /** Available, Progressing and Degraded from the workload's status, without times. */
    private static MethodSpec conditions(Resource r, Workload workload, ClassName kind, ClassName target,
            ClassName workloadStatus, ClassName workloadCondition) {
        String w = variable(workload);
        ParameterizedTypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), workloadCondition);
        MethodSpec.Builder method = MethodSpec.methodBuilder("conditions")
                .addJavadoc("The conditions of {@code resource}, from its $L ({@code null} before it exists).\n",
                        workload.kind())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(CONDITIONS)
                .addParameter(kind, "resource")
                .addParameter(target, w)
                .addStatement("$T observed = $L == null || $L.getStatus() == null\n? new $T()\n: $L.getStatus()",
                        workloadStatus, w, w, workloadStatus, w)
                .addStatement("int desired = resource.getSpec().getSize()")
                .addStatement("int ready = count(observed.getReadyReplicas())")
                .addStatement("$T replicas = ready + $S + desired + $S", String.class, " of ", " replicas ready")
                .addComment("Rolled out as kubectl rollout status says it: the $L has seen the latest spec, and",
                        workload.kind())
                .addComment("every replica runs it and is ready.")
                .addStatement("boolean rolledOut = $L != null\n"
                        + "&& $T.equals(observed.getObservedGeneration(), $L.getMetadata().getGeneration())\n"
                        + "&& count(observed.getUpdatedReplicas()) == desired\n"
                        + "&& count(observed.getReplicas()) == desired\n"
                        + "&& ready == desired", w, Objects.class, w)
                .addStatement("$T stalled = reported(observed, $S, $S)", optional, "Progressing", "False")
                .addStatement("$T failure = stalled.or(() -> reported(observed, $S, $S))", optional,
                        "ReplicaFailure", "True");
        if (workload.headless()) {
            method.addComment("TODO(user): Kubernetes reports no failure conditions on a StatefulSet (up to 1.30 at "
                    + "least):")
                    .addComment("tell Degraded from what your application shows, e.g. Pods that keep restarting.");
        } else {
            method.addComment("TODO(user): tell Degraded from what your application shows as well.");
        }
        return method.addStatement("$T available = condition(AVAILABLE, ready >= desired,\n"
                        + "ready >= desired ? $S : $S, replicas)", CONDITION, "ReplicasReady", "ReplicasNotReady")
                .addStatement("$T progressing = stalled\n"
                        + ".map(c -> condition(PROGRESSING, false, c.getReason(), c.getMessage()))\n"
                        + ".orElseGet(() -> condition(PROGRESSING, !rolledOut,\n"
                        + "$>$>rolledOut ? $S : $S, replicas))$<$<", CONDITION, "RolloutComplete", "RollingOut")
                .addStatement("$T degraded = failure\n"
                        + ".map(c -> condition(DEGRADED, true, c.getReason(), c.getMessage()))\n"
                        + ".orElseGet(() -> condition(DEGRADED, false, $S, $S))", CONDITION, "AsExpected",
                        "the " + workload.kind() + " reports no failure")
                .addStatement("return $T.of(available, progressing, degraded)", List.class)
                .build();
    }

    private static MethodSpec reported(ClassName workloadStatus, ClassName workloadCondition) {
        return MethodSpec.methodBuilder("reported")
                .addJavadoc("The condition of this type and status that the workload reports, if any.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), workloadCondition))
                .addParameter(workloadStatus, "observed")
                .addParameter(String.class, "type")
                .addParameter(String.class, "status")
                .addStatement("return observed.getConditions().stream()\n"
                        + ".filter(c -> type.equals(c.getType()) && status.equals(c.getStatus()))\n"
                        + ".findFirst()")
                .build();
    }

    private static MethodSpec condition() {
        return MethodSpec.methodBuilder("condition")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(CONDITION)
                .addParameter(String.class, "type")
                .addParameter(boolean.class, "status")
                .addParameter(String.class, "reason")
                .addParameter(String.class, "message")
                .addStatement("return new $T()\n"
                        + ".withType(type)\n"
                        + ".withStatus(status ? $S : $S)\n"
                        + ".withReason(reason)\n"
                        + ".withMessage(message)\n"
                        + ".build()", ClassName.get(MODEL, "ConditionBuilder"), "True", "False")
                .build();
    }

    private static MethodSpec find() {
        return MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(CONDITION)
                .addParameter(CONDITIONS, "conditions")
                .addParameter(String.class, "type")
                .addStatement("return conditions.stream().filter(c -> type.equals(c.getType())).findFirst()"
                        + ".orElse(null)")
                .build();
    }

    private static MethodSpec isTrue() {
        return MethodSpec.methodBuilder("isTrue")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(CONDITIONS, "conditions")
                .addParameter(String.class, "type")
                .addStatement("$T condition = find(conditions, type)", CONDITION)
                .addStatement("return condition != null && $S.equals(condition.getStatus())", "True")
                .build();
    }

    private static MethodSpec recordTransitions(Resource r, ClassName kind, TypeName context) {
        return MethodSpec.methodBuilder("recordTransitions")
                .addJavadoc("Records an Event when the $L became available, stopped being available or became\n",
                        r.kind())
                .addJavadoc("degraded.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(kind, "resource")
                .addParameter(CONDITIONS, "previous")
                .addParameter(CONDITIONS, "conditions")
                .addParameter(context, "context")
                .addStatement("boolean available = isTrue(conditions, AVAILABLE)")
                .beginControlFlow("if (available != isTrue(previous, AVAILABLE))")
                .addStatement("recordEvent(context, resource, available ? $S : $S,\n"
                        + "available ? $S : $S, find(conditions, AVAILABLE).getMessage())", "Normal", "Warning",
                        "Available", "Unavailable")
                .endControlFlow()
                .beginControlFlow("if (isTrue(conditions, DEGRADED) && !isTrue(previous, DEGRADED))")
                .addStatement("$T degraded = find(conditions, DEGRADED)", CONDITION)
                .addStatement("recordEvent(context, resource, $S, $S,\n"
                        + "degraded.getReason() + $S + degraded.getMessage())", "Warning", "Degraded", ": ")
                .endControlFlow()
                .build();
    }

    /** A core/v1 Event, as client-go's EventRecorder (kubebuilder's) writes it; a failure is only logged. */
    private static MethodSpec recordEvent(ClassName kind, TypeName context) {
        return MethodSpec.methodBuilder("recordEvent")
                .addJavadoc("Records a Kubernetes Event about {@code resource}; a failure is logged, never fails\n"
                        + "the reconciliation.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(context, "context")
                .addParameter(kind, "resource")
                .addParameter(String.class, "type")
                .addParameter(String.class, "reason")
                .addParameter(String.class, "message")
                .addComment("+opctl:rbac:groups=core,resources=events,verbs=create")
                .addStatement("$T now = $T.now().truncatedTo($T.SECONDS).toString()", String.class, Instant.class,
                        ChronoUnit.class)
                .addStatement("$T metadata = resource.getMetadata()", ClassName.get(MODEL, "ObjectMeta"))
                .addStatement("$T event = new $T()\n"
                        + ".withNewMetadata().withGenerateName(metadata.getName() + $S).endMetadata()\n"
                        + ".withNewInvolvedObject()\n"
                        + "$>.withApiVersion(resource.getApiVersion())\n"
                        + ".withKind(resource.getKind())\n"
                        + ".withNamespace(metadata.getNamespace())\n"
                        + ".withName(metadata.getName())\n"
                        + ".withUid(metadata.getUid())\n"
                        + ".withResourceVersion(metadata.getResourceVersion())\n"
                        + "$<.endInvolvedObject()\n"
                        + ".withType(type)\n"
                        + ".withReason(reason)\n"
                        + ".withMessage(message)\n"
                        + ".withNewSource().withComponent(COMPONENT).endSource()\n"
                        + ".withReportingComponent(COMPONENT)\n"
                        + ".withFirstTimestamp(now)\n"
                        + ".withLastTimestamp(now)\n"
                        + ".withCount(1)\n"
                        + ".build()", ClassName.get(MODEL, "Event"), ClassName.get(MODEL, "EventBuilder"), ".")
                .beginControlFlow("try")
                .addStatement("context.getClient().v1().events().inNamespace(metadata.getNamespace()).resource(event)"
                        + ".create()")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("log.warn($S, reason, resource.getKind(),\n"
                        + "metadata.getNamespace(), metadata.getName(), e.getMessage())",
                        "Could not record Event {} about {} {}/{}: {}")
                .endControlFlow()
                .build();
    }

    private static MethodSpec count() {
        return MethodSpec.methodBuilder("count")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(Integer.class, "replicas")
                .addStatement("return replicas == null ? 0 : replicas")
                .build();
    }

    private static String variable(Workload workload) {
        return workload.headless() ? "statefulSet" : "deployment";
    }
}
