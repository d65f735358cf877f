package dev.opctl.scaffold.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch that opctl's own patches use: mappings merge key by
 * key, and lists of containers, environment variables, volumes, volume mounts (by {@code name}) and
 * ports (by {@code containerPort}) merge element by element, new elements first, in the patch's
 * order, as kustomize's {@code patchesStrategicMerge} puts them. Any other list is replaced.
 */
final class StrategicMerge {
    private StrategicMerge() {
    }

    /** Merges {@code patch} into {@code target}, which it changes. */
    static void apply(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing instanceof ObjectNode object && value.isObject()) {
                apply(object, value);
            } else if (existing instanceof ArrayNode list && value.isArray() && mergeKey(field.getKey()) != null) {
                merge(list, (ArrayNode) value, mergeKey(field.getKey()));
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void merge(ArrayNode target, ArrayNode patch, String key) {
        int added = 0;
        for (JsonNode element : patch) {
            ObjectNode match = null;
            for (JsonNode candidate : target) {
                if (candidate instanceof ObjectNode object && object.has(key)
                        && object.get(key).equals(element.get(key))) {
                    match = object;
                }
            }
            if (match != null && element.isObject()) {
                apply(match, element);
            } else {
                target.insert(added++, element.deepCopy());
            }
        }
    }

    /** The merge key of the lists of a pod template that opctl's patches touch, else null. */
    private static String mergeKey(String field) {
        return switch (field) {
            case "containers", "initContainers", "env", "volumes", "volumeMounts", "imagePullSecrets" -> "name";
            case "ports" -> "containerPort";
            default -> null;
        };
    }
}
