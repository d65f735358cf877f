package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.Pluralize;
import java.util.List;
import org.junit.jupiter.api.Test;

class Fabric8PluralTest {
    @Test
    void pluralizesAsFabric8DoesAtRunTime() {
        List<String> words = List.of("foo", "hero", "memcached", "policy", "proxy", "day", "key", "status", "alias",
                "box", "church", "class", "dish", "index", "vertex", "matrix", "bus", "quiz", "octopus", "virus",
                "crisis", "axis", "testis", "mouse", "louse", "wolf", "half", "knife", "life", "analysis",
                "diagnoses", "datum", "medium", "census", "gas", "news", "sheep", "person", "man", "child", "ox",
                "die", "deployment", "etcdcluster", "crontab", "cassandraservice", "sidecarset", "ingress",
                "endpoints", "series", "radio", "video", "potato", "cafe", "chef", "roof", "queue", "quay",
                "buy", "toy", "guy", "sky", "fly", "cherry", "address", "glass", "process", "apps", "s", "x",
                "woman", "firewoman", "fireman", "podmetrics", "nodemetrics", "networkattachmentdefinition",
                "egressqos", "qos", "dns", "coredns", "prometheus", "myprometheus");
        for (String word : words) {
            assertEquals(Pluralize.toPlural(word), Fabric8Plural.of(word), word);
        }
    }
}
