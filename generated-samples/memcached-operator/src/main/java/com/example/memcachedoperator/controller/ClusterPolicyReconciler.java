package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.policy.v1.ClusterPolicy;
import com.example.memcachedoperator.api.policy.v1.ClusterPolicyStatus;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles ClusterPolicy resources (policy.example.com/v1): brings the cluster to the state
 * each one's spec asks for, and reports what it sees in its status.
 *
 * <p>The Java Operator SDK calls {@link #reconcile} whenever a ClusterPolicy changes and on
 * every resync, one resource at a time: make it idempotent. {@code ReconcilerRegistry}
 * registers it.
 */
@ControllerConfiguration
public class ClusterPolicyReconciler implements Reconciler<ClusterPolicy> {
    private static final Logger log = LoggerFactory.getLogger(ClusterPolicyReconciler.class);

    @Override
    public UpdateControl<ClusterPolicy> reconcile(ClusterPolicy resource,
            Context<ClusterPolicy> context) {
        log.info("Reconciling ClusterPolicy {}", resource.getMetadata().getName());
        // TODO(user): make the cluster match resource.getSpec(), e.g. create or update objects
        // through context.getClient(). 'opctl generate' grants what a whole chain of client calls
        // needs (client.configMaps().inNamespace(ns).resource(map).serverSideApply()); grant
        // anything else with a marker comment on this class, for example
        // "+opctl:rbac:groups=apps,resources=deployments,verbs=get;list;watch;create".

        ClusterPolicyStatus status = new ClusterPolicyStatus();
        status.setObservedGeneration(resource.getMetadata().getGeneration());
        resource.setStatus(status);
        return UpdateControl.patchStatus(resource);
    }
}
