package dev.opctl.rbac;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.Test;

/** How {@link ClientCallsE2ETest} tells a refusal from another failure, without an API server. */
class ClientCallsRefusedTest {
    @Test
    void aNotFoundFromAnApiServerOnAPortWith403IsNoRefusal() {
        var notFound = new KubernetesClientException("Failure executing: GET at: "
                + "https://127.0.0.1:49403/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods. Message: Not Found.", 404,
                null);
        assertFalse(ClientCallsE2ETest.refused(notFound));
    }

    @Test
    void aRefusalIsOneByItsCodeOrByItsMessage() {
        assertTrue(ClientCallsE2ETest.refused(new KubernetesClientException("Forbidden", 403, null)));
        assertTrue(ClientCallsE2ETest.refused(new KubernetesClientException(
                "Failure executing: GET at: https://127.0.0.1:6443/api/v1/pods. Received status: Status(code=403)")));
    }
}
