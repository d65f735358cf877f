package com.coreos.database.etcdoperator.api.etcd.v1beta2;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * EtcdCluster is the Schema for the etcdclusters API (etcd.database.coreos.com/v1beta2).
 *
 * TODO(user): say what an EtcdCluster is for: 'kubectl explain etcdcluster' shows the text above. Its
 * schema comes from {@link EtcdClusterSpec} and {@link EtcdClusterStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("etcd.database.coreos.com")
@Version("v1beta2")
@Plural("etcdclusters")
@ShortNames("etcd")
public class EtcdCluster extends CustomResource<EtcdClusterSpec, EtcdClusterStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
