package probe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"kafka", "zookeeper", "entityOperator"})
public class KafkaSpec implements UnknownPropertyPreserving {
    private KafkaClusterSpec kafka;
    private EntityOperatorSpec entityOperator;
    private Map<String, Object> additionalProperties = new HashMap<>(0);

    @Required
    @JsonPropertyDescription("Configuration of the Kafka cluster")
    public KafkaClusterSpec getKafka() {
        return kafka;
    }

    public void setKafka(KafkaClusterSpec kafka) {
        this.kafka = kafka;
    }

    public EntityOperatorSpec getEntityOperator() {
        return entityOperator;
    }

    public void setEntityOperator(EntityOperatorSpec entityOperator) {
        this.entityOperator = entityOperator;
    }

    @Override
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @Override
    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    public static class KafkaClusterSpec {
        private int replicas;
        private String version;
        private List<GenericListener> listeners;
        @PreserveUnknownFields
        private Map<String, Object> config;
        private ResourceRequirements resources;
        private List<Toleration> tolerations;
        private Rack rack;

        @Min(1)
        @Max(Constants.MAX_REPLICAS)
        @Required
        public int getReplicas() {
            return replicas;
        }

        public void setReplicas(int replicas) {
            this.replicas = replicas;
        }

        @Pattern("^\\d+\\.\\d+\\.\\d+$")
        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        @Size(min = 1)
        @Required
        public List<GenericListener> getListeners() {
            return listeners;
        }

        public void setListeners(List<GenericListener> listeners) {
            this.listeners = listeners;
        }

        public Map<String, Object> getConfig() {
            return config;
        }

        public void setConfig(Map<String, Object> config) {
            this.config = config;
        }

        public ResourceRequirements getResources() {
            return resources;
        }

        public void setResources(ResourceRequirements resources) {
            this.resources = resources;
        }

        public List<Toleration> getTolerations() {
            return tolerations;
        }

        public void setTolerations(List<Toleration> tolerations) {
            this.tolerations = tolerations;
        }

        public Rack getRack() {
            return rack;
        }

        public void setRack(Rack rack) {
            this.rack = rack;
        }

        /** Not a getter: takes a parameter. */
        public String getListenerName(int index) {
            return listeners.get(index).getName();
        }

        /** Not a property: static. */
        public static String getDefaultVersion() {
            return "3.7.0";
        }

        /** Not a getter: returns void. */
        public void getNothing() {
        }
    }

    public static class GenericListener {
        private String name;
        private int port;
        private KafkaListenerType type;
        private boolean tls;

        @Pattern(Constants.NAME_RE)
        @Required
        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        @Min(9092)
        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        @Required
        public KafkaListenerType getType() {
            return type;
        }

        public void setType(KafkaListenerType type) {
            this.type = type;
        }

        public boolean isTls() {
            return tls;
        }

        public void setTls(boolean tls) {
            this.tls = tls;
        }
    }

    public static class Rack {
        private String topologyKey;

        @JsonProperty(value = "topologyKey", required = true)
        public String getTopologyKey() {
            return topologyKey;
        }

        public void setTopologyKey(String topologyKey) {
            this.topologyKey = topologyKey;
        }

        @JsonIgnore
        public boolean isEmpty() {
            return topologyKey == null;
        }
    }

    public static class EntityOperatorSpec {
        public TopicOperatorSpec topicOperator;
        public int reconciliationIntervalSeconds;
    }

    public static class TopicOperatorSpec {
        public String watchedNamespace;
        public Integer reconciliationIntervalMs;
        @Min(0)
        public Long zookeeperSessionTimeoutSeconds;
    }
}
