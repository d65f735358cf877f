package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import com.example.memcachedoperator.api.cache.v1alpha1.MemcachedStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;

/**
 * Runs each Memcached as a Deployment and a Service, both owned by it, and reports the
 * ready replicas in its status. Changing the spec updates them; deleting the Memcached
 * deletes them.
 */
@Workflow(
        dependents = {
                @Dependent(type = MemcachedDeployment.class),
                @Dependent(type = MemcachedService.class, reconcilePrecondition = MemcachedService.HasPorts.class)
        }
)
@ControllerConfiguration
public class MemcachedReconciler implements Reconciler<Memcached> {
    @Override
    public UpdateControl<Memcached> reconcile(Memcached resource, Context<Memcached> context) {
        // The Deployment and the Service are applied before this runs (see @Workflow).
        int ready = context.getSecondaryResource(Deployment.class)
                .map(w -> w.getStatus() == null ? null : w.getStatus().getReadyReplicas())
                .orElse(0);
        MemcachedStatus status = new MemcachedStatus();
        status.setReadyReplicas(ready);
        resource.setStatus(status);
        // TODO(user): report more in the status, e.g. conditions.
        return UpdateControl.patchStatus(resource);
    }
}
