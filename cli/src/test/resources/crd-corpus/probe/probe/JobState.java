package probe;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum JobState {
    @JsonProperty("running")
    RUNNING,
    @JsonProperty("suspended")
    SUSPENDED
}
