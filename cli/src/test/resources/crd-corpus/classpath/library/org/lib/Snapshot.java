package org.lib;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** A library's custom resource, which a resource of the sources holds as a field (Strimzi's KafkaTopic, say). */
@Group("lib.example.com")
@Version("v1")
public class Snapshot extends CustomResource<Snapshot.Spec, Snapshot.Status> implements Namespaced {
    public static class Spec {
        public String source;
    }

    public static class Status {
        public boolean ready;
    }
}
