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
            JsonSchema items = schema.getItems();
            for (String key : items != null && "object".equals(items.getType()) ? mapKeys : List.<String>of()) {
                requireKey(target, items, key);
            }
        } else if (listMap) {
            throw OpctlException.invalidInput(target.where() + ": +listType=map needs at least one "
                    + "+listMapKey=<field of the items>");
        }
        JsonSchema items = schema.getItems();
        if ("set".equals(schema.getListType()) && items != null && ("object".equals(items.getType())
                && !"atomic".equals(items.getMapType()) || "array".equals(items.getType())
                && items.getListType() != null && !"atomic".equals(items.getListType()))) { // none is atomic
            throw OpctlException.invalidInput(target.where() + ": +listType=set needs items the API server can "
                    + "compare whole: scalars, or objects marked +structType=atomic on their class; it refuses a set "
                    + "of " + items.getType() + "s: use +listType=map with a +listMapKey, or +listType=atomic");
        }
    }

    /** The API server takes a list map key only if the items have it, required or with a default. */
    private static void requireKey(SchemaTarget target, JsonSchema items, String key) {
        JsonSchema property = items.getProperties() == null ? null : items.getProperties().get(key);
        if (property == null) {
            throw OpctlException.invalidInput(String.format("%s: +listMapKey=%s names no property of the list's "
                    + "items; name one of theirs", target.where(), key));
        }
        boolean required = items.getRequired() != null && items.getRequired().contains(key);
        if (!required && property.getDefault() == null) {
            throw OpctlException.invalidInput(String.format("%s: +listMapKey=%s names a property of the items that "
                    + "is neither required nor defaulted, and the API server refuses such a key: mark it @Required "
                    + "or give it a @Default (for a class you cannot change, such as fabric8's Condition, use a "
                    + "class of your own)", target.where(), key));
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
