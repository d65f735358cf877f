package dev.opctl.rbac.dependents.precondition;

import dev.opctl.rbac.dependents.Widget;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;
import java.util.Map;

/**
 * A ConfigMap while the widget is enabled, and a Secret that depends on it: when the widget is
 * disabled, JOSDK deletes both, though the garbage collector would delete them with the widget.
 */
@Workflow(dependents = {
        @Dependent(name = "config", type = PreconditionReconciler.Config.class,
                reconcilePrecondition = PreconditionReconciler.Enabled.class),
        @Dependent(type = PreconditionReconciler.Credentials.class, dependsOn = "config")
})
public class PreconditionReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        return UpdateControl.noUpdate();
    }

    public static class Enabled implements Condition<ConfigMap, Widget> {
        @Override
        public boolean isMet(DependentResource<ConfigMap, Widget> dependent, Widget widget, Context<Widget> context) {
            return widget.enabled();
        }
    }

    public static class Config extends CRUDKubernetesDependentResource<ConfigMap, Widget> {
        @Override
        protected ConfigMap desired(Widget widget, Context<Widget> context) {
            return new ConfigMapBuilder().withMetadata(widget.owned("-config")).withData(Map.of("on", "yes")).build();
        }
    }

    public static class Credentials extends CRUDKubernetesDependentResource<Secret, Widget> {
        @Override
        protected Secret desired(Widget widget, Context<Widget> context) {
            return new SecretBuilder().withMetadata(widget.owned("-credentials"))
                    .withStringData(Map.of("user", "widget")).build();
        }
    }
}
