package io.kruise.sidecarsetoperator.webhook.apps.v1alpha1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kruise.sidecarsetoperator.WebhookServer;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link SidecarSetValidator} the way the API server calls it: an AdmissionReview in, the
 * server's answer (allowed, or refused with a message, and warnings) out.
 */
class SidecarSetValidatorTest {
    private static final String PATH = "/validate-apps-kruise-io-v1alpha1-sidecarset";
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final WebhookServer server = new WebhookServer().register(PATH, new SidecarSetValidator());

    @Test
    void aValidSidecarSetIsAccepted() {
        AdmissionResponse response = review("CREATE", null, sidecarSet("nginx", container("log", "fluentd:1")));
        assertTrue(response.getAllowed(), () -> response.getStatus().getMessage());
        assertEquals(List.of(), response.getWarnings());
    }

    @Test
    void anImageWithoutATagIsAcceptedWithAWarning() {
        AdmissionResponse response = review("CREATE", null,
                sidecarSet("nginx", container("log", "registry.example.com:5000/fluentd")));
        assertTrue(response.getAllowed(), () -> response.getStatus().getMessage());
        assertEquals(List.of("spec.containers: log has no image tag, so it runs the latest"), response.getWarnings());
    }

    @Test
    void aSidecarSetWithoutContainersOrWithTwoOfOneNameIsRefused() {
        assertRefused(review("CREATE", null, sidecarSet("nginx")),
                "spec.containers must have at least one container");
        assertRefused(review("CREATE", null, sidecarSet("nginx", container("log", "a:1"), container("log", "b:1"))),
                "spec.containers: two containers are named log");
    }

    @Test
    void theSelectorCannotChange() {
        SidecarSet old = sidecarSet("nginx", container("log", "fluentd:1"));
        assertTrue(review("UPDATE", old, sidecarSet("nginx", container("log", "fluentd:2"))).getAllowed());
        assertRefused(review("UPDATE", old, sidecarSet("db", container("log", "fluentd:1"))),
                "spec.selector cannot change; create a new SidecarSet instead");
    }

    private static void assertRefused(AdmissionResponse response, String message) {
        assertFalse(response.getAllowed());
        assertEquals(403, response.getStatus().getCode());
        assertEquals(message, response.getStatus().getMessage());
    }

    private static Container container(String name, String image) {
        return new ContainerBuilder().withName(name).withImage(image).build();
    }

    private static SidecarSet sidecarSet(String app, Container... containers) {
        SidecarSet sidecarSet = new SidecarSet();
        sidecarSet.setMetadata(new ObjectMetaBuilder().withName("example").build());
        sidecarSet.setSpec(new SidecarSetSpec());
        sidecarSet.getSpec().setSelector(new LabelSelectorBuilder().addToMatchLabels("app", app).build());
        sidecarSet.getSpec().setContainers(List.of(containers));
        return sidecarSet;
    }

    private AdmissionResponse review(String operation, SidecarSet oldObject, SidecarSet object) {
        AdmissionReview review = new AdmissionReviewBuilder()
                .withNewRequest()
                .withUid("1")
                .withOperation(operation)
                .withOldObject(oldObject)
                .withObject(object)
                .endRequest()
                .build();
        AdmissionResponse response = JSON.unmarshal(server.review(PATH, JSON.asJson(review)), AdmissionReview.class)
                .getResponse();
        assertEquals("1", response.getUid());
        return response;
    }
}
