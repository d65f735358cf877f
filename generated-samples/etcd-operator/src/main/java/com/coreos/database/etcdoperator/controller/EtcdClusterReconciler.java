package com.coreos.database.etcdoperator.controller;

import com.coreos.database.etcdoperator.api.etcd.v1beta2.EtcdCluster;
import com.coreos.database.etcdoperator.api.etcd.v1beta2.EtcdClusterStatus;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles EtcdCluster resources (etcd.database.coreos.com/v1beta2): brings the cluster to the state
 * each one's spec asks for, and reports what it sees in its status.
 *
 * <p>The Java Operator SDK calls {@link #reconcile} whenever an EtcdCluster changes and on
 * every resync, one resource at a time: make it idempotent. {@code ReconcilerRegistry}
 * registers it.
 */
@ControllerConfiguration
public class EtcdClusterReconciler implements Reconciler<EtcdCluster> {
    private static final Logger log = LoggerFactory.getLogger(EtcdClusterReconciler.class);

    @Override
    public UpdateControl<EtcdCluster> reconcile(EtcdCluster resource,
            Context<EtcdCluster> context) {
        log.info("Reconciling EtcdCluster {}/{}", resource.getMetadata().getNamespace(),
                resource.getMetadata().getName());
        // TODO(user): make the cluster match resource.getSpec(), e.g. create or update objects
        // through context.getClient(). 'opctl generate' grants what a whole chain of client calls
        // needs (client.configMaps().inNamespace(ns).resource(map).serverSideApply()); grant
        // anything else with a marker comment on this class, for example
        // "+opctl:rbac:groups=apps,resources=deployments,verbs=get;list;watch;create".

        EtcdClusterStatus status = new EtcdClusterStatus();
        status.setObservedGeneration(resource.getMetadata().getGeneration());
        resource.setStatus(status);
        return UpdateControl.patchStatus(resource);
    }
}
