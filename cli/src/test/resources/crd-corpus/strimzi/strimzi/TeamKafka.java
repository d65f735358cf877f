package strimzi;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.strimzi.api.kafka.model.kafka.KafkaSpec;
import io.strimzi.api.kafka.model.kafka.KafkaStatus;
import io.strimzi.api.kafka.model.topic.KafkaTopicSpec;
import java.util.List;

/** Strimzi's types under a class of the sources: a subclass, and as fields and list elements. */
@Group("strimzi.example.com")
@Version("v1")
public class TeamKafka extends CustomResource<TeamKafka.Spec, KafkaStatus> implements Namespaced {
    public static class Spec extends KafkaSpec {
        public String team;
        public List<KafkaTopicSpec> topics;
    }
}
