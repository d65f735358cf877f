package probe;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fabric8.kubernetes.model.annotation.Plural;

@Group("spark.probe.io")
@Version("v1beta2")
@Plural("sparkapps")
public class SparkApplication extends CustomResource<SparkApplicationSpec, SparkApplication.AppStatus>
        implements Namespaced {

    /** A status declared inside the resource class. */
    public static class AppStatus {
        public AppState applicationState;
        public java.util.Map<String, ExecutorState> executorState;
        public int executionAttempts;
        public String lastSubmissionAttemptTime;
    }

    public record AppState(State state, String errorMessage) {
        public enum State { NEW, SUBMITTED, RUNNING, COMPLETED, FAILED }
    }

    public enum ExecutorState { PENDING, RUNNING, COMPLETED, FAILED, UNKNOWN }
}
