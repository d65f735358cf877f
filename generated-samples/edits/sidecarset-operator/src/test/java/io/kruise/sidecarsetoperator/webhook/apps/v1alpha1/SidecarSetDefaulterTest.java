package io.kruise.sidecarsetoperator.webhook.apps.v1alpha1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kruise.sidecarsetoperator.WebhookServer;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link SidecarSetDefaulter} the way the API server calls it: an AdmissionReview in, the
 * server's answer, with the defaults as a JSON patch, out.
 */
class SidecarSetDefaulterTest {
    private static final String PATH = "/mutate-apps-kruise-io-v1alpha1-sidecarset";
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final WebhookServer server = new WebhookServer().register(PATH, new SidecarSetDefaulter());

    @Test
    void aSidecarWithoutAPullPolicyGetsIfNotPresent() {
        SidecarSet sidecarSet = sidecarSet(new ContainerBuilder().withName("log").withImage("fluentd:1").build(),
                new ContainerBuilder().withName("proxy").withImage("envoy:1").withImagePullPolicy("Always").build());
        AdmissionResponse response = review(sidecarSet);
        assertTrue(response.getAllowed(), () -> response.getStatus().getMessage());
        assertEquals("[{\"op\":\"add\",\"path\":\"/spec/containers/0/imagePullPolicy\",\"value\":\"IfNotPresent\"}]",
                patch(response));
    }

    @Test
    void aSidecarSetWithPullPoliciesIsUnchanged() {
        SidecarSet sidecarSet = sidecarSet(
                new ContainerBuilder().withName("proxy").withImage("envoy:1").withImagePullPolicy("Always").build());
        assertEquals("[]", patch(review(sidecarSet)));
    }

    @Test
    void fieldsTheClassDoesNotKnowAreKeptAndOnlyTheDefaultIsPatched() {
        // A SidecarSet of a newer CRD than this operator's classes: spec.updateStrategy is unknown here.
        String review = """
                {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {
                  "uid": "2", "operation": "CREATE", "object": {
                    "apiVersion": "apps.kruise.io/v1alpha1", "kind": "SidecarSet", "metadata": {"name": "example"},
                    "spec": {"updateStrategy": {"type": "RollingUpdate"},
                             "containers": [{"name": "log", "image": "fluentd:1"}]}}}}
                """;
        AdmissionResponse response = JSON.unmarshal(server.review(PATH, review), AdmissionReview.class).getResponse();
        assertTrue(response.getAllowed(), () -> response.getStatus().getMessage());
        assertEquals("[{\"op\":\"add\",\"path\":\"/spec/containers/0/imagePullPolicy\",\"value\":\"IfNotPresent\"}]",
                patch(response));
    }

    private static SidecarSet sidecarSet(Container... containers) {
        SidecarSet sidecarSet = new SidecarSet();
        sidecarSet.setMetadata(new ObjectMetaBuilder().withName("example").build());
        sidecarSet.setSpec(new SidecarSetSpec());
        sidecarSet.getSpec().setContainers(List.of(containers));
        return sidecarSet;
    }

    private AdmissionResponse review(SidecarSet sidecarSet) {
        AdmissionReview review = new AdmissionReviewBuilder()
                .withNewRequest()
                .withUid("1")
                .withOperation("CREATE")
                .withObject(sidecarSet)
                .endRequest()
                .build();
        AdmissionResponse response = JSON.unmarshal(server.review(PATH, JSON.asJson(review)), AdmissionReview.class)
                .getResponse();
        assertEquals("1", response.getUid());
        return response;
    }

    /** The JSON patch of {@code response}, {@code []} when it changes nothing. */
    private static String patch(AdmissionResponse response) {
        return response.getPatch() == null ? "[]"
                : new String(Base64.getDecoder().decode(response.getPatch()), StandardCharsets.UTF_8);
    }
}
