package com.example.memcachedoperator.api.cache.v1beta1;

/**
 * The observed state of a Memcached, as its controller last saw it.
 *
 * TODO(user): v1beta1 has the schema of v1alpha1, whose class this extends, so the API server serves
 * every Memcached in either version as it is. To change the schema in v1beta1, declare its fields
 * here instead, and convert between the versions with a conversion webhook:
 * 'opctl add webhook --kind Memcached --version v1alpha1 --conversion' (on the storage version).
 */
public class MemcachedStatus extends com.example.memcachedoperator.api.cache.v1alpha1.MemcachedStatus {
}
