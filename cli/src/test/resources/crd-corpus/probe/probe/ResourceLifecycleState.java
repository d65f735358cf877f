package probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import lombok.Getter;

/** An enum with fields and a Lombok getter: Jackson writes the names, not the getters. */
public enum ResourceLifecycleState {
    CREATED(false, "The resource was created in Kubernetes but not yet handled by the operator"),
    SUSPENDED(true, "The resource (job) has been suspended"),
    STABLE(true, "The resource deployment is considered to be stable and won't be rolled back");

    @JsonIgnore
    @Getter
    private final boolean terminal;

    @Getter
    private final String description;

    ResourceLifecycleState(boolean terminal, String description) {
        this.terminal = terminal;
        this.description = description;
    }
}
