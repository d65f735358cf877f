package models;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fabric8.openshift.api.model.BuildConfigSpec;
import io.fabric8.openshift.api.model.DeploymentConfigSpec;
import io.fabric8.openshift.api.model.RouteSpec;
import io.fabric8.openshift.api.model.config.v1.ClusterVersionSpec;

/** OpenShift's types, from openshift-model's jar and the jar it depends on (openshift-model-config). */
@Group("models.example.com")
@Version("v1")
public class Routes extends CustomResource<Routes.Spec, Void> implements Namespaced {
    public static class Spec {
        public RouteSpec route;
        public BuildConfigSpec build;
        public DeploymentConfigSpec deployment;
        public ClusterVersionSpec clusterVersion;
    }
}
