package dev.opctl.rbac.library;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/**
 * A reconciler base class of a library, which RbacGeneratorTest reads from its class file, as from a
 * jar: the operator's reconciler extends it, and what its code returns patches the primary's status.
 */
public abstract class StatusReconciler<P extends HasMetadata> implements Reconciler<P> {
    @Override
    public UpdateControl<P> reconcile(P resource, Context<P> context) {
        observe(resource);
        return UpdateControl.patchStatus(resource);
    }

    /** Sets the status of {@code resource} to what is observed. */
    protected abstract void observe(P resource);
}
