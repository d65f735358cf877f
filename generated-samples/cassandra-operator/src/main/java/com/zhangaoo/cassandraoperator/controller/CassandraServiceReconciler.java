package com.zhangaoo.cassandraoperator.controller;

import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraService;
import com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1.CassandraServiceStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;

/**
 * Runs each CassandraService as a StatefulSet and a Service, both owned by it, and reports the
 * ready replicas in its status. Changing the spec updates them; deleting the CassandraService
 * deletes them.
 */
@Workflow(
        dependents = {
                @Dependent(type = CassandraServiceStatefulSet.class),
                @Dependent(type = CassandraServiceService.class)
        }
)
@ControllerConfiguration
public class CassandraServiceReconciler implements Reconciler<CassandraService> {
    @Override
    public UpdateControl<CassandraService> reconcile(CassandraService resource,
            Context<CassandraService> context) {
        // The StatefulSet and the Service are applied before this runs (see @Workflow).
        int ready = context.getSecondaryResource(StatefulSet.class)
                .map(w -> w.getStatus() == null ? null : w.getStatus().getReadyReplicas())
                .orElse(0);
        CassandraServiceStatus status = new CassandraServiceStatus();
        status.setReadyReplicas(ready);
        resource.setStatus(status);
        // TODO(user): report more in the status, e.g. conditions.
        return UpdateControl.patchStatus(resource);
    }
}
