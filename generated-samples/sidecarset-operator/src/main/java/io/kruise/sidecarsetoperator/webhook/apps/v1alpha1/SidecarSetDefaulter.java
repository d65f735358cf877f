package io.kruise.sidecarsetoperator.webhook.apps.v1alpha1;

import io.fabric8.kubernetes.api.model.Container;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.webhook.Defaulter;

// +opctl:webhook:path=/mutate-apps-kruise-io-v1alpha1-sidecarset,mutating=true,failurePolicy=fail,sideEffects=None,groups=apps.kruise.io,resources=sidecarsets,verbs=create;update,versions=v1alpha1,name=msidecarset-v1alpha1.kruise.io,admissionReviewVersions=v1

/**
 * Sets the defaults of SidecarSet objects (apps.kruise.io/v1alpha1) as they are created and updated:
 * a sidecar container without an image pull policy gets {@code IfNotPresent}, as OpenKruise's does,
 * so that injecting it into many Pods does not pull its image for each.
 */
public class SidecarSetDefaulter implements Defaulter<SidecarSet> {
    @Override
    public void applyDefaults(SidecarSet sidecarSet) {
        if (sidecarSet.getSpec() == null || sidecarSet.getSpec().getContainers() == null) {
            return;
        }
        for (Container container : sidecarSet.getSpec().getContainers()) {
            if (container.getImagePullPolicy() == null) {
                container.setImagePullPolicy("IfNotPresent");
            }
        }
    }
}
