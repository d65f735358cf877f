package dev.opctl.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.naming.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The samples of {@code config/samples} against the CRDs {@code opctl generate} writes, as the API
 * server takes them: a field the schema requires and the sample lacks, or a value of another type
 * or out of its bounds, and the API server refuses the sample; a field the schema does not have,
 * and it drops it. A sample goes stale when its kind's types change (a field renamed, made
 * required); each problem is a warning naming the file and the field, so it is found before the
 * end-to-end test or {@code kubectl apply} does. Each object of a file is checked; one of a group
 * of the project's CRDs that names a kind or version none serves is a problem, and so is a file the
 * API server could not read as YAML. Objects of other groups (a ConfigMap beside a sample) are not
 * checked, nor are {@code status} fields the status subresource writes, patterns and CEL rules.
 */
public final class SampleCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The samples' directory. */
    static final String SAMPLES = "config/samples";
    /** Fields of every object, which a CRD's schema leaves to the API server. */
    private static final List<String> OBJECT_FIELDS = List.of("apiVersion", "kind", "metadata");

    private SampleCheck() {
    }

    /** The problems of the samples of {@code project} against the CRDs of {@code generated}, each a line. */
    public static List<String> problems(ProjectFiles project, FileSet generated) {
        List<JsonNode> crds = new ArrayList<>();
        for (GeneratedFile file : generated.files()) {
            if (file.path().startsWith(ToolOwned.CRD_DIR + "/")) {
                read(file.content()).ifPresent(crds::add);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String path : project.list(SAMPLES)) {
            if (!path.endsWith(".yaml") && !path.endsWith(".yml")) {
                continue;
            }
            List<JsonNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class)
                    .readValues(project.lenientText(path).orElse(""))) {
                while (documents.hasNextValue()) {
                    objects.add(documents.nextValue());
                }
            } catch (IOException | RuntimeException e) {
                String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                problems.add(String.format("%s: not YAML the API server can read (%s); fix the sample", path,
                        Text.shown(String.valueOf(reason))));
                continue;
            }
            for (JsonNode sample : objects) {
                if (sample != null && sample.isObject()) {
                    check(crds, sample, path, problems);
                }
            }
        }
        return problems;
    }

    /** The problems of {@code sample}, an object of the file {@code path}, against its CRD, if the project has it. */
    private static void check(List<JsonNode> crds, JsonNode sample, String path, List<String> problems) {
        String kind = sample.path("kind").asText();
        String apiVersion = sample.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        List<String> served = new ArrayList<>(); // the kinds and versions of the project's CRDs of this group
        for (JsonNode crd : crds) {
            JsonNode spec = crd.path("spec");
            if (!spec.path("group").asText().equals(group)) {
                continue;
            }
            for (JsonNode version : spec.path("versions")) {
                String name = version.path("name").asText();
                served.add(spec.path("names").path("kind").asText() + " " + group + "/" + name);
                if (spec.path("names").path("kind").asText().equals(kind) && apiVersion.equals(group + "/" + name)
                        && version.path("schema").path("openAPIV3Schema").isObject()) {
                    ObjectNode object = sample.deepCopy();
                    object.remove(OBJECT_FIELDS);
                    if (version.path("subresources").has("status")) {
                        object.remove("status"); // the API server drops it: the status subresource writes it
                    }
                    List<String> found = new ArrayList<>();
                    check(version.path("schema").path("openAPIV3Schema"), object, "", found);
                    found.forEach(problem -> problems.add(String.format("%s: %s (%s %s); fix the sample", path,
                            problem, kind, apiVersion)));
                    return;
                }
            }
        }
        if (!served.isEmpty()) {
            problems.add(String.format("%s: no CRD of the project serves %s %s (it has %s), so the API server refuses "
                    + "the sample; fix its apiVersion or kind", path, Text.shown(kind), Text.shown(apiVersion),
                    String.join(", ", served)));
        }
    }

    /** The problems of {@code value}, at {@code path} ({@code spec.size}), against {@code schema}. */
    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                problems.add(path + ": null, which the CRD does not take; leave the field out instead");
            }
            return;
        }
        String type = schema.path("type").asText("");
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            if (!value.isTextual() && !value.isIntegralNumber()) {
                problems.add(path + ": " + kind(value) + ", where the CRD takes an integer or a string");
            }
            return;
        }
        if (!type.isEmpty() && !is(type, value)) {
            problems.add(String.format("%s: %s, where the CRD takes %s", path, kind(value),
                    type.equals("integer") ? "an integer" : type.equals("object") || type.equals("array")
                    ? "an " + type : "a " + type));
            return;
        }
        if (schema.has("enum") && !contains(schema.path("enum"), value)) {
            problems.add(String.format("%s: %s is none of the values the CRD allows (%s)", path, value,
                    join(schema.path("enum"))));
        }
        bounds(schema, value, path, problems);
        if (value.isObject()) {
            object(schema, value, path, problems);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.path("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void object(JsonNode schema, JsonNode value, String path, List<String> problems) {
        boolean preserved = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.path(field.getKey()), field.getValue(), at, problems);
            } else if (additional.isObject()) {
                check(additional, field.getValue(), at, problems);
            } else if (!preserved && !additional.asBoolean(false) && properties.isObject()) {
                problems.add(at + ": the CRD has no such field, so the API server drops it");
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText()) && !(path.isEmpty() && OBJECT_FIELDS.contains(required.asText()))) {
                problems.add((path.isEmpty() ? "" : path + ".") + required.asText()
                        + ": the CRD requires it, and the sample lacks it");
            }
        }
    }

    private static void bounds(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
                problems.add(path + ": " + value + ", below the CRD's minimum " + schema.path("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
                problems.add(path + ": " + value + ", above the CRD's maximum " + schema.path("maximum"));
            }
        }
        int length = value.isTextual() ? value.asText().codePointCount(0, value.asText().length())
                : value.isArray() ? value.size() : -1;
        String unit = value.isTextual() ? "Length" : "Items";
        if (length >= 0 && schema.has("min" + unit) && length < schema.path("min" + unit).asInt()) {
            problems.add(String.format("%s: %d %s, fewer than the CRD's min%s %d", path, length,
                    value.isTextual() ? "characters" : "items", unit, schema.path("min" + unit).asInt()));
        }
        if (length >= 0 && schema.has("max" + unit) && length > schema.path("max" + unit).asInt()) {
            problems.add(String.format("%s: %d %s, more than the CRD's max%s %d", path, length,
                    value.isTextual() ? "characters" : "items", unit, schema.path("max" + unit).asInt()));
        }
    }

    private static boolean is(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "the string \"" + value.asText() + "\"";
        }
        return value.isObject() ? "an object" : value.isArray() ? "a list" : value.isBoolean() ? "a boolean "
                + value : "the number " + value;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value) || allowed.isNumber() && value.isNumber()
                    && allowed.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String join(JsonNode values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(v.isTextual() ? v.asText() : v.toString()));
        return String.join(", ", shown);
    }

    /** One YAML object, or empty: a file of several documents, a list or a scalar is not a sample to check. */
    private static Optional<JsonNode> read(String text) {
        try {
            JsonNode node = YAML.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
