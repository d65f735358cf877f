package io.kruise.sidecarsetoperator.api.apps.v1alpha1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * SidecarSet is the Schema for the sidecarsets API (apps.kruise.io/v1alpha1).
 *
 * TODO(user): say what a SidecarSet is for: 'kubectl explain sidecarset' shows the text above. Its
 * schema comes from {@link SidecarSetSpec} and {@link SidecarSetStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("apps.kruise.io")
@Version("v1alpha1")
@Plural("sidecarsets")
public class SidecarSet extends CustomResource<SidecarSetSpec, SidecarSetStatus> {
    private static final long serialVersionUID = 1L;
}
