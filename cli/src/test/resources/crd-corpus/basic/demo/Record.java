package demo;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Set;

/** A cluster-scoped kind whose spec is a record, with arrays and sets. */
@Group("records.example.com")
@Version("v1")
public class Record extends CustomResource<Record.Spec, Void> {
    public record Spec(String name, int[] numbers, Set<String> tags, List<List<Long>> matrix) {
    }
}
