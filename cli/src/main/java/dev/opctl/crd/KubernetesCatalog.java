package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schemas fabric8's crd-generator gives the Kubernetes model classes ({@code Container},
 * {@code PodTemplateSpec}, {@code IntOrString}, ...), which have no source in a project.
 *
 * <p>The catalog is made by running fabric8's generator itself on every model class of the fabric8
 * version generated projects use ({@code KubernetesCatalogTest} rebuilds it and fails when the
 * committed file differs), and ships in opctl's jar as {@value #RESOURCE}. Subtrees that repeat are
 * stored once and referenced as <code>{"$ref": N}</code>, an index into {@code shared}; a schema
 * is expanded and read into a {@link JsonSchema} when a project first uses the type. The file is
 * read only when a source refers to a type that is not in the sources.
 */
final class KubernetesCatalog {
    static final String RESOURCE = "kubernetes-schemas.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF = "$ref";
    /** Subtrees whose JSON is shorter than this stay inline. */
    private static final int SHARE_FROM = 80;

    private final String fabric8Version;
    /** Each type's schema as the file holds it, JSON text with references, in name order. */
    private final Map<String, String> types;
    private final Map<String, String> unsupported;
    /** The shared subtrees, JSON text, by number. */
    private final List<String> shared;
    /** Expanded shared subtrees, never changed once here; CRDs are built on several threads. */
    private final Map<Integer, JsonNode> expanded = new ConcurrentHashMap<>();
    /** The schemas read so far, never changed once here: {@link #schema} hands out copies. */
    private final Map<String, JsonSchema> read = new ConcurrentHashMap<>();

    private KubernetesCatalog(String fabric8Version, Map<String, String> types, Map<String, String> unsupported,
            List<String> shared) {
        this.fabric8Version = fabric8Version;
        this.types = types;
        this.unsupported = unsupported;
        this.shared = shared;
    }

    /** The catalog in opctl's jar, read on first use. */
    static KubernetesCatalog get() {
        return Holder.CATALOG;
    }

    private static final class Holder {
        static final KubernetesCatalog CATALOG = load();

        private static KubernetesCatalog load() {
            try (InputStream in = KubernetesCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("dev/opctl/crd/" + RESOURCE + " is missing from the opctl jar");
                }
                return decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a catalog as {@link #encode} writes it, one entry per line: only the lines are indexed
     * here, and a schema's JSON is parsed when first asked for. Parsing all of it (280 KB) cost more
     * than generating ten CRDs, for the few model types a project uses.
     */
    static KubernetesCatalog decode(String text) {
        ListIterator<String> lines = text.lines().toList().listIterator();
        expect(lines, "{");
        Map.Entry<String, String> version = entry(lines);
        if (version == null || !version.getKey().equals("fabric8Version")) {
            throw malformed(lines.nextIndex());
        }
        expect(lines, "\"types\": {");
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, String> e = entry(lines); e != null; e = entry(lines)) {
            types.put(e.getKey(), e.getValue());
        }
        expect(lines, "\"unsupported\": {");
        Map<String, String> unsupported = new LinkedHashMap<>();
        for (Map.Entry<String, String> e = entry(lines); e != null; e = entry(lines)) {
            unsupported.put(e.getKey(), parse(e.getValue()).asText());
        }
        expect(lines, "\"shared\": [");
        List<String> shared = new ArrayList<>();
        for (String line = next(lines); !line.equals("]"); line = next(lines)) {
            shared.add(withoutComma(line));
        }
        expect(lines, "}");
        if (lines.hasNext()) {
            throw malformed(lines.nextIndex() + 1);
        }
        return new KubernetesCatalog(parse(version.getValue()).asText(), types, unsupported, shared);
    }

    private static String next(ListIterator<String> lines) {
        if (!lines.hasNext()) {
            throw malformed(lines.nextIndex() + 1);
        }
        return lines.next();
    }

    private static void expect(ListIterator<String> lines, String line) {
        if (!next(lines).equals(line)) {
            throw malformed(lines.nextIndex());
        }
    }

    /**
     * The entry {@code "name": value} on the next line, or {@code null} on the line closing the
     * section. Names are class names: no quote or backslash to unescape.
     */
    private static Map.Entry<String, String> entry(ListIterator<String> lines) {
        String line = next(lines);
        if (line.equals("},")) {
            return null;
        }
        int end = line.indexOf("\": ");
        if (!line.startsWith("\"") || end < 1 || line.substring(0, end).indexOf('\\') >= 0) {
            throw malformed(lines.nextIndex());
        }
        return Map.entry(line.substring(1, end), withoutComma(line.substring(end + 3)));
    }

    private static String withoutComma(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }

    /** The catalog is opctl's own file: a line not as {@link #encode} writes it is a broken build. */
    private static IllegalStateException malformed(int line) {
        return new IllegalStateException(String.format("dev/opctl/crd/%s line %d is not as KubernetesCatalog.encode "
                + "writes it; rebuild the jar", RESOURCE, line));
    }

    /** The fabric8 version the schemas come from. */
    String fabric8Version() {
        return fabric8Version;
    }

    /** Whether the catalog knows the class, with a schema or as unsupported. */
    boolean contains(String qualifiedName) {
        return types.containsKey(qualifiedName) || unsupported.containsKey(qualifiedName);
    }

    /** A fresh copy of the schema of a model class, if the catalog has one. */
    Optional<JsonSchema> schema(String qualifiedName) {
        if (!types.containsKey(qualifiedName)) {
            return Optional.empty();
        }
        return Optional.of(read.computeIfAbsent(qualifiedName, name -> JsonSchema.fromJson(json(name).orElseThrow()))
                .copy());
    }

    /** The classes the catalog has a schema of, in name order. */
    List<String> names() {
        return List.copyOf(types.keySet());
    }

    /** The schema of a model class as the catalog holds it, expanded: JSON, as fabric8 wrote it. */
    Optional<JsonNode> json(String qualifiedName) {
        String json = types.get(qualifiedName);
        return json == null ? Optional.empty() : Optional.of(expand(parse(json)));
    }

    /** Why fabric8 cannot map a model class (e.g. it is recursive), if it cannot. */
    Optional<String> unsupported(String qualifiedName) {
        return Optional.ofNullable(unsupported.get(qualifiedName));
    }

    private static JsonNode parse(String json) {
        try {
            return JsonTrees.read(json);
        } catch (IOException e) {
            throw new IllegalStateException("dev/opctl/crd/" + RESOURCE + " holds JSON it cannot read; rebuild the "
                    + "jar", e);
        }
    }

    private JsonNode expand(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get(REF);
            if (ref != null && object.size() == 1) {
                int id = ref.asInt();
                JsonNode done = expanded.get(id);
                if (done == null) {
                    if (id < 0 || id >= shared.size()) {
                        throw new IllegalStateException(String.format("dev/opctl/crd/%s refers to shared subtree %d "
                                + "of %d; rebuild the jar", RESOURCE, id, shared.size()));
                    }
                    done = expand(parse(shared.get(id)));
                    JsonNode first = expanded.putIfAbsent(id, done);
                    done = first != null ? first : done;
                }
                return done;
            }
            ObjectNode copy = JSON.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), expand(e.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.arrayNode();
            array.forEach(e -> copy.add(expand(e)));
            return copy;
        }
        return node;
    }

    /**
     * Writes a catalog: each schema with its repeated subtrees shared, one entry per line, in name
     * order, so the same schemas always give the same file and a new fabric8 version gives a
     * reviewable diff.
     */
    static String encode(String fabric8Version, Map<String, JsonNode> schemas, Map<String, String> unsupported) {
        Map<String, Integer> ids = new HashMap<>();
        List<JsonNode> shared = new ArrayList<>();
        Map<String, JsonNode> types = new TreeMap<>();
        schemas.forEach((name, schema) -> types.put(name, share(JsonTrees.sorted(schema), ids, shared)));
        StringBuilder out = new StringBuilder();
        out.append("{\n\"fabric8Version\": ").append(JSON.textNode(fabric8Version)).append(",\n\"types\": {");
        String separator = "\n";
        for (Map.Entry<String, JsonNode> type : types.entrySet()) {
            out.append(separator).append(JSON.textNode(type.getKey())).append(": ").append(type.getValue());
            separator = ",\n";
        }
        out.append("\n},\n\"unsupported\": {");
        separator = "\n";
        for (Map.Entry<String, String> type : new TreeMap<>(unsupported).entrySet()) {
            out.append(separator).append(JSON.textNode(type.getKey())).append(": ")
                    .append(JSON.textNode(type.getValue()));
            separator = ",\n";
        }
        out.append("\n},\n\"shared\": [");
        separator = "\n";
        for (JsonNode node : shared) {
            out.append(separator).append(node);
            separator = ",\n";
        }
        return out.append("\n]\n}\n").toString();
    }

    private static JsonNode share(JsonNode node, Map<String, Integer> ids, List<JsonNode> shared) {
        JsonNode copy;
        if (node instanceof ObjectNode object) {
            ObjectNode o = JSON.objectNode();
            object.properties().forEach(e -> o.set(e.getKey(), share(e.getValue(), ids, shared)));
            copy = o;
        } else if (node instanceof ArrayNode array) {
            ArrayNode a = JSON.arrayNode();
            array.forEach(e -> a.add(share(e, ids, shared)));
            copy = a;
        } else {
            return node;
        }
        String text = copy.toString();
        if (text.length() < SHARE_FROM) {
            return copy;
        }
        Integer id = ids.get(text);
        if (id == null) {
            id = shared.size();
            shared.add(copy);
            ids.put(text, id);
        }
        ObjectNode ref = JSON.objectNode();
        ref.put(REF, id);
        return ref;
    }
}
