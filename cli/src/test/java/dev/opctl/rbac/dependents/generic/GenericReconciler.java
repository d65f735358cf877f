package dev.opctl.rbac.dependents.generic;

import dev.opctl.rbac.dependents.Widget;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.api.reconciler.dependent.GarbageCollected;
import io.javaoperatorsdk.operator.processing.GroupVersionKind;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource;
import java.util.Map;

/** A ConfigMap made as a generic resource, of a GroupVersionKind of literals: applied, and owned by the widget. */
@Workflow(dependents = @Dependent(type = GenericReconciler.Settings.class))
public class GenericReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Settings extends GenericKubernetesDependentResource<Widget>
            implements Creator<GenericKubernetesResource, Widget>, GarbageCollected<Widget> {
        public Settings() {
            super(new GroupVersionKind("", "v1", "ConfigMap"));
        }

        @Override
        protected GenericKubernetesResource desired(Widget widget, Context<Widget> context) {
            return new GenericKubernetesResourceBuilder().withApiVersion("v1").withKind("ConfigMap")
                    .withMetadata(widget.owned("-generic")).withAdditionalProperties(Map.of("data",
                            Map.of("size", "1"))).build();
        }
    }
}
