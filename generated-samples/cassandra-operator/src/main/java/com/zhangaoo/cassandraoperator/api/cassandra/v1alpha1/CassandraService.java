package com.zhangaoo.cassandraoperator.api.cassandra.v1alpha1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * CassandraService is the Schema for the cassandraservices API (cassandra.zhangaoo.com/v1alpha1).
 *
 * TODO(user): say what a CassandraService is for: 'kubectl explain cassandraservice' shows the text above. Its
 * schema comes from {@link CassandraServiceSpec} and {@link CassandraServiceStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("cassandra.zhangaoo.com")
@Version("v1alpha1")
@Plural("cassandraservices")
public class CassandraService extends CustomResource<CassandraServiceSpec, CassandraServiceStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
