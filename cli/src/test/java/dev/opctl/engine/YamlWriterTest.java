package dev.opctl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.opctl.crd.CrdGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class YamlWriterTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper JACKSON_YAML = new ObjectMapper(new YAMLFactory());
    /** What opctl wrote CRDs with before YamlWriter: the output must stay the same for CRDs. */
    private static final ObjectMapper JACKSON_WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private static final List<String> TRICKY = List.of("a\nb", "line one\nline two\n", "two\n\nparagraphs",
            "trailing \nspace", "x: y", "a #b", "a#b", "-a", "- a", "a-", "?a", ":a", "a:", "a:b", "#a", "@a", "`a",
            "%a", "!a", "&a", "*a", "|a", ">a", "'a", "\"a", "a'b", "a\"b", " a", "a ", "", " ", "~", "null", "Null",
            "Yes", "off", "ON", "y", "N", "1", "1.5", "1e3", "0x1F", "0o17", "0b101", ".inf", "-.Inf", ".NaN", "1_000",
            "1:30", "+1", "-1", "007", "2024-01-01", "2024-01-01T10:00:00Z", "1.2.3", "v1", "e", "E5", "0", "-", "=",
            "<<", "é", "日本語", "emoji \uD83D\uDE00", "lone \uD83D", "a\tb", "tab\u0001", "bell\u0007", "nbsp\u00a0x",
            "sep\u2028x", "bom\ufeff", "[a]", "{a}", "a,b", "a[b]", "https://x.y/z?q=1#frag", "a\\b", "€100",
            "^[a-z0-9.-]+$", "$ref", "a b", "a  b", "cr\r\nlf", "\nleading newline", "ends with two\n\n",
            " leading space\nsecond", "second line\n  indented", "C:\\path", "key: value\nnext: line");

    @Test
    void trickyStringsReadBackAsTheSameStringsAsValuesKeysAndListItems() {
        for (String text : TRICKY) {
            assertRoundTrip(text);
        }
    }

    @Test
    void randomStringsReadBackAsTheSameStrings() {
        String alphabet = "aZ09 -_:#,[]{}&*!|>'\"%@`?.\\/\n\t\u00e9\u2028~=+eExX";
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertRoundTrip(text.toString());
        }
    }

    @Test
    void writesBlockStyleLikeKubernetesManifests() {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "Thing");
        root.putObject("metadata").put("name", "x").putObject("labels").put("app", "web");
        root.putArray("items").add("a").add(JSON.objectNode().put("p", 1).put("q", true))
                .add(JSON.arrayNode().add(1).add(2)).add(JSON.objectNode().set("nested", JSON.objectNode().put("r",
                        "s")));
        root.putArray("empty");
        root.putObject("none");
        root.putNull("nothing");
        root.put("ratio", 1.5);
        root.put("text", "first\nsecond\n");
        root.putArray("texts").add("one\ntwo");
        assertEquals("""
                kind: Thing
                metadata:
                  name: x
                  labels:
                    app: web
                items:
                - a
                - p: 1
                  q: true
                - - 1
                  - 2
                - nested:
                    r: s
                empty: []
                none: {}
                nothing: null
                ratio: 1.5
                text: |
                  first
                  second
                texts:
                - |-
                  one
                  two
                """, YamlWriter.write(root));
    }

    @Test
    void quotesWhatKubectlWouldReadAsAnotherType() {
        ObjectNode root = JSON.objectNode();
        for (String text : List.of("1e3", "0x1F", "1:30", "off", "2024-01-01", "~", "")) {
            root.put(text.isEmpty() ? "empty" : "v" + root.size(), text);
        }
        assertEquals("""
                v0: "1e3"
                v1: "0x1F"
                v2: "1:30"
                v3: "off"
                v4: "2024-01-01"
                v5: "~"
                empty: ""
                """, YamlWriter.write(root));
    }

    @Test
    void writesTextThatBeginsWithADocumentMarkerAsJacksonDid() throws IOException {
        for (String text : List.of("...", "... or more", "...a'b", "....", "---", "--- x", "---a", "...: x", "... #")) {
            ObjectNode root = JSON.objectNode().put("description", text);
            assertEquals(JACKSON_WRITER.writeValueAsString(root), YamlWriter.write(root), text);
            assertRoundTrip(text);
        }
    }

    @Test
    void writesKeysThatBeginAsANumberMightAsJacksonDid() throws IOException {
        // Jackson double-quotes such a name, whatever follows (Lombok's is2fa() is the property "2fa").
        for (String key : List.of("2fa", "1", "0x1F", "-x", "+x", ".x", "-", "x2", "a-b", "_1")) {
            ObjectNode root = JSON.objectNode();
            root.putObject("properties").putObject(key).put("type", "string");
            assertEquals(JACKSON_WRITER.writeValueAsString(root), YamlWriter.write(root), key);
        }
    }

    @Test
    void quotesYaml11sValueKeyWhichPyYamlRefusesPlain() {
        // Jackson writes it plain; PyYAML's safe loader (Ansible, linters) cannot read a plain '='.
        ObjectNode root = JSON.objectNode();
        root.putArray("enum").add("=").add("!=");
        assertEquals("enum:\n- \"=\"\n- '!='\n", YamlWriter.write(root));
    }

    @Test
    void writesTextThatBeginsWithAnIndicatorAsJacksonDid() throws IOException {
        // Not text with leading or trailing spaces: YamlWriter double-quotes it where SnakeYAML may single-quote it.
        for (char first : "-?:,[]{}#&*!|>'\"%@`a".toCharArray()) {
            for (String rest : List.of("", "a", " a", "a b", "'q'", "a:b", "a, b", "a #b", "a: b", "1", ".5", "yes")) {
                String text = first + rest;
                ObjectNode root = JSON.objectNode().put("description", text);
                assertEquals(JACKSON_WRITER.writeValueAsString(root), YamlWriter.write(root), text);
                assertRoundTrip(text);
            }
        }
    }

    @Test
    void writesEveryCorpusCrdByteForByteAsJacksonDid() throws IOException {
        List<Path> corpora;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/crd-corpus"))) {
            corpora = dirs.filter(Files::isDirectory).sorted().toList();
        }
        // The corpus of types from jars reads its library as sources here, and real jars from the test class path.
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(Files::exists).toList();
        int crds = 0;
        for (Path corpus : corpora) {
            List<Path> roots = Files.isDirectory(corpus.resolve("sources"))
                    ? List.of(corpus.resolve("library"), corpus.resolve("sources")) : List.of(corpus);
            for (GeneratedFile file : CrdGenerator.generate(roots, "", CrdGenerator.Options.DEFAULT
                    .withClasspath(classpath)).files()) {
                JsonNode crd = JACKSON_YAML.readTree(file.content());
                assertSameButWhereJacksonWasAmbiguous(JACKSON_WRITER.writeValueAsString(crd), YamlWriter.write(crd),
                        file.path());
                crds++;
            }
        }
        assertTrue(crds >= 8, "expected the corpora to give at least 8 CRDs, got " + crds);
    }

    /**
     * The same text, but where Jackson wrote a string plain that a YAML 1.1 reader takes for something
     * else ({@code default: 0x1F}, an int to SnakeYAML), or text with leading or trailing spaces that
     * SnakeYAML single-quoted: YamlWriter double-quotes both, as its class says.
     */
    private static void assertSameButWhereJacksonWasAmbiguous(String jackson, String opctl, String what) {
        List<String> expected = jackson.lines().toList();
        List<String> actual = opctl.lines().toList();
        if (expected.size() != actual.size()) {
            assertEquals(jackson, opctl, what);
        }
        for (int i = 0; i < expected.size(); i++) {
            String line = expected.get(i);
            int value = line.startsWith("- ") || line.strip().startsWith("- ") ? line.indexOf("- ") + 2
                    : line.indexOf(": ") + 2;
            String plain = value < 2 ? "" : line.substring(value);
            boolean misread = !plain.isEmpty() && !(new Yaml().load(plain) instanceof String);
            if (misread && actual.get(i).equals(line.substring(0, value) + "\"" + plain + "\"")) {
                continue;
            }
            // Text with leading or trailing spaces: SnakeYAML single-quotes it, YamlWriter double-quotes it.
            String written = actual.get(i).length() > value ? actual.get(i).substring(value) : "";
            boolean spaced = plain.length() > 2 && plain.startsWith("'") && plain.endsWith("'")
                    && (plain.charAt(1) == ' ' || plain.charAt(plain.length() - 2) == ' ');
            if (!spaced || !written.startsWith("\"") || !actual.get(i).startsWith(line.substring(0, value))
                    || !new Yaml().load(plain).equals(new Yaml().load(written))) {
                assertEquals(line, actual.get(i), what + ", line " + (i + 1));
            }
        }
    }

    private static void assertRoundTrip(String text) {
        ObjectNode root = JSON.objectNode();
        root.put("value", text);
        root.putArray("list").add(text).add(JSON.objectNode().put("inner", text));
        root.putObject("nested").put("deeper", text);
        root.put(text, "as a key");
        String yaml = YamlWriter.write(root);
        try {
            assertEquals(root, JACKSON_YAML.readTree(yaml), () -> "Jackson reads back " + yaml);
        } catch (IOException e) {
            throw new AssertionError("Jackson cannot read " + yaml, e);
        }
        // SnakeYAML resolves YAML 1.1 types (yes/no, sexagesimal, timestamps): a string must stay a string.
        Map<String, Object> read = new Yaml().load(yaml);
        assertEquals(text, read.get("value"), () -> "SnakeYAML reads back " + yaml);
        assertEquals(text, ((Map<?, ?>) read.get("nested")).get("deeper"), yaml);
        assertEquals(text, ((List<?>) read.get("list")).get(0), yaml);
        assertEquals("as a key", read.get(text), yaml);
        assertEquals(4, read.size(), yaml);
    }
}
