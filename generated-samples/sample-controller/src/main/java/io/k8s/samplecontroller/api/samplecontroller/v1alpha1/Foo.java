package io.k8s.samplecontroller.api.samplecontroller.v1alpha1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Foo is the Schema for the foos API (samplecontroller.k8s.io/v1alpha1).
 *
 * TODO(user): say what a Foo is for: 'kubectl explain foo' shows the text above. Its
 * schema comes from {@link FooSpec} and {@link FooStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("samplecontroller.k8s.io")
@Version("v1alpha1")
@Plural("foos")
public class Foo extends CustomResource<FooSpec, FooStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
