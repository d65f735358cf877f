package com.example.memcachedoperator.controller;

import com.example.memcachedoperator.api.data.v1.Cassandra;
import com.example.memcachedoperator.api.data.v1.CassandraStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;

/**
 * Runs each Cassandra as a StatefulSet and a Service, both owned by it, and reports the
 * ready replicas in its status. Changing the spec updates them; deleting the Cassandra
 * deletes them.
 */
@Workflow(
        dependents = {
                @Dependent(type = CassandraStatefulSet.class),
                @Dependent(type = CassandraService.class)
        }
)
@ControllerConfiguration
public class CassandraReconciler implements Reconciler<Cassandra> {
    @Override
    public UpdateControl<Cassandra> reconcile(Cassandra resource, Context<Cassandra> context) {
        // The StatefulSet and the Service are applied before this runs (see @Workflow).
        int ready = context.getSecondaryResource(StatefulSet.class)
                .map(w -> w.getStatus() == null ? null : w.getStatus().getReadyReplicas())
                .orElse(0);
        CassandraStatus status = new CassandraStatus();
        status.setReadyReplicas(ready);
        resource.setStatus(status);
        // TODO(user): report more in the status, e.g. conditions.
        return UpdateControl.patchStatus(resource);
    }
}
