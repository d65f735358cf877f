package dev.opctl.rbac.library;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

/**
 * A reconciler base class of a library whose code calls the client, which RbacGeneratorTest reads
 * from its class file, as from a jar: opctl cannot tell what the calls ask of the API server.
 */
public abstract class ClientReconciler<P extends HasMetadata> implements Reconciler<P> {
    @Override
    public UpdateControl<P> reconcile(P resource, Context<P> context) {
        context.getClient().configMaps().inNamespace(resource.getMetadata().getNamespace()).withName("settings").get();
        context.getClient().secrets().inNamespace(resource.getMetadata().getNamespace()).list();
        return UpdateControl.noUpdate();
    }
}
