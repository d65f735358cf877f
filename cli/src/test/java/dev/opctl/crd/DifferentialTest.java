package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.annotation.JsonFormat;
import dev.opctl.engine.FileSet;
import dev.opctl.engine.OpctlException;
import dev.opctl.engine.GeneratedFile;
import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.fabric8.istio.api.api.networking.v1alpha3.VirtualService;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.openshift.api.model.RouteSpec;
import io.fabric8.openshift.api.model.config.v1.ClusterVersionSpec;
import io.javaoperatorsdk.operator.processing.expectation.ExpectationStatus;
import io.strimzi.api.annotations.DeprecatedProperty;
import io.strimzi.api.kafka.model.kafka.KafkaSpec;
import io.fabric8.kubernetes.model.annotation.Group;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential suite: each corpus under {@code src/test/resources/crd-corpus/} is compiled and
 * its resource classes run through fabric8's crd-generator (API v2, the version generated projects
 * use); opctl's CRDs from the same sources must be the same documents, compared semantically (key
 * order, number representation, the order of versions and of required names aside).
 */
class DifferentialTest {
    private static final Path CORPUS = Path.of("src/test/resources/crd-corpus");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = {"basic", "versions", "validation", "embedded", "constants", "features", "lombok", "jackson",
        "lombokconfig", "ondemand", "times", "nodes", "hasmetadata", "fidelity", "probe", "shapes", "records", "converters",
        "creators"})
    void opctlGeneratesWhatFabric8Generates(String corpus, @TempDir Path work) throws Exception {
        Path sources = CORPUS.resolve(corpus);
        // fabric8 once (compiling is most of the time), opctl with each reader.
        Map<String, JsonNode> fabric8 = fabric8(sources, work);
        for (Reader reader : Reader.values()) {
            FileSet files = CrdGenerator.generate(reader.index(List.of(sources)), "", CrdGenerator.Options.DEFAULT,
                    warning -> { });
            assertSameCrds(fabric8, files, reader);
        }
    }

    /**
     * How opctl reads the sources: as it does (the declaration parser where it can, else JavaParser),
     * and with JavaParser forced for every file. Whichever reads a file, the CRDs must be fabric8's.
     */
    enum Reader {
        DECLARATIONS_FIRST, JAVAPARSER_ONLY;

        SourceIndex index(List<Path> roots) {
            return this == JAVAPARSER_ONLY ? SourceIndex.parseWithJavaParserOnly(roots) : SourceIndex.parse(roots);
        }
    }

    private static void assertSameCrds(Map<String, JsonNode> fabric8, FileSet files, Reader reader)
            throws IOException {
        Map<String, JsonNode> opctl = new TreeMap<>();
        for (GeneratedFile file : files.files()) {
            assertTrue(file.content().startsWith(CrdGenerator.HEADER), file.path());
            opctl.put(file.path().replaceFirst("\\.yaml$", ""), normalize(YAML.readTree(file.content())));
        }
        assertEquals(fabric8.keySet(), opctl.keySet(), reader + ": the same CRDs");
        for (String crd : fabric8.keySet()) {
            assertEquals(pretty(fabric8.get(crd)), pretty(withoutAdditions(opctl.get(crd), fabric8.get(crd))),
                    reader + ": " + crd);
        }
    }

    /**
     * The declaration reader and JavaParser give the same CRDs to the byte, descriptions and the other
     * additions the comparison with fabric8 leaves out included: every corpus again, JavaParser forced.
     */
    @ParameterizedTest
    @ValueSource(strings = {"basic", "versions", "validation", "embedded", "constants", "features", "lombok", "jackson",
        "lombokconfig", "ondemand", "times", "nodes", "hasmetadata", "fidelity", "probe", "shapes", "records", "converters",
        "creators"})
    void whicheverParserReadsAFileTheCrdsAreTheSame(String corpus) {
        List<Path> sources = List.of(CORPUS.resolve(corpus));
        FileSet read = CrdGenerator.generate(Reader.DECLARATIONS_FIRST.index(sources), "",
                CrdGenerator.Options.DEFAULT, warning -> { });
        FileSet parsed = CrdGenerator.generate(Reader.JAVAPARSER_ONLY.index(sources), "",
                CrdGenerator.Options.DEFAULT, warning -> { });
        assertEquals(read.files().stream().map(GeneratedFile::path).toList(),
                parsed.files().stream().map(GeneratedFile::path).toList());
        for (GeneratedFile file : read.files()) {
            assertEquals(file.content(), parsed.get(file.path()).content(), file.path());
        }
    }

    /**
     * Types from jars: the corpus's library is compiled into a (multi-release) jar, and its sources also use types of
     * real jars (Jackson, JOSDK, the fabric8 client) and of the JDK; fabric8 sees the same class path.
     */
    @Test
    void opctlReadsTypesFromTheClassPathAsFabric8Does(@TempDir Path work) throws Exception {
        Path library = Files.createDirectories(work.resolve("library"));
        Fabric8.compile(CORPUS.resolve("classpath/library"), library);
        // A multi-release jar: its classes of classpath/library-11 replace those of the same name on Java 11+.
        Fabric8.compile(CORPUS.resolve("classpath/library-11"), Files.createDirectories(library.resolve(
                "META-INF/versions/11")), List.of(library));
        Files.writeString(library.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nMulti-Release: true\n");
        Path jar = Fabric8.jar(library, work.resolve("library.jar"));
        List<Path> classpath = List.of(jar, jarOf(JsonFormat.class), jarOf(ExpectationStatus.class),
                jarOf(VersionInfo.class));
        Path sources = CORPUS.resolve("classpath/sources");
        Map<String, JsonNode> fabric8 = fabric8(sources, work, jar);
        for (Reader reader : Reader.values()) {
            FileSet files = CrdGenerator.generate(reader.index(List.of(sources)), "", CrdGenerator.Options.DEFAULT
                    .withClasspath(classpath), warning -> { });
            assertSameCrds(fabric8, files, reader);
        }
    }

    /**
     * Types of real model jars that opctl's catalog does not hold, read from their class files:
     * fabric8's extension models of Istio, cert-manager and OpenShift (generated classes with
     * builders, Jackson annotations, interfaces and the Kubernetes model inside). Found identical to
     * fabric8 on every one of their 338 spec classes but the 8 that fabric8 refuses (docs/crds.md);
     * these are a few of each. One that both refuse: a list of untyped objects.
     */
    @Test
    void opctlReadsTheTypesOfRealModelJarsAsFabric8Does(@TempDir Path work) throws Exception {
        List<Path> classpath = List.of(jarOf(VirtualService.class), jarOf(CertificateSpec.class),
                jarOf(RouteSpec.class), jarOf(ClusterVersionSpec.class));
        assertSameAsFabric8(CORPUS.resolve("models"), classpath, work, 3);

        Path untyped = Files.createDirectories(work.resolve("untyped/models"));
        Files.writeString(untyped.resolve("Templates.java"), """
                package models;

                @io.fabric8.kubernetes.model.annotation.Group("models.example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class Templates extends io.fabric8.kubernetes.client.CustomResource<Templates.Spec, Void> {
                    public static class Spec {
                        public io.fabric8.openshift.api.model.TemplateInstanceSpec instance;
                    }
                }
                """);
        Path out = Files.createDirectories(work.resolve("untyped-classes"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> fabric8(untyped.getParent(), out, classpath.toArray(Path[]::new)));
        assertEquals("Untyped collection objects", refused.getMessage());
        OpctlException error = assertThrows(OpctlException.class,
                () -> CrdGenerator.generate(List.of(untyped.getParent()), Map.of(), "",
                        CrdGenerator.Options.DEFAULT.withClasspath(classpath)));
        assertEquals(untyped.resolve("Templates.java") + ":7: field 'instance', TemplateInstanceSpec.template, "
                + "Template.objects: a collection of untyped objects (java.util.List<java.lang.Object>) has no schema; "
                + "Template is a class of the class path, not yours to change: instead, "
                + "@SchemaSwap(originalType = io.fabric8.openshift.api.model.Template.class, fieldName = \"objects\", "
                + "targetType = T.class) on the resource class gives the property T's schema (without targetType, none: "
                + "it is dropped)", error.getMessage());
    }

    /**
     * A real-world operator's API jar: Strimzi's Kafka kinds (0.45.0), whose spec and status classes the
     * sources give CustomResource, and extend (corpus {@code strimzi}): sundrio builders, Jackson's
     * {@code @JsonPropertyOrder}, {@code @JsonAnyGetter} through an interface, {@code @JsonTypeInfo}
     * hierarchies, enums with {@code @JsonValue}, and fabric8's model inside.
     */
    @Test
    void opctlReadsAnOperatorsApiJarAsFabric8Does(@TempDir Path work) throws Exception {
        List<Path> classpath = List.of(jarOf(KafkaSpec.class), jarOf(DeprecatedProperty.class),
                jarOf(JsonFormat.class));
        assertSameAsFabric8(CORPUS.resolve("strimzi"), classpath, work, 10);
    }

    /** fabric8's {@code crds} CRDs of {@code sources} with {@code classpath}, and opctl's with each reader, the same. */
    private static void assertSameAsFabric8(Path sources, List<Path> classpath, Path work, int crds) throws Exception {
        Map<String, JsonNode> fabric8 = fabric8(sources, work, classpath.toArray(Path[]::new));
        assertEquals(crds, fabric8.size());
        for (Reader reader : Reader.values()) {
            FileSet files = CrdGenerator.generate(reader.index(List.of(sources)), "", CrdGenerator.Options.DEFAULT
                    .withClasspath(classpath), warning -> { });
            assertSameCrds(fabric8, files, reader);
        }
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Map<String, JsonNode> fabric8(Path sources, Path work, Path... classpath) throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        Fabric8.compile(sources, classes, List.of(classpath));
        List<Class<? extends HasMetadata>> resources = new ArrayList<>();
        try (URLClassLoader loader = Fabric8.loader(classes, classpath); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> type = loader.loadClass(name);
                // As opctl takes them: CustomResources, and other classes that implement HasMetadata with @Group.
                if (HasMetadata.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && (CustomResource.class.isAssignableFrom(type) || type.isAnnotationPresent(Group.class))) {
                    resources.add(type.asSubclass(HasMetadata.class));
                }
            }
            Map<String, JsonNode> crds = new TreeMap<>();
            Fabric8.crds(resources, work.resolve("fabric8")).forEach((name, crd) -> crds.put(name, normalize(crd)));
            return crds;
        }
    }

    /**
     * opctl's CRD without its documented additions where fabric8 has none: {@code listKind},
     * descriptions from Javadoc, the approval annotation of protected groups.
     */
    static JsonNode withoutAdditions(JsonNode opctl, JsonNode fabric8) {
        if (opctl instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            for (String addition : List.of("description", "listKind", "api-approved.kubernetes.io")) {
                if (fabric8 == null || !fabric8.has(addition)) {
                    copy.remove(addition);
                }
            }
            if (copy.get("annotations") instanceof ObjectNode annotations && annotations.isEmpty()
                    && (fabric8 == null || !fabric8.has("annotations"))) {
                copy.remove("annotations");
            }
            List<String> keys = new ArrayList<>();
            copy.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                copy.set(key, withoutAdditions(copy.get(key), fabric8 == null ? null : fabric8.get(key)));
            }
            // An annotation map left empty by the removal above goes too.
            if (copy.get("annotations") instanceof ObjectNode annotations && annotations.isEmpty()
                    && (fabric8 == null || !fabric8.has("annotations"))) {
                copy.remove("annotations");
            }
            return copy;
        }
        if (opctl instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                copy.add(withoutAdditions(array.get(i), fabric8 == null ? null : fabric8.get(i)));
            }
            return copy;
        }
        return opctl;
    }

    /** Numbers as doubles, versions by name, required names sorted. */
    static JsonNode normalize(JsonNode node) {
        if (node.isNumber()) {
            return JsonNodeFactory.instance.numberNode(node.doubleValue());
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), normalize(e.getValue())));
            for (String sortedList : List.of("required", "versions")) {
                if (copy.get(sortedList) instanceof ArrayNode array) {
                    List<JsonNode> elements = new ArrayList<>();
                    array.forEach(elements::add);
                    elements.sort((a, b) -> (a.isTextual() ? a.asText() : a.path("name").asText())
                            .compareTo(b.isTextual() ? b.asText() : b.path("name").asText()));
                    copy.set(sortedList, JsonNodeFactory.instance.arrayNode().addAll(elements));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(e -> copy.add(normalize(e)));
            return copy;
        }
        return node;
    }

    private static String pretty(JsonNode node) throws IOException {
        return YAML.writeValueAsString(JsonTrees.sorted(node));
    }
}
