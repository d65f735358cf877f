package dev.opctl.rbac.library;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDNoGCKubernetesDependentResource;

/**
 * A dependent base class of a library, which RbacGeneratorTest reads from its class file, as from a
 * jar: the operator's dependents extend it, giving their primary kind.
 */
public abstract class OwnedConfigMap<P extends HasMetadata> extends CRUDNoGCKubernetesDependentResource<ConfigMap, P> {
    protected OwnedConfigMap() {
        super(ConfigMap.class);
    }
}
