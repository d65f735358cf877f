package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import lombok.AccessLevel;
import lombok.Builder;
import lombok.Data;
import lombok.Getter;
import lombok.NonNull;
import lombok.Value;
import lombok.experimental.Accessors;
import lombok.experimental.FieldDefaults;
import lombok.experimental.NonFinal;
import lombok.extern.jackson.Jacksonized;

@Data
@Accessors(chain = true)
public class SparkApplicationSpec {
    @Required
    @NonNull
    private SparkAppType type;
    private String sparkVersion;
    @Default("cluster")
    private DeployMode mode;
    private String image;
    private String mainClass;
    private String mainApplicationFile;
    private List<String> arguments;
    private Map<String, String> sparkConf;
    private Map<String, String> hadoopConf;
    private List<Volume> volumes;
    private DriverSpec driver;
    private ExecutorSpec executor;
    private Dependencies deps;
    private RestartPolicy restartPolicy;
    private Boolean isDynamicAllocationEnabled;
    private boolean hasUI;
    private static String ignoredStatic;
    @Getter(lazy = true)
    private final String lazyValue = compute();
    private Pair<String, Integer> pair;
    private Sidecar sidecar;
    private Monitor monitor;

    private static String compute() {
        return "x";
    }

    /** Lombok leaves this getter alone: it exists, with another type. */
    public int getSparkVersion() {
        return 3;
    }

    public enum SparkAppType { Java, Scala, Python, R }

    public enum DeployMode {
        CLUSTER("cluster"), CLIENT("client"), IN_CLUSTER_CLIENT("in-cluster-client");

        private final String value;

        DeployMode(String value) {
            this.value = value;
        }

        @JsonValue
        public String getValue() {
            return value;
        }
    }

    @Data
    public static class SparkPodSpec {
        private Integer cores;
        private String coreLimit;
        private String memory;
        private String memoryOverhead;
        private Map<String, String> labels;
        private List<EnvVar> env;
        private List<VolumeMount> volumeMounts;
    }

    @Data
    @lombok.EqualsAndHashCode(callSuper = true)
    public static class DriverSpec extends SparkPodSpec {
        private String podName;
        private String serviceAccount;
        private Map<String, String> javaOptions;
    }

    @Data
    @lombok.EqualsAndHashCode(callSuper = true)
    public static class ExecutorSpec extends SparkPodSpec {
        private Integer instances;
        private Boolean deleteOnTermination;
    }

    @Value
    @Builder
    @Jacksonized
    public static class Dependencies {
        List<String> jars;
        List<String> files;
        List<String> pyFiles;
        @NonFinal
        String repositories;
        @JsonIgnore
        String cache;
    }

    @Getter
    @FieldDefaults(makeFinal = true, level = AccessLevel.PRIVATE)
    @Builder
    public static class RestartPolicy {
        RestartType type;
        Integer onFailureRetries;
        Long onFailureRetryInterval;
        @Getter(AccessLevel.PACKAGE)
        Long hiddenInterval;
    }

    public enum RestartType { Never, Always, OnFailure }

    public record Pair<A, B>(A left, B right) {
    }

    /** A record implementing an interface with a default getter. */
    public record Sidecar(String name, String image) implements Named {
    }

    public interface Named {
        String name();

        default String getDisplayName() {
            return "sidecar";
        }
    }

    /** Sealed, with records as the permitted subtypes. */
    public sealed interface Monitor permits Monitor.Prometheus, Monitor.None {
        String getEndpoint();

        record Prometheus(String endpoint, int port) implements Monitor {
            @Override
            public String getEndpoint() {
                return endpoint;
            }
        }

        record None() implements Monitor {
            @Override
            public String getEndpoint() {
                return null;
            }
        }
    }
}
