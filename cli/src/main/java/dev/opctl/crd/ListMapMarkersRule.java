package dev.opctl.crd;

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
    public void apply(SchemaTarget target, JsonSchema schema) {
        if (target.markers().isEmpty()) {
            return;
        }
        List<String> mapKeys = new ArrayList<>();
        for (Doc.Marker marker : target.markers()) {
            String value = marker.value() == null ? "" : marker.value();
            switch (marker.name()) {
                case "listType" -> {
                    require(target, marker, value, LIST_TYPES, schema, "array");
                    schema.setListType(value);
                }
                case "listMapKey" -> {
                    require(target, marker, value, null, schema, "array");
                    mapKeys.add(value);
                }
                case "mapType", "structType" -> {
                    require(target, marker, value, MAP_TYPES, schema, "object");
                    schema.setMapType(value);
                }
                default -> {
                    // Other tools' markers are not opctl's business.
                }
            }
        }
        boolean listMap = "map".equals(schema.getListType());
        if (!mapKeys.isEmpty()) {
            if (!listMap) {
                throw OpctlException.invalidInput(target.where() + ": +listMapKey needs +listType=map");
            }
            schema.setListMapKeys(mapKeys);
        } else if (listMap) {
            throw OpctlException.invalidInput(target.where() + ": +listType=map needs at least one "
                    + "+listMapKey=<field of the items>");
        }
    }

    private static void require(SchemaTarget target, Doc.Marker marker, String value, Set<String> allowed,
            JsonSchema schema, String type) {
        String where = marker.where() + ": field '" + target.name() + "'";
        if (allowed != null && !allowed.contains(value) || value.isEmpty()) {
            throw OpctlException.invalidInput(String.format("%s: +%s=%s is not valid; use %s", where, marker.name(),
                    value, allowed == null ? "+" + marker.name() + "=<name>"
                            : String.join(", ", allowed.stream().sorted().toList())));
        }
        if (!type.equals(schema.getType())) {
            throw OpctlException.invalidInput(String.format("%s: +%s applies to %s fields, and this one is not", where,
                    marker.name(), type.equals("array") ? "list" : "map and object"));
        }
    }
}
