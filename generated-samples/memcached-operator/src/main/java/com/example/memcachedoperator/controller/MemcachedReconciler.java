package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedStatus;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles Memcached resources (cache.example.com/v1alpha1): brings the cluster to the state
 * each one's spec asks for, and reports what it sees in its status.
 *
 * <p>The Java Operator SDK calls {@link #reconcile} whenever a Memcached changes and on
 * every resync, one resource at a time: make it idempotent. {@code ReconcilerRegistry}
 * registers it.
 */
@ControllerConfiguration
public class MemcachedReconciler implements Reconciler<Memcached> {
    private static final Logger log = LoggerFactory.getLogger(MemcachedReconciler.class);

    @Override
    public UpdateControl<Memcached> reconcile(Memcached resource, Context<Memcached> context) {
        log.info("Reconciling Memcached {}/{}", resource.getMetadata().getNamespace(),
                resource.getMetadata().getName());
        // TODO(user): make the cluster match resource.getSpec(), e.g. create or update objects
        // through context.getClient(). Grant what that needs with a marker comment on this class,
        // for example "+opctl:rbac:groups=apps,resources=deployments,verbs=get;list;watch;create".

        MemcachedStatus status = new MemcachedStatus();
        status.setObservedGeneration(resource.getMetadata().getGeneration());
        resource.setStatus(status);
        return UpdateControl.patchStatus(resource);
    }
}
