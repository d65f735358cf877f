package io.k8s.samplecontroller.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.Foo;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.FooSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checks the Foo's Deployment and status without a cluster.
 */
class FooReconcilerTest {
    @SuppressWarnings("unchecked")
    private final Context<Foo> context = mock(Context.class);

    @Test
    void theDeploymentIsNamedAndSizedByTheSpec() {
        Deployment deployment = new FooDeployment().desired(foo(), context);

        assertEquals("example-foo", deployment.getMetadata().getName());
        assertEquals(3, deployment.getSpec().getReplicas());
    }

    @Test
    void theStatusMirrorsTheAvailableReplicas() {
        Deployment running = new DeploymentBuilder().withNewStatus().withAvailableReplicas(2).endStatus().build();
        when(context.getSecondaryResource(Deployment.class)).thenReturn(Optional.of(running));

        assertEquals(2, new FooReconciler().reconcile(foo(), context).getResource().orElseThrow().getStatus()
                .getAvailableReplicas());
    }

    private static Foo foo() {
        FooSpec spec = new FooSpec();
        spec.setDeploymentName("example-foo");
        spec.setReplicas(3);
        Foo foo = new Foo();
        foo.setMetadata(new ObjectMetaBuilder().withName("example").withNamespace("default").build());
        foo.setSpec(spec);
        return foo;
    }
}
