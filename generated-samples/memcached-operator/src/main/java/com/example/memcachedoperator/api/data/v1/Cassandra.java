package com.example.memcachedoperator.api.data.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Cassandra is the Schema for the cassandras API (data.example.com/v1).
 *
 * TODO(user): say what a Cassandra is for: 'kubectl explain cassandra' shows the text above. Its
 * schema comes from {@link CassandraSpec} and {@link CassandraStatus}; run 'opctl generate' after
 * editing them to update the CRD in config/crd.
 */
@Group("data.example.com")
@Version("v1")
@Plural("cassandras")
public class Cassandra extends CustomResource<CassandraSpec, CassandraStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
