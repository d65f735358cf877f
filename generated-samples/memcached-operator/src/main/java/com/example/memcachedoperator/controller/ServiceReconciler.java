package com.example.memcachedoperator.controller;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles Service objects (v1), which Kubernetes itself defines: this controller
 * adds behaviour to them and writes no status of its own.
 *
 * <p>The Java Operator SDK calls {@link #reconcile} whenever a Service or an object it
 * watches changes, and on every resync, one object at a time: make it idempotent.
 */
@ControllerConfiguration
public class ServiceReconciler implements Reconciler<Service> {
    private static final Logger log = LoggerFactory.getLogger(ServiceReconciler.class);

    @Override
    public List<EventSource<?, Service>> prepareEventSources(EventSourceContext<Service> context) {
        // A change to a watched object reconciles the Service objects it maps to: those that
        // own it. TODO(user): map another way if they do not, e.g. by label selector.
        InformerEventSourceConfiguration<Pod> podsConfiguration = InformerEventSourceConfiguration
                .from(Pod.class, Service.class)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(Service.class))
                .build();
        InformerEventSource<Pod, Service> pods = new InformerEventSource<>(podsConfiguration, context);
        return List.of(pods);
    }

    @Override
    public UpdateControl<Service> reconcile(Service resource, Context<Service> context) {
        log.info("Reconciling Service {}/{}", resource.getMetadata().getNamespace(),
                resource.getMetadata().getName());
        // TODO(user): act on the Service and what it watches (context.getSecondaryResources), e.g.
        // through context.getClient(). 'opctl generate' grants what a whole chain of client calls
        // needs; grant anything else with a marker comment on this class, for example
        // "+opctl:rbac:groups=,resources=configmaps,verbs=get;list;watch;create;update".
        return UpdateControl.noUpdate();
    }
}
