package com.example.memcachedoperator.api.policy.v1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A ClusterPolicy: the custom resource {@code clusterpolicies.policy.example.com}, version v1.
 *
 * <p>Its schema comes from {@link ClusterPolicySpec} and {@link ClusterPolicyStatus}:
 * run {@code opctl generate} after editing them to update the CRD in {@code config/crd}.
 */
@Group("policy.example.com")
@Version("v1")
@Categories("all")
public class ClusterPolicy extends CustomResource<ClusterPolicySpec, ClusterPolicyStatus> {
    private static final long serialVersionUID = 1L;
}
