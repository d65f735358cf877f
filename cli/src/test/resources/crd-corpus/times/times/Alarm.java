package times;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("times.example.com")
@Version("v1")
public class Alarm extends CustomResource<AlarmSpec, Void> implements Namespaced {
}
