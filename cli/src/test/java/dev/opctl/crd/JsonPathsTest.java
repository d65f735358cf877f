package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JsonPaths}: a printer column's or selectable field's path against a version's schema. */
class JsonPathsTest {
    private static JsonSchema object(Map<String, JsonSchema> properties) {
        JsonSchema schema = JsonSchema.ofType("object");
        schema.setProperties(new LinkedHashMap<>(properties));
        return schema;
    }

    private static final JsonSchema ROOT = object(Map.of("spec", object(Map.of("replicas", JsonSchema.ofType("integer"),
            "hostname", JsonSchema.ofType("string"), "labels", labels(), "extra", kept())), "status",
            object(Map.of("conditions", JsonSchema.ofType("array")))));

    private static JsonSchema labels() {
        JsonSchema map = JsonSchema.ofType("object");
        map.setAdditionalProperties(JsonSchema.ofType("string"));
        return map;
    }

    private static JsonSchema kept() {
        JsonSchema any = JsonSchema.ofType("object");
        any.setPreserveUnknownFields(true);
        return any;
    }

    @Test
    void aNameTheSchemaDoesNotHaveIsSaidWithTheOneMeant() {
        assertEquals(Optional.of(new JsonPaths.Unknown("names no property 'replica' of .spec (it has extra, hostname, "
                + "labels, replicas)", ".spec.replicas")), JsonPaths.unknown(ROOT, Set.of(), ".spec.replica"));
        assertEquals(Optional.of(new JsonPaths.Unknown("names no property 'Hostname' of .spec (it has extra, hostname, "
                + "labels, replicas)", ".spec.hostname")), JsonPaths.unknown(ROOT, Set.of(), ".spec.Hostname"));
        assertEquals(Optional.of(new JsonPaths.Unknown("names no property 'spc' of the resource (it has spec, status)",
                null)), JsonPaths.unknown(ROOT, Set.of(), ".spc.replicas"));
        assertEquals("fix the path", JsonPaths.unknown(ROOT, Set.of(), ".status.phase").orElseThrow().remedy());
    }

    @Test
    void aNameMissingFromAnObjectAnErrorLeftAPropertyOutOfIsNotSaid() {
        // It may be the property left out; its siblings' and parents' objects are still checked.
        assertEquals(Optional.empty(), JsonPaths.unknown(ROOT, Set.of(".spec"), ".spec.worker"));
        assertEquals(Optional.empty(), JsonPaths.unknown(ROOT, Set.of(""), ".specs.replicas"));
        assertEquals("did you mean .spec.replicas?", JsonPaths.unknown(ROOT, Set.of(".status"), ".spec.replica")
                .orElseThrow().remedy());
        assertEquals("did you mean .spec?", JsonPaths.unknown(ROOT, Set.of(".spec"), ".sepc.replicas").orElseThrow()
                .remedy());
    }

    @Test
    void aPathThereOrWhereTheSchemaDoesNotSayIsNotSaid() {
        for (String path : new String[] {".spec.replicas", ".spec", ".metadata.name", ".metadata.creationTimestamp",
            ".kind", ".spec.labels.app", ".spec.extra.anything", ".status.conditions[?(@.type==\"Ready\")].status",
            ".status.conditions[0].reason", "spec.replicas"}) {
            assertEquals(Optional.empty(), JsonPaths.unknown(ROOT, Set.of(), path), path);
        }
    }
}
