package io.k8s.samplecontroller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.javaoperatorsdk.operator.junit.LocallyRunOperatorExtension;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.Foo;
import io.k8s.samplecontroller.api.samplecontroller.v1alpha1.FooSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 3 against a real cluster (mvn verify -De2e), the operator running as a ServiceAccount
 * that has only its generated role: a Foo runs a Deployment named by its spec, owned by it, that
 * follows its replicas and whose available replicas the Foo's status mirrors; the operator may not
 * delete the Deployment; the API server refuses replicas out of 1..10 and a
 * missing deploymentName; deleting the Foo deletes the Deployment.
 */
@EnabledIfSystemProperty(named = "e2e", matches = "|true")
class FooE2ETest {
    @RegisterExtension
    final LocallyRunOperatorExtension operator = OperatorServiceAccount.runOperator().build();

    @Test
    void aFooRunsItsDeploymentFollowsItsSpecAndIsValidated() {
        KubernetesClient client = operator.getInfrastructureKubernetesClient();
        String namespace = operator.getNamespace();
        Foo foo = client.resource(foo("example", "example-foo", 1)).inNamespace(namespace).create();
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName("example-foo")
                .waitUntilCondition(d -> d != null && d.getSpec().getReplicas() == 1, 60, TimeUnit.SECONDS);
        assertEquals("Foo", deployment.getMetadata().getOwnerReferences().get(0).getKind());
        assertEquals(foo.getMetadata().getUid(), deployment.getMetadata().getOwnerReferences().get(0).getUid());

        // A merge patch, not edit(): the operator writes the status meanwhile, and edit() would conflict (409).
        client.resources(Foo.class).inNamespace(namespace).withName("example")
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":3}}");
        client.apps().deployments().inNamespace(namespace).withName("example-foo")
                .waitUntilCondition(d -> d != null && d.getSpec().getReplicas() == 3, 60, TimeUnit.SECONDS);

        // No kubelet here reports available Pods: the test writes the Deployment's status in its place.
        client.apps().deployments().inNamespace(namespace).withName("example-foo").editStatus(d -> {
            d.setStatus(new DeploymentStatusBuilder().withReplicas(3).withReadyReplicas(2)
                    .withAvailableReplicas(2).build());
            return d;
        });
        client.resources(Foo.class).inNamespace(namespace).withName("example").waitUntilCondition(f -> f != null
                && f.getStatus() != null && Integer.valueOf(2).equals(f.getStatus().getAvailableReplicas()),
                60, TimeUnit.SECONDS);

        // Its role lets it create and update Deployments, not delete them: garbage collection does.
        KubernetesClientException refused = assertThrows(KubernetesClientException.class, () -> operator
                .getKubernetesClient().apps().deployments().inNamespace(namespace).withName("example-foo").delete());
        assertEquals(403, refused.getCode(), refused::getMessage);

        assertRefused(client, namespace, foo("zero", "zero", 0), "spec.replicas");
        assertRefused(client, namespace, foo("eleven", "eleven", 11), "spec.replicas");
        assertRefused(client, namespace, foo("nameless", null, 1), "spec.deploymentName");

        client.resources(Foo.class).inNamespace(namespace).withName("example").delete();
        client.apps().deployments().inNamespace(namespace).withName("example-foo")
                .waitUntilCondition(d -> d == null, 90, TimeUnit.SECONDS);
    }

    private static void assertRefused(KubernetesClient client, String namespace, Foo foo, String field) {
        KubernetesClientException refused = assertThrows(KubernetesClientException.class,
                () -> client.resource(foo).inNamespace(namespace).create());
        assertEquals(422, refused.getCode(), refused::getMessage);
        assertTrue(refused.getMessage().contains(field), refused::getMessage);
    }

    private static Foo foo(String name, String deploymentName, int replicas) {
        FooSpec spec = new FooSpec();
        spec.setDeploymentName(deploymentName);
        spec.setReplicas(replicas);
        Foo foo = new Foo();
        foo.setMetadata(new ObjectMetaBuilder().withName(name).build());
        foo.setSpec(spec);
        return foo;
    }
}
