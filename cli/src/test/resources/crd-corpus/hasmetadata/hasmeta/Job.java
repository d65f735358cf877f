package hasmeta;

import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("hasmeta.example.com")
@Version("v1")
public class Job extends Tracked<DirectSpec> {
    public String owner;
}
