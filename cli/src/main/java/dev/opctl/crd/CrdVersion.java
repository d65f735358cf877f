package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One entry of a CRD's {@code versions}: the schema of the resource's class, and what fabric8 takes
 * from annotations besides: printer columns, selectable fields, the scale and status subresources.
 */
final class CrdVersion {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String CRD = Annotations.FABRIC8_CRD;

    private final ModelSchemas schemas;
    private final SchemaExpansion expansion;
    private final int maxDescriptionLength;

    /** Versions built by {@code schemas}; descriptions capped as {@link CrdGenerator.Options} says. */
    CrdVersion(ModelSchemas schemas, int maxDescriptionLength) {
        this.schemas = schemas;
        this.expansion = new SchemaExpansion(schemas);
        this.maxDescriptionLength = maxDescriptionLength;
    }

    /** The properties of the versions built whose schema refuses what fabric8's client writes. */
    ClientValues clientValues() {
        return expansion.clientValues();
    }

    /** The version entry of {@code type}, declared at {@code where} (for errors). */
    ObjectNode of(CustomResourceType type, String where) {
        // The checks below run on what was built of a schema with errors too, and are said with them, but for
        // those of a property that an error may have left out.
        SchemaExpansion.Root root = expansion.walk(type.model());
        JsonSchema schema = root.schema();
        if (maxDescriptionLength >= 0) {
            capDescriptions(schema, maxDescriptionLength);
        }

        ObjectNode version = JSON.objectNode();
        List<OpctlException> errors = new ArrayList<>(root.errors()); // each check's, said together
        boolean whole = errors.isEmpty();
        ArrayNode columns = printerColumns(type, root.marked());
        for (JsonNode column : columns) {
            check(errors, () -> requireColumn(column, where));
            String path = column.path("jsonPath").asText("");
            Optional<String> container = JsonPaths.intoContainer(schema, path);
            if (container.isPresent()) { // a @PrinterColumn in a list's or map's element class, say
                clientValues().say(String.format("%s: printer column %s has the JSON path '%s', which goes into the "
                        + "elements of %s without naming one, so kubectl get shows the column empty; name one with "
                        + "@AdditionalPrinterColumn on the resource class instead: %s", where,
                        column.path("name").asText(), path, container.get(), JsonPaths.elementOf(schema,
                                container.get(), path)));
                continue;
            }
            JsonPaths.unknown(schema, root.incomplete(), path).ifPresent(unknown -> clientValues().say(String.format(
                    "%s: printer column %s has the JSON path '%s', which %s, so kubectl get shows the column empty; %s",
                    where, column.path("name").asText(), path, unknown.problem(), unknown.remedy())));
        }
        if (!columns.isEmpty()) {
            version.set("additionalPrinterColumns", columns);
        }
        version.put("name", type.version());
        if (type.deprecated()) {
            version.put("deprecated", true);
            if (type.deprecationWarning() != null) {
                version.put("deprecationWarning", type.deprecationWarning());
            }
        }
        if (whole) {
            version.putObject("schema").set("openAPIV3Schema", schema.toJson());
        }
        ArrayNode selectable = JSON.arrayNode();
        check(errors, () -> selectable.addAll(selectableFields(type, root.marked(), schema, where)));
        for (JsonNode field : selectable) {
            String path = field.path("jsonPath").asText("");
            JsonPaths.unknown(schema, root.incomplete(), path).ifPresent(unknown -> clientValues().say(String.format(
                    "%s: selectable field %s %s, so selecting by it finds nothing; %s", where, path, unknown.problem(),
                    unknown.remedy())));
        }
        if (!selectable.isEmpty()) {
            version.set("selectableFields", selectable);
        }
        version.put("served", type.served());
        version.put("storage", type.storage());
        ObjectNode subresources = JSON.objectNode();
        ObjectNode scale = JSON.objectNode();
        Map<String, String> places = new HashMap<>(); // where each path's property is, for errors
        putFirst(scale, "labelSelectorPath", root.marked(), PropertySchemas.LABEL_SELECTOR, places);
        putFirst(scale, "specReplicasPath", root.marked(), PropertySchemas.SPEC_REPLICAS, places);
        putFirst(scale, "statusReplicasPath", root.marked(), PropertySchemas.STATUS_REPLICAS, places);
        if (!scale.isEmpty()) {
            check(errors, () -> requireScalePaths(scale, where, whole, places));
            subresources.set("scale", scale);
        }
        // A HasMetadata of its own has the status subresource when it has a status, as fabric8 gives it.
        if (type.status() != null ? !(type.status() instanceof TypeUse.Named n && n.name().equals("java.lang.Void"))
                : type.hasMetadata() && schema != null && schema.getProperties() != null
                        && schema.getProperties().containsKey("status")) {
            subresources.putObject("status");
        }
        if (!subresources.isEmpty()) {
            version.set("subresources", subresources);
        }
        if (!errors.isEmpty()) {
            throw TypeErrors.together(errors);
        }
        return version;
    }

    /** Runs {@code check}, adding its error to {@code errors}: one check's error does not hide another's. */
    private static void check(List<OpctlException> errors, Runnable check) {
        try {
            check.run();
        } catch (OpctlException e) {
            TypeErrors.record(errors, e);
        }
    }

    /**
     * Refuses a scale subresource the API server refuses: the spec's and the status's replicas are both
     * required, each under its own part, and the label selector under one of them. Of a schema that is not
     * {@code whole} (an error left out properties), one missing may be one left out: not said. A path's
     * error is placed where {@code places} says its property is; a missing one's at {@code where}.
     */
    private static void requireScalePaths(ObjectNode scale, String where, boolean whole, Map<String, String> places) {
        String[][] rules = {{"specReplicasPath", "@SpecReplicas", ".spec."}, {"statusReplicasPath", "@StatusReplicas",
            ".status."}};
        for (String[] rule : rules) {
            String path = scale.path(rule[0]).asText("");
            if (path.isEmpty() && !whole) {
                continue;
            }
            if (path.isEmpty()) {
                // The annotations that ask for it, which may be deep in a type another resource shares.
                String asking = String.join(", ", scale.properties().stream().map(p -> "@" + Character.toUpperCase(
                        p.getKey().charAt(0)) + p.getKey().substring(1, p.getKey().length() - "Path".length())
                        + " on " + p.getValue().asText() + (places.get(p.getKey()) == null ? ""
                                : " (" + places.get(p.getKey()) + ")")).toList());
                throw OpctlException.invalidInput(String.format("%s: the scale subresource needs %s on a property "
                        + "(the API server requires %s), and has only %s; add it, or remove the scale annotations",
                        where, rule[1], rule[0], asking));
            }
            if (!path.startsWith(rule[2])) {
                throw OpctlException.invalidInput(String.format("%s: %s is on %s, and the API server wants %s under %s;"
                        + " move it there", places.get(rule[0]), rule[1], path, rule[0],
                        rule[2].substring(0, rule[2].length() - 1)));
            }
        }
        String selector = scale.path("labelSelectorPath").asText("");
        if (!selector.isEmpty() && !selector.startsWith(".spec.") && !selector.startsWith(".status.")) {
            throw OpctlException.invalidInput(String.format("%s: @LabelSelector is on %s, and the API server wants "
                    + "labelSelectorPath under .spec or .status; move it there", places.get("labelSelectorPath"),
                    selector));
        }
    }

    /**
     * The path of the first property with this annotation, as fabric8 takes it, as {@code key}; where that
     * property is written, in {@code places}.
     */
    private static void putFirst(ObjectNode scale, String key, List<PropertySchemas.Marked> marked, String annotation,
            Map<String, String> places) {
        for (PropertySchemas.Marked m : marked) {
            if (m.annotation().equals(annotation)) {
                scale.put(key, m.path());
                places.put(key, m.where());
                return;
            }
        }
    }

    /** {@code @AdditionalPrinterColumn} on the class and {@code @PrinterColumn} on properties, by JSON path. */
    private ArrayNode printerColumns(CustomResourceType type, List<PropertySchemas.Marked> marked) {
        TreeMap<String, ObjectNode> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (TypeDeclaration t : schemas.hierarchy(type.model())) {
            for (AnnotationUse a : t.findAll(CRD + "AdditionalPrinterColumn", CRD + "AdditionalPrinterColumns")) {
                String path = a.string("jsonPath").orElse("");
                String columnType = a.enumConstant("type").orElse("STRING").toLowerCase(Locale.ROOT);
                columns.putIfAbsent(path, column(path, a.string("name").orElse(""), format(a),
                        a.number("priority").orElse(0.0).intValue(), columnType,
                        a.string("getDescription").orElse("")));
            }
        }
        for (PropertySchemas.Marked m : marked) {
            if (!m.annotation().equals(PropertySchemas.PRINTER_COLUMN)) {
                continue;
            }
            String columnType = Objects.requireNonNullElse(m.schema().getType(), "string");
            if (columnType.equals("object") || columnType.equals("array") || columnType.isEmpty()) {
                columnType = "string";
            } else if (columnType.equals("string") && "date".equals(m.schema().getFormat())) {
                columnType = "date";
            }
            columns.put(m.path(), column(m.path(), m.use().string("name").orElse(""), format(m.use()),
                    m.use().number("priority").orElse(0.0).intValue(), columnType,
                    Objects.requireNonNullElse(m.schema().getDescription(), "")));
        }
        ArrayNode list = JSON.arrayNode();
        for (ObjectNode column : columns.values()) {
            list.add(column);
        }
        return list;
    }

    private static Optional<String> format(AnnotationUse annotation) {
        return annotation.enumConstant("format").filter(f -> !f.equals("NONE"))
                .map(f -> f.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static ObjectNode column(String path, String name, Optional<String> format, int priority, String type,
            String description) {
        ObjectNode column = JSON.objectNode();
        if (!description.isEmpty()) {
            column.put("description", description);
        }
        format.ifPresent(f -> column.put("format", f));
        column.put("jsonPath", path);
        column.put("name", name.isEmpty() ? path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) : name);
        column.put("priority", priority);
        column.put("type", type);
        return column;
    }

    private ArrayNode selectableFields(CustomResourceType type, List<PropertySchemas.Marked> marked, JsonSchema schema,
            String where) {
        TreeSet<String> paths = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (TypeDeclaration t : schemas.hierarchy(type.model())) {
            for (AnnotationUse a : t.findAll(CRD + "AdditionalSelectableField", CRD + "AdditionalSelectableFields")) {
                a.string("jsonPath").ifPresent(paths::add);
            }
        }
        for (PropertySchemas.Marked m : marked) {
            if (m.annotation().equals(PropertySchemas.SELECTABLE_FIELD)) {
                String kind = Objects.requireNonNullElse(m.schema().getType(),
                        Boolean.TRUE.equals(m.schema().getIntOrString()) ? "int-or-string" : "any");
                if (!kind.equals("string") && !kind.equals("integer") && !kind.equals("boolean")) {
                    throw OpctlException.invalidInput(String.format("%s: @SelectableField on %s, a value of kind %s; "
                            + "the API server selects by strings, integers and booleans only%s: move it", m.where(),
                            m.path(), kind, kind.equals("int-or-string") ? ", each of one type" : ""));
                }
                paths.add(m.path());
            }
        }
        ArrayNode list = JSON.arrayNode();
        for (String path : paths) {
            if (!path.startsWith(".") || path.startsWith(".metadata.") || path.equals(".metadata")) {
                throw OpctlException.invalidInput(String.format("%s: selectable field %s: the API server takes a "
                        + "JSON path that starts with '.' and is not in .metadata (which it selects by already)",
                        where, path.isEmpty() ? "''" : path));
            }
            Optional<String> container = JsonPaths.intoContainer(schema, path);
            if (container.isPresent()) {
                throw OpctlException.invalidInput(String.format("%s: selectable field %s goes into the elements of "
                        + "%s, a list or map, and the API server selects by one value of the object only; select by a "
                        + "field outside it", where, path, container.get()));
            }
            list.addObject().put("jsonPath", path);
        }
        if (list.size() > 8) {
            throw OpctlException.invalidInput(String.format("%s: %d selectable fields (%s), and the API server takes "
                    + "at most 8 per version; keep 8", where, list.size(), String.join(", ", paths)));
        }
        return list;
    }

    /**
     * Refuses a printer column the API server refuses: one without a name, or with a path that does not start
     * with '.'.
     */
    private static void requireColumn(JsonNode column, String where) {
        String path = column.path("jsonPath").asText("");
        boolean named = !column.path("name").asText("").isEmpty();
        String problem = !named ? "has no name" : !path.startsWith(".") ? "has the JSON path '" + path
                + "', which does not start with '.'" : null;
        if (problem != null) {
            throw OpctlException.invalidInput(String.format("%s: printer column %s %s, which the API server refuses; "
                    + "%s", where, named ? column.path("name").asText() : path, problem, named ? "write '." + path + "'"
                    : "give it one (name = \"...\")"));
        }
    }

    /**
     * Cuts descriptions in a schema as controller-tools' maxDescLen does: at a word, then "...". It counts
     * characters (code points), so that a cut never splits an emoji's two UTF-16 halves, which YAML would
     * hold as an escape (\\ud83d) that kubectl refuses.
     */
    static void capDescriptions(JsonSchema schema, int max) {
        if (schema == null) {
            return;
        }
        String text = schema.getDescription();
        if (text != null) {
            if (max == 0) {
                schema.setDescription(null);
            } else if (text.codePointCount(0, text.length()) > max) {
                String cut = text.substring(0, text.offsetByCodePoints(0, max));
                int space = cut.lastIndexOf(' ');
                schema.setDescription((space > 0 ? cut.substring(0, space) : cut) + "...");
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> capDescriptions(p, max));
        }
        capDescriptions(schema.getItems(), max);
        capDescriptions(schema.getAdditionalProperties(), max);
        for (List<JsonSchema> schemas : Arrays.asList(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())) {
            if (schemas != null) {
                schemas.forEach(s -> capDescriptions(s, max));
            }
        }
    }
}
