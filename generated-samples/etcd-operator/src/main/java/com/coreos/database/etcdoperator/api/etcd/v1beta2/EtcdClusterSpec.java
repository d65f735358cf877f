package com.coreos.database.etcdoperator.api.etcd.v1beta2;

/**
 * The desired state of an EtcdCluster: what its users ask for.
 */
public class EtcdClusterSpec {
    /**
     * An example field: replace it with your own.
     *
     * TODO(user): add the fields users set to describe what they want, and run 'opctl generate' to
     * update the CRD. A field's Javadoc becomes its description; validate with the annotations of
     * io.fabric8.generator.annotation (@Required, @Min, @Max, @Pattern, @Default, ...).
     */
    private String foo;

    public String getFoo() {
        return foo;
    }

    public void setFoo(String foo) {
        this.foo = foo;
    }
}
