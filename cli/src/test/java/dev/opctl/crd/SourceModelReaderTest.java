package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.CreatorDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.Value;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both readers fill the same model: each corpus type read from its source equals the type read
 * from its class file (compiled here), but for what only one of them has (comments; annotations
 * that are not runtime-visible; members javac makes that no schema needs, such as a record's equals).
 */
class SourceModelReaderTest {
    private static final Path CORPUS = Path.of("src/test/resources/crd-corpus");

    @ParameterizedTest
    @ValueSource(strings = {"basic", "versions", "validation", "embedded", "constants", "features", "lombok",
            "lombokconfig", "jackson", "ondemand", "times", "nodes", "hasmetadata", "models", "classpath/library", "classpath/sources",
            "creators", "records"})
    void theSourceReaderAndTheClassFileReaderFillTheSameModel(String corpus, @TempDir Path work) throws Exception {
        Path sources = CORPUS.resolve(corpus);
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path library = Files.createDirectories(work.resolve("library"));
        Fabric8.compile(CORPUS.resolve("classpath/library"), library);
        Fabric8.compile(sources, classes, List.of(library));
        Map<String, TypeDeclaration> fromSources;
        try (Classpath jar = Classpath.of(List.of(library))) {
            fromSources = new SourceModelReader(SourceIndex.parse(List.of(sources)), new ModelSchemas(jar)).readAll();
        }
        assertTrue(!fromSources.isEmpty());
        boolean lombok = corpus.startsWith("lombok");
        // The compiled sources on the class path they were compiled with: the library's interfaces count too.
        try (Classpath classpath = Classpath.of(List.of(classes, library));
                URLClassLoader loader = Fabric8.loader(classes, library)) {
            for (TypeDeclaration source : fromSources.values()) {
                TypeDeclaration compiled = classpath.type(source.name()).orElseThrow();
                assertEquals(view(compiled, loader, lombok), view(source, loader, lombok), source.name());
            }
        }
    }

    /**
     * Whichever reader reads a file (the declaration reader where it can, else JavaParser; or
     * JavaParser forced for every file), the source reader fills the same model, to the last comment
     * and line: on every corpus, every sample project's sources, and opctl's own.
     */
    @ParameterizedTest
    @MethodSource("sourceRoots")
    void whicheverParserReadsAFileTheModelIsTheSame(Path root) throws Exception {
        Map<String, String> read;
        Map<String, String> parsed;
        try (Classpath none = Classpath.of(List.of())) {
            read = readAll(SourceIndex.parse(List.of(root)), none);
            parsed = readAll(SourceIndex.parseWithJavaParserOnly(List.of(root)), none);
        }
        assertTrue(!read.isEmpty(), root.toString());
        assertEquals(read.keySet(), parsed.keySet(), root.toString());
        for (String type : read.keySet()) {
            assertEquals(parsed.get(type), read.get(type), root + ": " + type);
        }
    }

    /** Each type's model as text, or the error reading it gives: both readers must agree on that too. */
    private static Map<String, String> readAll(SourceIndex index, Classpath classpath) {
        SourceModelReader reader = new SourceModelReader(index, new ModelSchemas(classpath));
        Map<String, String> all = new TreeMap<>();
        for (dev.opctl.crd.syntax.TypeDecl type : index.types()) {
            String text;
            try {
                text = reader.read(type).toString();
            } catch (RuntimeException e) {
                text = e.toString();
            }
            all.put(index.qualifiedName(type), text);
        }
        return all;
    }

    /** The corpora, each sample project's source directories, opctl's own sources: one index each. */
    static List<Path> sourceRoots() throws IOException {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> corpora = Files.list(CORPUS)) {
            corpora.filter(Files::isDirectory).sorted().forEach(roots::add);
        }
        roots.remove(CORPUS.resolve("classpath"));
        roots.add(CORPUS.resolve("classpath/library"));
        roots.add(CORPUS.resolve("classpath/sources"));
        try (Stream<Path> dirs = Files.walk(Path.of("../generated-samples"))) {
            dirs.filter(d -> d.getFileName().toString().equals("java") && d.getParent().getParent().getFileName()
                    .toString().equals("src") && !d.toString().contains("/target/")).sorted().forEach(roots::add);
        }
        roots.add(Path.of("src/main/java"));
        return roots;
    }

    /** What both readers must agree on, as text. */
    private static String view(TypeDeclaration type, ClassLoader loader, boolean lombok) {
        StringBuilder text = new StringBuilder();
        text.append(type.kind()).append(' ').append(type.name()).append(type.typeParameters())
                .append(" extends ").append(type.superclass()).append(" implements ").append(type.interfaces())
                .append(" static=").append(type.is(Modifier.STATIC)).append('\n');
        text.append("  @").append(annotations(type, loader)).append('\n');
        for (var field : type.fields()) {
            text.append("  field ").append(field.name()).append(": ").append(field.type())
                    .append(flags(field.modifiers())).append(" = ").append(field.constant());
            if (type.kind() != TypeDeclaration.Kind.RECORD) {
                text.append(" @").append(annotations(field, loader));
            }
            text.append('\n');
        }
        type.methods().stream().filter(m -> accessor(m.name(), type)).sorted((a, b) -> (a.name() + a.parameters())
                .compareTo(b.name() + b.parameters())).forEach(m -> text.append("  method ").append(m.name())
                .append(m.parameters()).append(": ").append(m.returnType()).append(flags(m.modifiers()))
                .append(lombok ? "" : " @" + annotations(m, loader, ElementType.METHOD)).append('\n'));
        type.components().forEach(c -> text.append("  component ").append(c.name()).append(": ").append(c.type())
                .append('\n'));
        type.enumConstants().forEach(c -> text.append("  constant ").append(c.name()).append(" @")
                .append(annotations(c, loader)).append(" json=").append(c.jsonValue()).append('\n'));
        if (!lombok) {
            type.creators().forEach(c -> text.append(creator(type, c, loader)));
        }
        return text.toString();
    }

    /**
     * A creator as both readers have it: not a record's canonical constructor (javac gives it the components'
     * annotations), nor one whose annotations are not kept at run time (the class file has none to say so).
     */
    private static String creator(TypeDeclaration type, CreatorDeclaration creator, ClassLoader loader) {
        if (type.kind() == TypeDeclaration.Kind.RECORD && creator.isConstructor()
                && creator.parameters().size() == type.components().size()) {
            return "";
        }
        String own = annotations(creator, loader, creator.isConstructor() ? ElementType.CONSTRUCTOR
                : ElementType.METHOD);
        List<String> parameters = creator.parameters().stream().map(p -> p.type() + " @"
                + annotations(p, loader, ElementType.PARAMETER)).toList();
        boolean kept = !own.equals("[]") || parameters.stream().anyMatch(p -> !p.endsWith("@[]"));
        return kept ? "  creator " + creator.name() + parameters + " @" + own + "\n" : "";
    }

    private static boolean accessor(String name, TypeDeclaration type) {
        return name.matches("(get|is|set)[A-Z_].*") || type.components().stream().anyMatch(c -> c.name().equals(name));
    }

    private static String flags(Set<Modifier> modifiers) {
        return modifiers.stream().filter(m -> m == Modifier.PUBLIC || m == Modifier.STATIC || m == Modifier.TRANSIENT)
                .sorted().map(m -> " " + m.name().toLowerCase()).collect(Collectors.joining());
    }

    /**
     * The runtime-visible annotations, sorted, values normalized (numbers and chars as doubles, one-element
     * arrays as their element), repeated ones as written: javac wraps them in their container.
     */
    private static String annotations(Annotated member, ClassLoader loader, ElementType target) {
        List<String> sorted = new ArrayList<>();
        for (AnnotationUse a : member.annotations()) {
            if (!runtime(a.type(), loader) || !targets(a.type(), loader, target)) {
                continue;
            }
            List<AnnotationUse> repeated = a.annotations("value");
            if (a.values().size() == 1 && !repeated.isEmpty() && repeatable(repeated.get(0).type(), loader)) {
                repeated.forEach(r -> sorted.add(r.type() + values(r)));
            } else {
                sorted.add(a.type() + values(a));
            }
        }
        Collections.sort(sorted);
        return sorted.toString();
    }

    private static String annotations(Annotated member, ClassLoader loader) {
        return annotations(member, loader, null);
    }

    private static String values(AnnotationUse a) {
        Map<String, String> sorted = new TreeMap<>();
        a.values().forEach((k, v) -> sorted.put(k, value(v)));
        return sorted.toString();
    }

    private static String value(Value v) {
        if (v instanceof Value.Array array) {
            return array.values().size() == 1 ? value(array.values().get(0))
                    : array.values().stream().map(SourceModelReaderTest::value).toList().toString();
        }
        if (v instanceof Value.Number n) {
            return Double.toString(n.value().doubleValue());
        }
        if (v instanceof Value.Char c) { // javac widens a char constant to a numeric attribute (@Min('a'): 97.0)
            return Double.toString(c.value());
        }
        if (v instanceof Value.EnumConstant e) {
            return e.name();
        }
        if (v instanceof Value.Unknown u) {
            return u.name();
        }
        if (v instanceof Value.Nested nested) {
            return nested.annotation().type() + values(nested.annotation());
        }
        if (v instanceof Value.Text t) {
            return '"' + t.value() + '"';
        }
        return v.toString();
    }

    private static boolean repeatable(String type, ClassLoader loader) {
        try {
            return Class.forName(type, false, loader).isAnnotationPresent(Repeatable.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Whether an annotation type may be written on {@code target} (any, for null). */
    private static boolean targets(String type, ClassLoader loader, ElementType target) {
        try {
            Target targets = Class.forName(type, false, loader).getAnnotation(Target.class);
            return target == null || targets == null || List.of(targets.value()).contains(target);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean runtime(String type, ClassLoader loader) {
        try {
            Retention retention = Class.forName(type, false, loader).getAnnotation(Retention.class);
            return retention != null && retention.value() == RetentionPolicy.RUNTIME;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
