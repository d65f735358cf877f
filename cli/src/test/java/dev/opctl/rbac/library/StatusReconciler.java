package dev.opctl.rbac.library;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/**
 * A reconciler base class of a library, which RbacGeneratorTest reads from its class file, as from a
 * jar: the operator's reconciler extends it; its code adds a finalizer to the primary (a patch, and a
 * read on a conflict) and what it returns patches the primary's status.
 */
public abstract class StatusReconciler<P extends HasMetadata> implements Reconciler<P> {
    @Override
    public UpdateControl<P> reconcile(P resource, Context<P> context) {
        PrimaryUpdateAndCacheUtils.addFinalizer(context, "library.example.com/finalizer");
        observe(resource);
        return UpdateControl.patchStatus(resource);
    }

    /** Sets the status of {@code resource} to what is observed. */
    protected abstract void observe(P resource);
}
