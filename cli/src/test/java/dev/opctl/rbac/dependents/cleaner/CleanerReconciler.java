package dev.opctl.rbac.dependents.cleaner;

import dev.opctl.rbac.dependents.Widget;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDNoGCKubernetesDependentResource;
import java.util.Map;

/** A Secret without an owner reference: JOSDK deletes it, before it removes its finalizer from the widget. */
@Workflow(dependents = @Dependent(type = CleanerReconciler.Credentials.class))
public class CleanerReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Credentials extends CRUDNoGCKubernetesDependentResource<Secret, Widget> {
        @Override
        protected Secret desired(Widget widget, Context<Widget> context) {
            return new SecretBuilder().withMetadata(widget.owned("-credentials"))
                    .withStringData(Map.of("user", "widget")).build();
        }
    }
}
