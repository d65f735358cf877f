package dev.opctl.crd;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON paths printer columns and selectable fields name ({@code .spec.replicas}), checked against
 * a version's schema as far as it says: the API server takes a column's path that names nothing, and
 * {@code kubectl get} then shows the column empty.
 */
final class JsonPaths {
    private static final Set<String> OBJECT_FIELDS = Set.of("apiVersion", "kind", "metadata");

    private JsonPaths() {
    }

    /**
     * A name of a path that its object schema does not have.
     *
     * @param problem what is wrong: "names no property 'replica' of .spec (it has hostname, replicas)"
     * @param meant the path likely meant, one letter or the case off ({@code .spec.replicas}), or null
     */
    record Unknown(String problem, String meant) {
        /** What to do: write the path meant, else fix it. */
        String remedy() {
            return meant != null ? "did you mean " + meant + "?" : "fix the path";
        }
    }

    /**
     * The part of {@code path} that names a list or a map in {@code root} when the path goes on into their
     * elements ({@code .spec.ports} of {@code .spec.ports.name}); empty where it does not.
     */
    static Optional<String> intoContainer(JsonSchema root, String path) {
        JsonSchema schema = root;
        String at = "";
        for (String name : path.startsWith(".") ? path.substring(1).split("\\.", -1) : new String[0]) {
            if (schema == null) {
                return Optional.empty();
            }
            if (schema.getItems() != null || schema.getAdditionalProperties() != null) {
                return Optional.of(at);
            }
            schema = schema.getProperties() == null ? null : schema.getProperties().get(name);
            at = at + "." + name;
        }
        return Optional.empty();
    }

    /**
     * {@code path}, which goes into the elements of {@code container} (a list or map of {@code root}), made to
     * name one: the first of a list ({@code .spec.ports[0].name}), a key of a map ({@code .spec.parts.KEY.name}).
     */
    static String elementOf(JsonSchema root, String container, String path) {
        JsonSchema schema = root;
        for (String name : container.isEmpty() ? new String[0] : container.substring(1).split("\\.", -1)) {
            schema = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
        }
        boolean list = schema != null && schema.getItems() != null;
        return container + (list ? "[0]" : ".KEY") + path.substring(container.length());
    }

    /**
     * The first name in {@code path} that the object schema it is looked up in, in {@code root}, does not
     * have; empty where the path is there, or goes where the schema does not say what is (into a list, a
     * map, fields kept unknown, a filter such as {@code [?(@.type=="Ready")]}, the object's metadata, an
     * object of {@code incomplete}, the JSON paths of those an error left a property out of).
     */
    static Optional<Unknown> unknown(JsonSchema root, Set<String> incomplete, String path) {
        if (root == null || !path.startsWith(".")) {
            return Optional.empty();
        }
        JsonSchema schema = root;
        String at = "";
        for (String name : path.substring(1).split("\\.", -1)) {
            if (at.isEmpty() && OBJECT_FIELDS.contains(name)) {
                return Optional.empty(); // every object has them, and the schema leaves them to the API server
            }
            Map<String, JsonSchema> properties = schema.getProperties();
            if (name.isEmpty() || !name.matches("[A-Za-z0-9_-]+") || properties == null
                    || schema.getAdditionalProperties() != null
                    || Boolean.TRUE.equals(schema.getPreserveUnknownFields())) {
                return Optional.empty();
            }
            JsonSchema next = properties.get(name);
            if (next == null && incomplete.contains(at)) {
                return Optional.empty(); // perhaps the property an error left out
            }
            if (next == null) {
                String parent = at;
                List<String> names = properties.keySet().stream().sorted().toList();
                String meant = names.stream().filter(n -> n.equalsIgnoreCase(name) || UnknownAnnotations.slip(name, n))
                        .findFirst().map(n -> parent + "." + n).orElse(null);
                return Optional.of(new Unknown(String.format("names no property '%s' of %s (it has %s)", name,
                        parent.isEmpty() ? "the resource" : parent, names.size() > 12
                        ? String.join(", ", names.subList(0, 12)) + ", ..." : String.join(", ", names)), meant));
            }
            schema = next;
            at = at + "." + name;
        }
        return Optional.empty();
    }
}
