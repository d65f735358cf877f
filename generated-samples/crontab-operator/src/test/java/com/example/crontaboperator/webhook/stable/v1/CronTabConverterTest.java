package com.example.crontaboperator.webhook.stable.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.crontaboperator.WebhookServer;
import com.example.crontaboperator.api.stable.v1.CronTab;
import com.example.crontaboperator.api.stable.v1.CronTabSpec;
import com.example.crontaboperator.api.stable.v1.CronTabStatus;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionResponse;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionReview;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CronTabConverter} the way the API server calls it: a ConversionReview in, the objects
 * in the desired version out.
 */
class CronTabConverterTest {
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final WebhookServer server = new WebhookServer().register(new CronTabConverter());

    @Test
    void cronSpecIsScheduleInTheHubAndARoundTripChangesNothing() {
        CronTab cronTab = new CronTab();
        cronTab.setMetadata(new ObjectMetaBuilder()
                .withName("example")
                .withNamespace("default")
                .withLabels(Map.of("team", "a"))
                .build());
        cronTab.setSpec(new CronTabSpec());
        cronTab.getSpec().setCronSpec("*/5 * * * *");
        cronTab.getSpec().setImage("backup:1");
        cronTab.getSpec().setReplicas(2);
        cronTab.setStatus(new CronTabStatus());
        cronTab.getStatus().setObservedGeneration(3L);
        JsonNode original = JSON.unmarshal(JSON.asJson(cronTab), JsonNode.class);

        JsonNode hub = convert(original, "stable.example.com/v2");
        assertEquals("stable.example.com/v2", hub.get("apiVersion").asText());
        assertEquals("{\"schedule\":\"*/5 * * * *\",\"image\":\"backup:1\",\"replicas\":2}", hub.get("spec").toString());
        assertEquals(original.get("metadata"), hub.get("metadata"));
        assertEquals(original, convert(hub, "stable.example.com/v1"));
    }

    @Test
    void anObjectWithoutASpecConverts() {
        CronTab cronTab = new CronTab();
        cronTab.setMetadata(new ObjectMetaBuilder().withName("example").withNamespace("default").build());
        JsonNode original = JSON.unmarshal(JSON.asJson(cronTab), JsonNode.class);
        assertEquals(original, convert(convert(original, "stable.example.com/v2"), "stable.example.com/v1"));
    }

    private JsonNode convert(JsonNode object, String desiredApiVersion) {
        ConversionReview review = new ConversionReviewBuilder()
                .withNewRequest()
                .withUid("1")
                .withDesiredAPIVersion(desiredApiVersion)
                .addToObjects(object)
                .endRequest()
                .build();
        ConversionResponse response = JSON.unmarshal(server.review(WebhookServer.CONVERT_PATH, JSON.asJson(review)),
                ConversionReview.class).getResponse();
        assertEquals("1", response.getUid());
        assertEquals("Success", response.getResult().getStatus(), response.getResult()::getMessage);
        return JSON.convertValue(response.getConvertedObjects().get(0), JsonNode.class);
    }
}
