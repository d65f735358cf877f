package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DeclarationParser} must give JavaParser's tree, node by node (class, range, attributed and
 * orphan comments, every property), for every file it takes; everything else it must leave to
 * JavaParser.
 */
class DeclarationParserTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    /** Every Java file of the repository: the differential corpora, the samples, opctl's own code. */
    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(REPO)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !REPO.relativize(p).toString().contains("target/"))
                    .filter(p -> !REPO.relativize(p).startsWith(".git")).sorted().toList();
        }
    }

    @Test
    void givesJavaParsersTreeForEveryFileItTakes() throws IOException {
        List<Path> files = javaFiles();
        List<String> taken = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (assertSameTreeIfTaken(text, REPO.relativize(file).toString())) {
                taken.add(REPO.relativize(file).toString());
            }
        }
        // The subset is what custom-resource types are written in: the differential corpus, which uses
        // every feature 'generate crds' supports, and every sample's API types are in it.
        // Text blocks span lines: DeclarationParser leaves a file with one to JavaParser by design, and
        // the differential corpus has them (constants/gadgets/api/GadgetSpec.java) to check that path.
        // So are annotation declarations and constructors that call super (the ondemand and nodes corpora):
        // there, files of either parser resolve each other's names.
        List<String> types = files.stream()
                .filter(f -> !readString(f).contains("\"\"\"") && !readString(f).contains("@interface")
                        && !readString(f).contains("super("))
                .map(f -> REPO.relativize(f).toString())
                .filter(f -> f.contains("crd-corpus/") || f.matches("generated-samples/.*/api/.*")).toList();
        assertTrue(types.size() > 60, types.size() + " type files");
        assertEquals(List.of(), types.stream().filter(f -> !taken.contains(f)).toList(), "left to JavaParser");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // what cli/bench/crds.sh writes
        """
        package bench.k1;

        import io.fabric8.kubernetes.api.model.Namespaced;
        import io.fabric8.kubernetes.client.CustomResource;

        @Group("g1.bench.example.com")
        @Version("v1")
        @ShortNames("k1")
        public class Kind1 extends CustomResource<Kind1Spec, Kind1Status> implements Namespaced {
        }
        """,
        """
        package a.b;

        import java.util.*;
        import static x.Y.z;

        /** Doc. */
        @io.x.Group("g" + "h")
        public final class T<A extends B & C> extends Base<List<Map<String, int[]>>> implements X, Y.Z {
        \tpublic int[] a, b = {1}; // trailing
            @Deprecated protected static String s = "x\\"y";
            java.util.List<? extends Number> l = new ArrayList<>();
            public static final long L = -5L + 0x1F * (3 >> 1) >>> 2 >= 1 ? 1 : 2;
            static final double D = 1.5e3 + .5f - 1d;
            static final char C = '\\'';
            static final String[][] NAMES = {{"a"}, {}};
            @SchemaFrom(type = Object.class) Object o;
            @Min(value = -1, exclusive = false) @Pattern(regexp = "a|b") String p;
            @Values({@V("a"), @V(value = "b")}) @M() Map<String, List<int[][]>> m = Map.of();
            // a line comment
            /* a block */
            public int[] getA() { return a; }
            public void setS(String s) { this.s = s; } /** orphan? */
            String t = java.lang.String.valueOf(1).trim();
            Class<?> k = java.util.List.class;
            enum E { A("a"), @Deprecated B, ; E() {} E(String s) {} }
            record R(@Min(1) int x, String... y) implements Q {}
            interface I extends J, K { <T extends Comparable<? super T>> T max(List<? extends T> l) throws X, Y; }
        }
        /**/
        """,
        "package a;\r\nclass A {\r\n  int x; // c\r\n  /** d */\r\n  int y;\r\n}\r\n",
        "class A {}",
        "\n\n/** d */\nclass A {\n}\n/* tail */\n  ",
        "/* only a comment */\n",
        "class A {\r  int x; /***/\r  /**/ int y;\r}\r// end",
        // Non-ASCII text (columns count UTF-16 units, as JavaParser's do) in strings and comments
        "class A {\n  /** Größe 😀 */ String s = \"😀ß\"; char c = 'ß'; int after;\n}\n",
        "class A {\n  char c = '\\u0041'; String s = \"a//b/*c*/\\\\\"; long l = 0x7fff_ffffL; double d = 1.f + 1e-3;\n}",
        "class A { int x = -2147483648; boolean b = 1 < 2 == 3 >= 4; int s = 1 << 2 >> 3 >>> 4; }",
        "class A { Class<?>[] k = {String[].class, int.class, void.class, java.util.Map.Entry.class}; }",
        "record R(int x) { public int x() { return x; } static R of() { return new R(1); } }",
        "enum E { A, B; private final String s = \"\"; public String s() { return s; } }",
        "interface I { int X = 1; String name(); }",
        // Comments everywhere: the file's, orphans, blank lines between, same-line, inside expressions
        """
        /* the file */
        package a; // after package
        // before import

        import b.C; /* after import */
        /** Doc */
        // between doc and class
        @A(/* in args */ 1) /* before class */ public class T { // opens
            // orphan at top

            /** field */ int a; // a
            int b, /* between */ c; /* trailing b c */
            /* one */ /* two */
            String s = "x" + /* plus */ "y";
            public int a() { // body
                return a; // returns
                // last in body
            }
            enum E { /* before A */ A, B /* after B */ }
            // orphan at end
        }
        // after the class
        """,
    })
    void takesTheSubset(String text) {
        assertTrue(assertSameTreeIfTaken(text, "text"), "not taken:\n" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "class A { int x = y -> 1; }",
        "class A { { x = 1; } }",
        "class A { String s = \"\"\"\n  a\n  \"\"\"; }",
        "class A { void f() { if (x) return; } }",
        "class A { Object o = new Object() {}; }",
        "@interface A {}",
        "sealed class A permits B {}",
        "class A { int x[]; }",
        "class A { int x = (int) 1L; }",
        "class A {", // a syntax error: JavaParser reports it
        "class A { int x = 1 }",
        "class \\u0041 {}",
    })
    void leavesTheRestToJavaParser(String text) {
        assertNull(DeclarationParser.parse(text), text);
    }

    /** Whether the declaration parser took {@code text}; if it did, its tree must equal JavaParser's. */
    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean assertSameTreeIfTaken(String text, String where) {
        CompilationUnit actual = DeclarationParser.parse(text);
        if (actual == null) {
            return false;
        }
        CompilationUnit expected = new JavaParser(SourceIndex.configuration()).parse(text).getResult().orElse(null);
        assertNotNull(expected, where + ": taken, but JavaParser cannot parse it");
        assertSameNode(expected, actual, where);
        assertEquals(expected, actual, where);
        assertEquals(describe(expected.getAllContainedComments()), describe(actual.getAllContainedComments()), where);
        return true;
    }

    private static void assertSameNode(Node expected, Node actual, String where) {
        String at = where + ": " + expected.getClass().getSimpleName() + " " + expected.getRange().orElse(null);
        assertEquals(expected.getClass(), actual.getClass(), at);
        assertEquals(expected.getRange(), actual.getRange(), at);
        assertEquals(describe(expected.getComment().stream().toList()), describe(actual.getComment().stream()
                .toList()), at + " comment");
        assertEquals(describe(expected.getOrphanComments()), describe(actual.getOrphanComments()), at + " orphans");
        List<Node> expectedChildren = expected.getChildNodes();
        List<Node> actualChildren = actual.getChildNodes();
        assertEquals(expectedChildren.size(), actualChildren.size(), at + " children");
        for (int i = 0; i < expectedChildren.size(); i++) {
            assertSameNode(expectedChildren.get(i), actualChildren.get(i), where);
        }
    }

    private static String describe(List<Comment> comments) {
        return comments.stream().map(c -> c.getClass().getSimpleName() + c.getRange().orElse(null) + "["
                + c.getContent() + "]").collect(Collectors.joining(", "));
    }
}
