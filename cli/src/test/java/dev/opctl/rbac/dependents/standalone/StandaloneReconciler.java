package dev.opctl.rbac.dependents.standalone;

import dev.opctl.rbac.dependents.Widget;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import java.util.List;
import java.util.Map;

/**
 * A dependent used standalone, deleted by the reconciler's cleanup itself: JOSDK deletes the
 * ConfigMap then, though the dependent is garbage-collected in a workflow.
 */
public class StandaloneReconciler implements Reconciler<Widget>, Cleaner<Widget> {
    private final Settings settings = new Settings();

    @Override
    public List<EventSource<?, Widget>> prepareEventSources(EventSourceContext<Widget> context) {
        return EventSourceUtils.dependentEventSources(context, settings);
    }

    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        settings.reconcile(widget, context);
        return UpdateControl.noUpdate();
    }

    @Override
    public DeleteControl cleanup(Widget widget, Context<Widget> context) {
        settings.delete(widget, context);
        return DeleteControl.defaultDelete();
    }

    public static class Settings extends CRUDKubernetesDependentResource<ConfigMap, Widget> {
        @Override
        protected ConfigMap desired(Widget widget, Context<Widget> context) {
            return new ConfigMapBuilder().withMetadata(widget.owned("-settings"))
                    .withData(Map.of("size", String.valueOf(widget.size()))).build();
        }
    }
}
