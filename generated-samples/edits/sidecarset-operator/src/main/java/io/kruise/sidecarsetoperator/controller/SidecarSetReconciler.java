package io.kruise.sidecarsetoperator.controller;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts the Pods each SidecarSet matches, how many carry its sidecars and how many are ready,
 * and writes the counts into its status. Injecting the sidecars is a webhook's job (to come).
 */
@ControllerConfiguration
public class SidecarSetReconciler implements Reconciler<SidecarSet> {
    private volatile InformerEventSource<Pod, SidecarSet> pods;

    @Override
    public List<EventSource<?, SidecarSet>> prepareEventSources(EventSourceContext<SidecarSet> context) {
        // A Pod concerns every SidecarSet whose selector matches it, in any namespace.
        InformerEventSourceConfiguration<Pod> configuration = InformerEventSourceConfiguration
                .from(Pod.class, SidecarSet.class)
                .withSecondaryToPrimaryMapper(pod -> context.getPrimaryCache()
                        .list(set -> selects(set, pod))
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
                .build();
        pods = new InformerEventSource<>(configuration, context);
        return List.of(pods);
    }

    @Override
    public UpdateControl<SidecarSet> reconcile(SidecarSet set, Context<SidecarSet> context) {
        set.setStatus(status(set, pods.list(pod -> selects(set, pod)).toList()));
        return UpdateControl.patchStatus(set);
    }

    /** The status of {@code set} given the Pods it matches. */
    static SidecarSetStatus status(SidecarSet set, List<Pod> matched) {
        Set<String> sidecars = set.getSpec().getContainers() == null ? Set.of()
                : set.getSpec().getContainers().stream().map(Container::getName).collect(Collectors.toSet());
        SidecarSetStatus status = new SidecarSetStatus();
        status.setMatchedPods(matched.size());
        status.setUpdatedPods((int) matched.stream().filter(pod -> pod.getSpec() != null && pod.getSpec()
                .getContainers().stream().map(Container::getName).collect(Collectors.toSet())
                .containsAll(sidecars)).count());
        status.setReadyPods((int) matched.stream().filter(SidecarSetReconciler::ready).count());
        return status;
    }

    /** Whether the selector of {@code set} matches {@code pod}. */
    public static boolean selects(SidecarSet set, Pod pod) {
        LabelSelector selector = set.getSpec() == null ? null : set.getSpec().getSelector();
        Map<String, String> labels = pod.getMetadata().getLabels() == null ? Map.of()
                : pod.getMetadata().getLabels();
        if (selector == null) {
            return false;
        }
        boolean labelsMatch = selector.getMatchLabels() == null
                || labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
        return labelsMatch && (selector.getMatchExpressions() == null
                || selector.getMatchExpressions().stream().allMatch(r -> matches(r, labels)));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
        return switch (requirement.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
                .stream().anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
    }
}
