package com.example.memcachedoperator.webhook.cache.v1alpha1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.memcachedoperator.WebhookServer;
import com.example.memcachedoperator.api.cache.v1alpha1.Memcached;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MemcachedValidator} the way the API server calls it: an AdmissionReview in, the
 * server's answer (allowed, or refused with a message, and warnings) out.
 */
class MemcachedValidatorTest {
    private static final String PATH = "/validate-cache-example-com-v1alpha1-memcached";
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final WebhookServer server = new WebhookServer().register(PATH, new MemcachedValidator());

    @Test
    void aValidMemcachedIsAccepted() {
        // TODO(user): fill in a valid object, and add a test that an invalid one is refused: e.g.
        // assertEquals(403, response.getStatus().getCode()) and the message the validator gives.
        AdmissionResponse response = review("CREATE", null, example());
        assertTrue(response.getAllowed(), () -> response.getStatus().getMessage());
        assertEquals(List.of(), response.getWarnings());
    }

    @Test
    void anUpdateIsAccepted() {
        // TODO(user): change what may change, and test that what may not is refused.
        AdmissionResponse response = review("UPDATE", example(), example());
        assertTrue(response.getAllowed(), () -> response.getStatus().getMessage());
    }

    private static Memcached example() {
        Memcached memcached = new Memcached();
        memcached.setMetadata(new ObjectMetaBuilder().withName("example").build());
        return memcached;
    }

    private AdmissionResponse review(String operation, Memcached oldObject, Memcached object) {
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
