package io.kruise.sidecarsetoperator.webhook.core.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kruise.sidecarsetoperator.WebhookServer;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSet;
import io.kruise.sidecarsetoperator.api.apps.v1alpha1.SidecarSetSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PodDefaulter} the way the API server calls it, with SidecarSets in fabric8's mock API
 * server: a Pod that a SidecarSet selects gets its sidecars, once; any other Pod is left as it is.
 */
@EnableKubernetesMockClient(crud = true)
class PodDefaulterTest {
    private static final String PATH = "/mutate--v1-pod";
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    KubernetesClient client;

    @Test
    void aSelectedPodGetsTheSidecarsOfItsSidecarSets() {
        SidecarSet logging = new SidecarSet();
        logging.setMetadata(new ObjectMetaBuilder().withName("logging").build());
        logging.setSpec(new SidecarSetSpec());
        logging.getSpec().setSelector(new LabelSelectorBuilder().addToMatchLabels("app", "web").build());
        logging.getSpec().setContainers(List.of(new ContainerBuilder().withName("log").withImage("fluentd:1").build()));
        client.resource(logging).create();
        WebhookServer server = new WebhookServer().register(PATH, new PodDefaulter(client));

        AdmissionResponse selected = review(server, pod("web", "nginx"));
        assertTrue(selected.getAllowed(), () -> selected.getStatus().getMessage());
        assertEquals("[{\"op\":\"add\",\"path\":\"/spec/containers/1\",\"value\":{\"image\":\"fluentd:1\","
                + "\"name\":\"log\"}}]", patch(selected));

        assertEquals("[]", patch(review(server, pod("db", "postgres"))));
        assertEquals("[]", patch(review(server, pod("web", "nginx", "log"))));
    }

    private static Pod pod(String app, String... containers) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(app).addToLabels("app", app).endMetadata()
                .withNewSpec().endSpec();
        for (String container : containers) {
            pod.editSpec().addNewContainer().withName(container).withImage(container).endContainer().endSpec();
        }
        return pod.build();
    }

    private static AdmissionResponse review(WebhookServer server, Pod pod) {
        AdmissionReview review = new AdmissionReviewBuilder()
                .withNewRequest()
                .withUid("1")
                .withOperation("CREATE")
                .withNamespace("default")
                .withObject(pod)
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
