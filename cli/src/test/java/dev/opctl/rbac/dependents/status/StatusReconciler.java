package dev.opctl.rbac.dependents.status;

import dev.opctl.rbac.dependents.Widget;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.HashMap;
import java.util.Map;

/** Writes the widget's status three ways with JOSDK's helpers that keep its cache up to date. */
public class StatusReconciler implements Reconciler<Widget> {
    @Override
    public UpdateControl<Widget> reconcile(Widget widget, Context<Widget> context) {
        Widget updated = PrimaryUpdateAndCacheUtils.updateStatusAndCacheResource(widget, context,
                w -> withStatus(w, "updated"));
        Widget merged = PrimaryUpdateAndCacheUtils.mergePatchStatusAndCacheResource(updated, context,
                w -> withStatus(w, "merged"));
        PrimaryUpdateAndCacheUtils.patchStatusAndCacheResource(merged, context, w -> withStatus(w, "edited"));
        return UpdateControl.noUpdate();
    }

    private static Widget withStatus(Widget widget, String step) {
        Map<String, Object> status = new HashMap<>(widget.getStatus() == null ? Map.of() : widget.getStatus());
        status.put(step, true);
        widget.setStatus(status);
        return widget;
    }
}
