package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opctl.Versions;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog of Kubernetes model schemas is what fabric8's crd-generator gives each model class of
 * the fabric8 version generated projects use. The test rebuilds it from the model jars on the test
 * class path; run it with {@code -Dopctl.catalog.write=true} to rewrite the committed file after a
 * fabric8 upgrade, then review the diff.
 */
class KubernetesCatalogTest {
    private static final Path CATALOG = Path.of("src/main/resources/dev/opctl/crd", KubernetesCatalog.RESOURCE);
    private static final String PACKAGE = "opctl.catalog";

    @Test
    void theCommittedCatalogIsWhatFabric8GivesTheModelClasses(@TempDir Path work) throws Exception {
        String built = build(work);
        if (Boolean.getBoolean("opctl.catalog.write")) {
            Files.writeString(CATALOG, built);
        }
        List<String> expected = built.lines().toList();
        List<String> committed = Files.readString(CATALOG).lines().toList();
        for (int i = 0; i < Math.min(expected.size(), committed.size()); i++) {
            if (!expected.get(i).equals(committed.get(i))) {
                fail(String.format("%s line %d differs from what fabric8 %s generates; rebuild it with "
                        + "'mvn -pl cli test -Dtest=KubernetesCatalogTest -Dopctl.catalog.write=true' and review "
                        + "the diff:%n  committed: %.300s%n  fabric8:   %.300s", CATALOG, i + 1,
                        Versions.current().fabric8(), committed.get(i), expected.get(i)));
            }
        }
        assertEquals(expected.size(), committed.size(), "lines in " + CATALOG);
    }

    @Test
    void theCatalogHasTheTypesOperatorsEmbed() {
        KubernetesCatalog catalog = KubernetesCatalog.get();
        assertEquals(Versions.current().fabric8(), catalog.fabric8Version());
        for (String type : List.of("PodTemplateSpec", "Container", "ResourceRequirements", "EnvVar", "ServicePort",
                "Affinity", "Toleration", "Volume", "LabelSelector", "IntOrString", "Quantity", "ObjectMeta",
                "SecretKeySelector", "LocalObjectReference")) {
            assertTrue(catalog.schema("io.fabric8.kubernetes.api.model." + type).isPresent(), type);
        }
        JsonSchema container = catalog.schema("io.fabric8.kubernetes.api.model.Container").orElseThrow();
        JsonSchema quantity = container.getProperties().get("resources").getProperties().get("limits")
                .getAdditionalProperties();
        assertEquals("[{\"type\":\"integer\"},{\"type\":\"string\"}]",
                quantity.toJson().path("anyOf").toString(),
                "Quantity inside ResourceRequirements inside Container, expanded");
        assertEquals(List.of("integer", "string"), quantity.getAnyOf().stream().map(JsonSchema::getType).toList());
        assertTrue(quantity.getIntOrString());
        assertTrue(catalog.unsupported("io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps")
                .isPresent(), "fabric8 cannot map the recursive JSONSchemaProps");
        assertFalse(catalog.contains("java.lang.String"));
    }

    @Test
    void schemasAreFreshCopies() {
        KubernetesCatalog catalog = KubernetesCatalog.get();
        String envVar = "io.fabric8.kubernetes.api.model.EnvVar";
        JsonSchema changed = catalog.schema(envVar).orElseThrow().setDescription("changed");
        changed.getProperties().get("valueFrom").getProperties().clear();
        JsonSchema fresh = catalog.schema(envVar).orElseThrow();
        assertNull(fresh.getDescription());
        assertFalse(fresh.getProperties().get("valueFrom").getProperties().isEmpty(), "a deep copy");
    }

    @Test
    void everySchemaReadsIntoAJsonSchemaAndWritesAsItWas() {
        KubernetesCatalog catalog = KubernetesCatalog.get();
        List<String> names = catalog.names();
        assertTrue(names.size() > 1000, "the catalog's types: " + names.size());
        for (String name : names) {
            String json = catalog.json(name).orElseThrow().toString();
            assertEquals(json, JsonSchema.fromJson(catalog.json(name).orElseThrow()).toJson().toString(), name);
            assertEquals(json, catalog.schema(name).orElseThrow().toString(), name);
        }
    }

    @Test
    void aCatalogReadsBackAsItWasWrittenParsingOnlyWhatIsAskedFor() throws Exception {
        // A subtree repeated in two schemas, long enough to be shared, holding another shared one.
        String inner = "{\"description\":\"a long enough description to be shared between the two\","
                + "\"type\":\"string\"}";
        JsonNode one = JsonTrees.read("{\"properties\":{\"a\":" + inner + ",\"b\":{\"properties\":{\"c\":" + inner
                + "},\"type\":\"object\"}},\"type\":\"object\"}");
        JsonNode two = JsonTrees.read("{\"properties\":{\"b\":{\"properties\":{\"c\":" + inner
                + "},\"type\":\"object\"}},\"type\":\"object\"}");
        String text = KubernetesCatalog.encode("1.2.3", Map.of("x.One", one, "x.Two", two),
                Map.of("x.Cyclic", "it is \"recursive\""));
        assertTrue(text.contains("{\"$ref\":"), text);

        KubernetesCatalog catalog = KubernetesCatalog.decode(text);
        assertEquals("1.2.3", catalog.fabric8Version());
        assertEquals(List.of("x.One", "x.Two"), catalog.names());
        assertEquals(one.toString(), catalog.json("x.One").orElseThrow().toString());
        assertEquals(two.toString(), catalog.json("x.Two").orElseThrow().toString());
        assertEquals("it is \"recursive\"", catalog.unsupported("x.Cyclic").orElseThrow());
        assertTrue(catalog.contains("x.Cyclic"));
        assertFalse(catalog.contains("x.Three"));
        assertTrue(catalog.json("x.Three").isEmpty());

        // Only a schema asked for is parsed: one broken elsewhere goes unnoticed until it is asked for.
        KubernetesCatalog broken = KubernetesCatalog.decode(text.replace("\"x.Two\": {", "\"x.Two\": {{"));
        assertEquals(one.toString(), broken.json("x.One").orElseThrow().toString());
        assertThrows(IllegalStateException.class, () -> broken.json("x.Two"));
    }

    @Test
    void aCatalogNotAsEncodeWritesItIsRefusedNamingTheLine() {
        String text = KubernetesCatalog.encode("1.2.3", Map.of("x.One", JsonTrees.sorted(JsonNodeFactory.instance
                .objectNode().put("type", "string"))), Map.of());
        assertEquals("{\n\"fabric8Version\": \"1.2.3\",\n\"types\": {\n\"x.One\": {\"type\":\"string\"}\n},\n"
                + "\"unsupported\": {\n},\n\"shared\": [\n]\n}\n", text);
        Map<String, Integer> lines = Map.of(
                text.replace("\"types\": {", "\"types\":{"), 3,
                text.replace("\"x.One\": ", "\"x.\\\\One\": "), 4,
                text.replace("\"x.One\": ", "x.One: "), 4,
                text.replace("\"fabric8Version\"", "\"version\""), 2,
                text + "}\n", 11,
                text.replace("]\n}\n", ""), 9);
        lines.forEach((changed, line) -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> KubernetesCatalog.decode(changed),
                    changed);
            assertEquals("dev/opctl/crd/kubernetes-schemas.json line " + line + " is not as KubernetesCatalog.encode "
                    + "writes it; rebuild the jar", e.getMessage(), changed);
        });
    }

    /** Runs fabric8 on one generated custom resource per model class, its spec a field of that class. */
    private static String build(Path work) throws Exception {
        List<String> models = modelClasses();
        Path sources = Files.createDirectories(work.resolve("src").resolve(PACKAGE.replace('.', '/')));
        StringBuilder source = new StringBuilder("package " + PACKAGE + ";\n\npublic class Probes {\n");
        for (int i = 0; i < models.size(); i++) {
            source.append(String.format("    @io.fabric8.kubernetes.model.annotation.Group(\"catalog.opctl.dev\")%n"
                    + "    @io.fabric8.kubernetes.model.annotation.Version(\"v1\")%n"
                    + "    public static class P%d extends io.fabric8.kubernetes.client.CustomResource<P%d.Spec, Void> {%n"
                    + "        public static class Spec {%n            public %s f;%n        }%n    }%n",
                    i, i, models.get(i)));
        }
        Files.writeString(sources.resolve("Probes.java"), source.append("}\n"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Fabric8.compile(work.resolve("src"), classes);

        Map<String, JsonNode> schemas = new TreeMap<>();
        Map<String, String> unsupported = new TreeMap<>();
        try (URLClassLoader loader = Fabric8.loader(classes)) {
            for (int i = 0; i < models.size(); i++) {
                Class<? extends HasMetadata> probe = loader.loadClass(PACKAGE + ".Probes$P" + i)
                        .asSubclass(HasMetadata.class);
                try {
                    JsonNode crd = Fabric8.crds(List.of(probe), work.resolve("out")).values().iterator().next();
                    schemas.put(models.get(i), crd.path("spec").path("versions").path(0).path("schema")
                            .path("openAPIV3Schema").path("properties").path("spec").path("properties").path("f"));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    unsupported.put(models.get(i), reason(e.getMessage()));
                }
            }
        }
        return KubernetesCatalog.encode(Versions.current().fabric8(), schemas, unsupported);
    }

    private static String reason(String message) {
        String first = message.lines().findFirst().orElse("");
        return first.startsWith("Found a cyclic reference") ? "it is recursive"
                : first.startsWith("Untyped collection") ? "it has a collection of untyped objects" : first;
    }

    /**
     * Every public, concrete, non-generic top-level class of the model jars' Kubernetes API packages
     * that is a KubernetesResource or Serializable (IntOrString and Quantity are only the latter).
     */
    private static List<String> modelClasses() throws IOException, ClassNotFoundException {
        String version = Versions.current().fabric8();
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String jar = Path.of(entry).getFileName().toString();
            if (!jar.startsWith("kubernetes-model-")) {
                continue;
            }
            assertTrue(jar.endsWith("-" + version + ".jar"), () -> jar + " is not fabric8 " + version
                    + ", the version generated projects use");
            try (JarFile file = new JarFile(entry)) {
                for (JarEntry e : Collections.list(file.entries())) {
                    String name = e.getName();
                    if (!name.endsWith(".class") || name.contains("$") || name.endsWith("module-info.class")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name.replace('/', '.').replaceFirst("\\.class$", ""), false,
                            KubernetesCatalogTest.class.getClassLoader());
                    int modifiers = type.getModifiers();
                    if (Modifier.isPublic(modifiers) && !Modifier.isAbstract(modifiers) && !type.isInterface()
                            && type.getTypeParameters().length == 0
                            && type.getPackageName().startsWith("io.fabric8.kubernetes.api.model")
                            && (KubernetesResource.class.isAssignableFrom(type)
                                    || Serializable.class.isAssignableFrom(type))) {
                        names.add(type.getName());
                    }
                }
            }
        }
        Collections.sort(names);
        return names;
    }
}
