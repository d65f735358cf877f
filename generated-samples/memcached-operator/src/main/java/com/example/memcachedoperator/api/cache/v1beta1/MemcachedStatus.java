package com.example.memcachedoperator.api.cache.v1beta1;

/**
 * The observed state of a Memcached in v1beta1: the same as in v1alpha1, whose class this extends, so
 * the API server serves every Memcached in either version as it is.
 *
 * TODO(user): to change the schema in v1beta1, declare its fields here instead of extending
 * v1alpha1's; the API server then needs a conversion webhook to serve an object stored in one
 * version in the other, which opctl does not generate yet.
 */
public class MemcachedStatus extends com.example.memcachedoperator.api.cache.v1alpha1.MemcachedStatus {
}
