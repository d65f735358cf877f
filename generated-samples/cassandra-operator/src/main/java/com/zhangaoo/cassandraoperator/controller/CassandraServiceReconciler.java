package com.zhangaoo.cassandraoperator.controller;

import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraService;
import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraServiceStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each CassandraService as a StatefulSet and a Service, both owned by it. Its status reports the
 * ready replicas and the conditions {@value #AVAILABLE}, {@value #PROGRESSING} and
 * {@value #DEGRADED}; an Event is recorded when it becomes available, unavailable or degraded.
 * Changing the spec updates the StatefulSet and the Service; deleting the CassandraService deletes them.
 */
@Workflow(
        dependents = {
                @Dependent(type = CassandraServiceStatefulSet.class),
                @Dependent(type = CassandraServiceService.class)
        }
)
@ControllerConfiguration
public class CassandraServiceReconciler implements Reconciler<CassandraService> {
    /**
     * All the replicas the spec asks for are ready.
     */
    public static final String AVAILABLE = "Available";

    /**
     * The StatefulSet is rolling out a change or scaling, as {@code kubectl rollout status}
     * waits for it.
     */
    public static final String PROGRESSING = "Progressing";

    /**
     * The StatefulSet reports a failure: its rollout stopped progressing, or it
     * cannot create Pods.
     */
    public static final String DEGRADED = "Degraded";

    /**
     * Who records the Events: {@code kubectl describe} shows it under From.
     */
    static final String COMPONENT = "cassandra-operator";

    private static final Logger log = LoggerFactory.getLogger(CassandraServiceReconciler.class);

    @Override
    public UpdateControl<CassandraService> reconcile(CassandraService resource,
            Context<CassandraService> context) {
        // The StatefulSet and the Service are applied before this runs (see @Workflow).
        StatefulSet statefulSet = context.getSecondaryResource(StatefulSet.class).orElse(null);
        List<Condition> previous = resource.getStatus() == null || resource.getStatus().getConditions() == null
                ? List.of()
                : resource.getStatus().getConditions();
        List<Condition> conditions = conditions(resource, statefulSet);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (Condition condition : conditions) {
            // As Kubernetes' meta.SetStatusCondition: the time changes only with the status.
            Condition before = find(previous, condition.getType());
            condition.setLastTransitionTime(before != null && condition.getStatus().equals(before.getStatus())
                    ? before.getLastTransitionTime()
                    : now);
            condition.setObservedGeneration(resource.getMetadata().getGeneration());
        }
        recordTransitions(resource, previous, conditions, context);

        CassandraServiceStatus status = new CassandraServiceStatus();
        status.setReadyReplicas(statefulSet == null || statefulSet.getStatus() == null
                ? 0
                : count(statefulSet.getStatus().getReadyReplicas()));
        status.setObservedGeneration(resource.getMetadata().getGeneration());
        status.setConditions(conditions);
        resource.setStatus(status);
        return UpdateControl.patchStatus(resource);
    }

    /**
     * The conditions of {@code resource}, from its StatefulSet ({@code null} before it exists).
     */
    private static List<Condition> conditions(CassandraService resource, StatefulSet statefulSet) {
        StatefulSetStatus observed = statefulSet == null || statefulSet.getStatus() == null
                ? new StatefulSetStatus()
                : statefulSet.getStatus();
        int desired = resource.getSpec().getSize();
        int ready = count(observed.getReadyReplicas());
        String replicas = ready + " of " + desired + " replicas ready";
        // Rolled out as kubectl rollout status says it: the StatefulSet has seen the latest spec, and
        // every replica runs it and is ready.
        boolean rolledOut = statefulSet != null
                && Objects.equals(observed.getObservedGeneration(), statefulSet.getMetadata().getGeneration())
                && count(observed.getUpdatedReplicas()) == desired
                && count(observed.getReplicas()) == desired
                && ready == desired;
        Optional<StatefulSetCondition> stalled = reported(observed, "Progressing", "False");
        Optional<StatefulSetCondition> failure = stalled.or(() -> reported(observed, "ReplicaFailure", "True"));
        // TODO(user): Kubernetes reports no failure conditions on a StatefulSet (up to 1.30 at least):
        // tell Degraded from what your application shows, e.g. Pods that keep restarting.
        Condition available = condition(AVAILABLE, ready >= desired,
                ready >= desired ? "ReplicasReady" : "ReplicasNotReady", replicas);
        Condition progressing = stalled
                .map(c -> condition(PROGRESSING, false, c.getReason(), c.getMessage()))
                .orElseGet(() -> condition(PROGRESSING, !rolledOut,
                        rolledOut ? "RolloutComplete" : "RollingOut", replicas));
        Condition degraded = failure
                .map(c -> condition(DEGRADED, true, c.getReason(), c.getMessage()))
                .orElseGet(() -> condition(DEGRADED, false, "AsExpected", "the StatefulSet reports no failure"));
        return List.of(available, progressing, degraded);
    }

    /**
     * The condition of this type and status that the workload reports, if any.
     */
    private static Optional<StatefulSetCondition> reported(StatefulSetStatus observed, String type,
            String status) {
        return observed.getConditions().stream()
                .filter(c -> type.equals(c.getType()) && status.equals(c.getStatus()))
                .findFirst();
    }

    private static Condition condition(String type, boolean status, String reason, String message) {
        return new ConditionBuilder()
                .withType(type)
                .withStatus(status ? "True" : "False")
                .withReason(reason)
                .withMessage(message)
                .build();
    }

    private static Condition find(List<Condition> conditions, String type) {
        return conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
    }

    private static boolean isTrue(List<Condition> conditions, String type) {
        Condition condition = find(conditions, type);
        return condition != null && "True".equals(condition.getStatus());
    }

    /**
     * Records an Event when the CassandraService became available, stopped being available or became
     * degraded.
     */
    private static void recordTransitions(CassandraService resource, List<Condition> previous,
            List<Condition> conditions, Context<CassandraService> context) {
        boolean available = isTrue(conditions, AVAILABLE);
        if (available != isTrue(previous, AVAILABLE)) {
            recordEvent(context, resource, available ? "Normal" : "Warning",
                    available ? "Available" : "Unavailable", find(conditions, AVAILABLE).getMessage());
        }
        if (isTrue(conditions, DEGRADED) && !isTrue(previous, DEGRADED)) {
            Condition degraded = find(conditions, DEGRADED);
            recordEvent(context, resource, "Warning", "Degraded",
                    degraded.getReason() + ": " + degraded.getMessage());
        }
    }

    /**
     * Records a Kubernetes Event about {@code resource}; a failure is logged, never fails
     * the reconciliation.
     */
    private static void recordEvent(Context<CassandraService> context, CassandraService resource,
            String type, String reason, String message) {
        // The role grants create on events for the client call below: 'opctl generate' reads it.
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectMeta metadata = resource.getMetadata();
        Event event = new EventBuilder()
                .withNewMetadata().withGenerateName(metadata.getName() + ".").endMetadata()
                .withNewInvolvedObject()
                    .withApiVersion(resource.getApiVersion())
                    .withKind(resource.getKind())
                    .withNamespace(metadata.getNamespace())
                    .withName(metadata.getName())
                    .withUid(metadata.getUid())
                    .withResourceVersion(metadata.getResourceVersion())
                .endInvolvedObject()
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withNewSource().withComponent(COMPONENT).endSource()
                .withReportingComponent(COMPONENT)
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withCount(1)
                .build();
        try {
            context.getClient().v1().events().inNamespace(metadata.getNamespace()).resource(event).create();
        } catch (RuntimeException e) {
            log.warn("Could not record Event {} about {} {}/{}: {}", reason, resource.getKind(),
                    metadata.getNamespace(), metadata.getName(), e.getMessage());
        }
    }

    private static int count(Integer replicas) {
        return replicas == null ? 0 : replicas;
    }
}
