package strimzi;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("strimzi.example.com")
@Version("v1")
public class MyKafkaNodePool extends CustomResource<io.strimzi.api.kafka.model.nodepool.KafkaNodePoolSpec, io.strimzi.api.kafka.model.nodepool.KafkaNodePoolStatus> implements Namespaced {
}
