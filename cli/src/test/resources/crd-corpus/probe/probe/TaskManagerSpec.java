package probe;

import io.fabric8.kubernetes.api.model.Pod;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@NoArgsConstructor
public class TaskManagerSpec<T> {
    private T resource;
    private Integer replicas;
    private Pod podTemplate;
}
