package probe;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "!has(self.standby) || self.instances > 1", message = "standby needs more than one instance")
public class DatabaseSpec {
    @Required
    @PrinterColumn(name = "Instances", priority = 0)
    @Min(1)
    @Max(Constants.MAX_REPLICAS - 1)
    @Default("" + 3)
    @SpecReplicas
    public int instances;

    @PrinterColumn
    @Pattern("^\\d+(\\.\\d+)?$")
    public String postgresVersion;

    @Default("10Gi")
    public Quantity storageSize;

    public Map<String, Quantity> limits;

    @Default("5432")
    public IntOrString port;

    public IntOrString maxUnavailable;

    @JsonPropertyDescription("A short description, \"quoted\" and with a unicode \u00e9")
    @Size(max = 63)
    public String displayName;

    public Optional<String> nickname;

    public Duration backupInterval;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Duration retention;

    public Instant maintenanceStart;

    public OffsetDateTime nextWindow;

    public LocalTime dailyBackupAt;

    public UUID clusterUid;

    public URI endpoint;

    public BigDecimal costPerHour;

    public Map<String, List<String>> userRoles;

    public Map<String, Map<String, Integer>> nested;

    public SortedMap<String, Set<Feature>> featureSets;

    public EnumSet<Feature> features;

    public byte[] caBundle;

    public double[] weights;

    public List<List<String>> matrix;

    public Boolean boxedFlag;

    public boolean primitiveFlag;

    public Long boxedLong;

    public short small;

    public char letter;

    public Character boxedLetter;

    public float ratio;

    @Nullable
    public Backup backup;

    public Standby standby;

    public SecretKeySelector superuserSecret;

    public List<LocalObjectReference> imagePullSecrets;

    public List<Toleration> tolerations;

    public Affinity affinity;

    public PodTemplateSpec podTemplate;

    public ObjectMeta inheritedMetadata;

    public io.fabric8.kubernetes.api.model.Duration k8sDuration;

    @SchemaFrom(type = String.class)
    public Parameters parameters;

    @JsonIgnore
    public String internalState;

    @JsonProperty("x-extensions")
    public Map<String, String> extensions;

    public Monitoring monitoring;

    public Pooler pooler;

    public enum Feature { LOGICAL_REPLICATION, PG_STAT_STATEMENTS, TIMESCALE }

    /** Records: components, a static field, an explicit accessor, an extra getter. */
    public record Backup(
            @Required @Pattern("^s3://.+") String destinationPath,
            @Min(1) @Default("7") int retentionDays,
            @JsonProperty("wal") WalConfig walConfig,
            @JsonIgnore String secretRef,
            Optional<Integer> jobs) {
        public static final String DEFAULT_PATH = "s3://backups";

        public Backup {
            if (retentionDays < 0) {
                throw new IllegalArgumentException();
            }
        }

        public String getEffectivePath() {
            return destinationPath == null ? DEFAULT_PATH : destinationPath;
        }
    }

    public record WalConfig(String compression, @Max(64) Integer maxParallel) {
    }

    public static class Standby {
        public boolean enabled;
        public String host;
        @Default("PT5M")
        public Duration lagThreshold;
    }

    public static class Parameters {
        public Map<String, String> values;
    }

    /** Implements an interface with a default getter and an abstract one. */
    public static class Monitoring implements Toggle {
        public String podMonitorLabel;

        @Override
        public boolean isEnabled() {
            return true;
        }
    }

    public static class Pooler extends PoolerBase {
        public String mode;
    }

    public static class PoolerBase {
        public int instances;
        protected String hidden;
        String packagePrivate;
        public static int COUNTER;
        public transient String cache;
        public final String constant = "x";
    }
}
