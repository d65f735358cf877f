package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.Doc;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The list and map markers of controller-tools, in comments above a field, getter or class:
 * {@code +listType=atomic|set|map} with {@code +listMapKey=name} on lists, {@code +mapType} and
 * {@code +structType} ({@code atomic|granular}) on maps and objects. Other markers are other tools'.
 */
final class ListMapMarkersRule implements SchemaRule {
    private static final Set<String> LIST_TYPES = Set.of("atomic", "set", "map");
    private static final Set<String> MAP_TYPES = Set.of("atomic", "granular");

    @Override
    public void apply(SchemaTarget target, ObjectNode schema) {
        if (target.markers().isEmpty()) {
            return;
        }
        List<String> mapKeys = new ArrayList<>();
        for (Doc.Marker marker : target.markers()) {
            String value = marker.value() == null ? "" : marker.value();
            switch (marker.name()) {
                case "listType" -> {
                    require(target, marker, value, LIST_TYPES, schema, "array");
                    schema.put("x-kubernetes-list-type", value);
                }
                case "listMapKey" -> {
                    require(target, marker, value, null, schema, "array");
                    mapKeys.add(value);
                }
                case "mapType", "structType" -> {
                    require(target, marker, value, MAP_TYPES, schema, "object");
                    schema.put("x-kubernetes-map-type", value);
                }
                default -> {
                    // Other tools' markers are not opctl's business.
                }
            }
        }
        boolean listMap = "map".equals(schema.path("x-kubernetes-list-type").asText());
        if (!mapKeys.isEmpty()) {
            if (!listMap) {
                throw OpctlException.invalidInput(target.where() + ": +listMapKey needs +listType=map");
            }
            ArrayNode keys = schema.putArray("x-kubernetes-list-map-keys");
            mapKeys.forEach(keys::add);
        } else if (listMap) {
            throw OpctlException.invalidInput(target.where() + ": +listType=map needs at least one "
                    + "+listMapKey=<field of the items>");
        }
    }

    private static void require(SchemaTarget target, Doc.Marker marker, String value, Set<String> allowed,
            ObjectNode schema, String type) {
        String where = marker.where() + ": field '" + target.name() + "'";
        if (allowed != null && !allowed.contains(value) || value.isEmpty()) {
            throw OpctlException.invalidInput(String.format("%s: +%s=%s is not valid; use %s", where, marker.name(),
                    value, allowed == null ? "+" + marker.name() + "=<name>"
                            : String.join(", ", allowed.stream().sorted().toList())));
        }
        if (!type.equals(schema.path("type").asText())) {
            throw OpctlException.invalidInput(String.format("%s: +%s applies to %s fields, and this one is not", where,
                    marker.name(), type.equals("array") ? "list" : "map and object"));
        }
    }
}
