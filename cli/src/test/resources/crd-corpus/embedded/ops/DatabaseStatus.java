package ops;

import io.fabric8.kubernetes.api.model.Condition;
import java.time.OffsetDateTime;
import java.util.List;

public class DatabaseStatus {
    public List<Condition> conditions;
    public OffsetDateTime lastBackup;
    public Integer readyReplicas;
}
