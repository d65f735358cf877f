package probe;

import java.util.Map;

/** As Strimzi: an interface with getters for the additional properties. */
public interface UnknownPropertyPreserving {
    default Map<String, Object> getAdditionalProperties() {
        return null;
    }

    default void setAdditionalProperty(String name, Object value) {
    }
}
