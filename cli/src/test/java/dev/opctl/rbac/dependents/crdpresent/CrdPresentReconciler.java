package dev.opctl.rbac.dependents.crdpresent;

import dev.opctl.rbac.dependents.Sprocket;
import dev.opctl.rbac.dependents.Widget;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.CRDPresentActivationCondition;

/** A Sprocket of each widget, once JOSDK has read that the Sprocket's CustomResourceDefinition exists. */
@Workflow(dependents = @Dependent(type = CrdPresentReconciler.Sprockets.class,
        activationCondition = CRDPresentActivationCondition.class))
public class CrdPresentReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Sprockets extends CRUDKubernetesDependentResource<Sprocket, Widget> {
        @Override
        protected Sprocket desired(Widget widget, Context<Widget> context) {
            Sprocket sprocket = new Sprocket();
            sprocket.setMetadata(widget.owned("-sprocket"));
            return sprocket;
        }
    }
}
