package dev.opctl.rbac.dependents.configmap;

import dev.opctl.rbac.dependents.Widget;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import java.util.Map;

/** A ConfigMap of the widget's size: JOSDK creates it, and replaces it when the size changes. */
@Workflow(dependents = @Dependent(type = ConfigReconciler.Config.class))
public class ConfigReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Config extends CRUDKubernetesDependentResource<ConfigMap, Widget> {
        @Override
        protected ConfigMap desired(Widget widget, Context<Widget> context) {
            return new ConfigMapBuilder().withMetadata(widget.owned("-config"))
                    .withData(Map.of("size", String.valueOf(widget.size()))).build();
        }
    }
}
