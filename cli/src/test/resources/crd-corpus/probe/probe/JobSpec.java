package probe;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;
import lombok.extern.jackson.Jacksonized;

@Data
@Builder(toBuilder = true)
@Jacksonized
@NoArgsConstructor
@AllArgsConstructor
public class JobSpec {
    private String jarURI;
    @Min(1)
    @Builder.Default
    private int parallelism = 1;
    private String entryClass;
    private String[] args;
    @Builder.Default
    @Default("running")
    private JobState state = JobState.RUNNING;
    private UpgradeMode upgradeMode;
    @Nullable
    private String initialSavepointPath;
    private Long savepointTriggerNonce;
    private Boolean allowNonRestoredState;
    @JsonProperty("autoscaler")
    private List<String> autoscalerOptions;
}
