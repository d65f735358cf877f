package dev.opctl.rbac.library;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;

/**
 * A dependent of a library, which an operator's {@code @Workflow} names as it is: RbacGeneratorTest
 * reads it from its class file, as from a jar.
 */
public class LabelledSecret<P extends HasMetadata> extends CRUDKubernetesDependentResource<Secret, P> {
    public LabelledSecret() {
        super(Secret.class);
    }
}
