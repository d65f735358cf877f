package probe;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class KafkaStatus extends Status {
    private List<ListenerStatus> listeners;
    private String clusterId;
    private String kafkaVersion;

    public List<ListenerStatus> getListeners() {
        return listeners;
    }

    public void setListeners(List<ListenerStatus> listeners) {
        this.listeners = listeners;
    }

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getKafkaVersion() {
        return kafkaVersion;
    }

    public void setKafkaVersion(String kafkaVersion) {
        this.kafkaVersion = kafkaVersion;
    }

    public static class ListenerStatus {
        public String name;
        public List<String> addresses;
        public String bootstrapServers;
        public List<String> certificates;
    }
}
