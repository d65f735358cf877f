package io.k8s.samplecontroller.controller;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.Foo;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.FooStatus;

/**
 * Runs each Foo's Deployment and mirrors its available replicas into the Foo's status.
 */
@Workflow(dependents = @Dependent(type = FooDeployment.class))
@ControllerConfiguration
public class FooReconciler implements Reconciler<Foo> {
    @Override
    public UpdateControl<Foo> reconcile(Foo foo, Context<Foo> context) {
        int available = context.getSecondaryResource(Deployment.class)
                .map(d -> d.getStatus() == null ? null : d.getStatus().getAvailableReplicas())
                .orElse(0);
        FooStatus status = new FooStatus();
        status.setAvailableReplicas(available);
        foo.setStatus(status);
        return UpdateControl.patchStatus(foo);
    }
}
