package io.kruise.sidecarsetoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.javaoperatorsdk.operator.Operator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Runs the operator's wiring against fabric8's mock API server instead of a cluster.
 */
@EnableKubernetesMockClient(crud = true)
class OperatorMainTest {
    KubernetesClient client;

    @Test
    void probesReportLiveButNotReadyBeforeTheOperatorStarts() throws Exception {
        Operator operator = OperatorMain.createOperator(client, null);
        HealthServer health = HealthServer.start(operator, 0);
        try {
            assertEquals(200, probe(health, "/healthz"));
            assertEquals(503, probe(health, "/readyz"));
        } finally {
            health.stop();
        }
    }

    @Test
    void operatorStartsWithEveryRegisteredReconciler() throws Exception {
        Operator operator = OperatorMain.createOperator(client, null);
        assumeTrue(operator.getRegisteredControllersNumber() > 0,
                "no controller registered yet: add one with 'opctl add controller'");
        HealthServer health = HealthServer.start(operator, 0);
        try {
            operator.start();
            assertEquals(200, probe(health, "/readyz"));
        } finally {
            operator.stop();
            health.stop();
        }
    }

    private static int probe(HealthServer health, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + health.port() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
