package probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum KafkaListenerType {
    INTERNAL,
    ROUTE,
    LOADBALANCER,
    NODEPORT,
    INGRESS,
    CLUSTER_IP;

    @JsonCreator
    public static KafkaListenerType forValue(String value) {
        switch (value) {
            case "internal":
                return INTERNAL;
            default:
                return null;
        }
    }

    @JsonValue
    public String toValue() {
        switch (this) {
            case INTERNAL:
                return "internal";
            case ROUTE:
                return "route";
            case LOADBALANCER:
                return "loadbalancer";
            case NODEPORT:
                return "nodeport";
            case INGRESS:
                return "ingress";
            case CLUSTER_IP:
                return "cluster-ip";
            default:
                return null;
        }
    }
}
