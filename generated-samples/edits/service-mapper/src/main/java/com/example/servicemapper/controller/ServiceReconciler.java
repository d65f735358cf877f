package com.example.servicemapper.controller;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps, for every Service, the Pods its selector matches, and tells other code which Services a
 * Pod belongs to ({@link #servicesOf}). It changes nothing in the cluster.
 */
@ControllerConfiguration
public class ServiceReconciler implements Reconciler<Service> {
    private final Map<ResourceID, Set<ResourceID>> podsByService = new ConcurrentHashMap<>();
    private volatile InformerEventSource<Pod, Service> pods;
    private volatile IndexerResourceCache<Service> services;

    @Override
    public List<EventSource<?, Service>> prepareEventSources(EventSourceContext<Service> context) {
        services = context.getPrimaryCache();
        // A Pod concerns the Services of its namespace whose selector matches its labels.
        InformerEventSourceConfiguration<Pod> configuration = InformerEventSourceConfiguration
                .from(Pod.class, Service.class)
                .withSecondaryToPrimaryMapper(pod -> context.getPrimaryCache()
                        .list(pod.getMetadata().getNamespace(), service -> selects(service, pod))
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
                .build();
        pods = new InformerEventSource<>(configuration, context);
        return List.of(pods);
    }

    @Override
    public UpdateControl<Service> reconcile(Service service, Context<Service> context) {
        record(service, pods.list(service.getMetadata().getNamespace(), pod -> selects(service, pod)).toList());
        return UpdateControl.noUpdate();
    }

    /** Records that {@code service} selects {@code selected}, replacing what it selected before. */
    void record(Service service, List<Pod> selected) {
        podsByService.put(ResourceID.fromResource(service),
                selected.stream().map(ResourceID::fromResource).collect(Collectors.toUnmodifiableSet()));
    }

    /** The Services whose selector matched the Pod when they were last reconciled, and that still exist. */
    public Set<ResourceID> servicesOf(ResourceID pod) {
        return podsByService.entrySet().stream()
                .filter(entry -> entry.getValue().contains(pod))
                .map(Map.Entry::getKey)
                .filter(service -> services == null || services.get(service).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    static boolean selects(Service service, Pod pod) {
        Map<String, String> selector = service.getSpec() == null ? null : service.getSpec().getSelector();
        Map<String, String> labels = pod.getMetadata().getLabels();
        return selector != null && !selector.isEmpty() && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }
}
