package dev.opctl.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.GeneratedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Says where the CRDs {@code generate} writes serve versions of different schemas without a
 * conversion webhook: the API server then converts an object by changing its {@code apiVersion}
 * alone, and prunes what the other version's schema lacks (a field renamed or added in one).
 * Descriptions aside, which change nothing stored.
 */
public final class VersionsCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private VersionsCheck() {
    }

    /** The CRDs of {@code generated} whose versions differ without conversion, each a line. */
    public static List<String> problems(FileSet generated) {
        List<String> problems = new ArrayList<>();
        for (GeneratedFile file : generated.files()) {
            if (!file.path().startsWith(ToolOwned.CRD_DIR + "/")) {
                continue;
            }
            JsonNode crd;
            try {
                crd = YAML.readTree(file.content());
            } catch (IOException e) {
                continue; // opctl wrote it: not one to say anything of
            }
            JsonNode spec = crd == null ? null : crd.path("spec");
            if (spec == null || "Webhook".equals(spec.path("conversion").path("strategy").asText())
                    || spec.path("versions").size() < 2) {
                continue;
            }
            JsonNode storage = null;
            for (JsonNode version : spec.path("versions")) {
                if (version.path("storage").asBoolean()) {
                    storage = version;
                }
            }
            for (JsonNode version : spec.path("versions")) {
                if (storage != null && version != storage && !withoutDescriptions(version.path("schema"))
                        .equals(withoutDescriptions(storage.path("schema")))) {
                    String kind = spec.path("names").path("kind").asText();
                    problems.add(String.format("%s: %s %s and %s have different schemas and no conversion webhook: "
                            + "the API server converts between them by changing apiVersion alone, and drops what one "
                            + "lacks; give them the same fields, or add one with 'opctl add webhook --kind %s "
                            + "--conversion'", file.path(), kind, version.path("name").asText(),
                            storage.path("name").asText(), kind));
                }
            }
        }
        return problems;
    }

    private static JsonNode withoutDescriptions(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("description").isTextual()) {
            object.remove("description"); // a keyword; a property named description has a schema, an object
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            strip(children.next());
        }
    }
}
