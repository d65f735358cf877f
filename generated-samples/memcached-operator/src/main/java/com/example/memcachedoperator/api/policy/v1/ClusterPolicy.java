package com.example.memcachedoperator.api.policy.v1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * ClusterPolicy is the Schema for the clusterpolicies API (policy.example.com/v1).
 *
 * TODO(user): say what a ClusterPolicy is for: 'kubectl explain clusterpolicy' shows the text above. Its
 * schema comes from {@link ClusterPolicySpec} and {@link ClusterPolicyStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("policy.example.com")
@Version("v1")
@Plural("clusterpolicies")
@Categories("all")
public class ClusterPolicy extends CustomResource<ClusterPolicySpec, ClusterPolicyStatus> {
    private static final long serialVersionUID = 1L;
}
