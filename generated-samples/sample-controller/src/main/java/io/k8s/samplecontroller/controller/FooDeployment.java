package io.k8s.samplecontroller.controller;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.Foo;
import java.util.Map;

/**
 * The Deployment of a Foo, named by its spec, running nginx as the upstream sample-controller does.
 */
public class FooDeployment extends CRUDKubernetesDependentResource<Deployment, Foo> {
    @Override
    protected Deployment desired(Foo foo, Context<Foo> context) {
        Map<String, String> labels = Map.of("app", "nginx", "controller", foo.getMetadata().getName());
        return new DeploymentBuilder()
                .withNewMetadata()
                    .withName(foo.getSpec().getDeploymentName())
                    .withNamespace(foo.getMetadata().getNamespace())
                .endMetadata()
                .withNewSpec()
                    .withReplicas(foo.getSpec().getReplicas())
                    .withNewSelector().withMatchLabels(labels).endSelector()
                    .withNewTemplate()
                        .withNewMetadata().withLabels(labels).endMetadata()
                        .withNewSpec()
                            .addNewContainer().withName("nginx").withImage("nginx:latest").endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .build();
    }
}
