package dev.opctl.rbac.dependents.library;

import dev.opctl.rbac.dependents.Widget;
import dev.opctl.rbac.library.OwnedConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import java.util.Map;

/**
 * A ConfigMap dependent whose JOSDK class comes through a library's base class, which opctl reads
 * from its class file (as from a jar): JOSDK deletes it, so the workflow is a cleaner.
 */
@Workflow(dependents = @Dependent(type = LibraryReconciler.Settings.class))
public class LibraryReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Settings extends OwnedConfigMap<Widget> {
        @Override
        protected ConfigMap desired(Widget widget, Context<Widget> context) {
            return new ConfigMapBuilder().withMetadata(widget.owned("-settings")).withData(Map.of("mode", "on"))
                    .build();
        }
    }
}
