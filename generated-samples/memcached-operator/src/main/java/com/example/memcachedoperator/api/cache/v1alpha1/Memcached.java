package com.example.memcachedoperator.api.cache.v1alpha1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Memcached is the Schema for the memcacheds API (cache.example.com/v1alpha1).
 *
 * TODO(user): say what a Memcached is for: 'kubectl explain memcached' shows the text above. Its
 * schema comes from {@link MemcachedSpec} and {@link MemcachedStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("cache.example.com")
@Version("v1alpha1")
@Plural("memcacheds")
@ShortNames("mc")
public class Memcached extends CustomResource<MemcachedSpec, MemcachedStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
