package probe;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

public class BundleSpec {
    public List<GenericKubernetesResource> resources;
    public ObjectReference target;
    public List<OwnerReference> owners;
    public Secret secretTemplate;
    public ConfigMap configTemplate;
    public Deployment deployment;
    public RawExtension raw;
    public AnyType any;
    public MicroTime renewTime;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Quantity quantityString;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public IntOrString intOrStringString;
    public Limited limitedProperty;
    public Limited limited;
    @JsonRawValue
    public String rawJson;
    public Byte[] boxedBytes;
    public List<byte[]> blobs;
    public Map<String, byte[]> binaryData;
    public Map<String, JsonNode> nodes;
    public List<Optional<String>> optionals;
    public DayOfWeek day;
    public Month month;
    public ChronoUnit unit;
    public TimeUnit timeUnit;
    public Point point;

    public static class Limited {
        public String name;
        public int size;
        public String other;
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public static class Point {
        public int x;
        public int y;
    }
}
