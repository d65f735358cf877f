package dev.opctl.crd.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DeclarationReader} must give {@link JavaParserReader}'s records, field by field, for every
 * file it takes; everything else it must leave (return null) to JavaParserReader.
 */
class SourceReadersTest {
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
    void givesJavaParserReadersRecordsForEveryFileItTakes() throws IOException {
        List<Path> files = javaFiles();
        List<String> taken = new ArrayList<>();
        JavaParserReader oracle = new JavaParserReader();
        for (Path file : files) {
            String where = REPO.relativize(file).toString();
            if (assertSameIfTaken(oracle, readString(file), where)) {
                taken.add(where);
            }
        }
        // The subset is what custom-resource types are written in: the differential corpus, which uses
        // every feature 'generate crds' supports, and every sample's API types are in it.
        // Text blocks span lines: DeclarationReader leaves a file with one to JavaParser by design, and
        // the differential corpus has them (constants/gadgets/api/GadgetSpec.java) to check that path:
        // there, files of either reader resolve each other's names. So is a switch, which an enum's
        // @JsonValue method may be (fidelity/fidelity/ReturnedValues.java checks that path).
        // The probe corpus is written as public operators write their types, with method bodies
        // (super calls, throw statements, local variables), enum constants with bodies, generic and
        // static methods: what DeclarationReader leaves to JavaParser by design, so it checks that
        // fallback on real-world files; those of its files the reader takes are compared above.
        List<String> types = files.stream()
                .filter(f -> !readString(f).contains("\"\"\"") && !readString(f).contains("switch ("))
                .map(f -> REPO.relativize(f).toString())
                .filter(f -> !f.contains("crd-corpus/probe/"))
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
        "",
        "\n\n/** d */\nclass A {\n}\n/* tail */\n  ",
        "/* only a comment */\n",
        "class A {\r  int x; /***/\r  /**/ int y;\r}\r// end",
        "class A {\n  /** Größe 😀 */ String s = \"😀ß\"; char c = 'ß'; int after;\n}\n",
        "class A {\n  char c = '\\u0041'; String s = \"a//b/*c*/\\\\\"; long l = 0x7fff_ffffL;\n"
                + "  double d = 1.f + 1e-3;\n}",
        "class A { int x = -2147483648; boolean b = 1 < 2 == 3 >= 4; int s = 1 << 2 >> 3 >>> 4; }",
        "class A { int a = 0_7 + 0x1_e + 1__2; double b = 1e5_0 + 09.5 + 1. + 0.0e-0d;\n"
                + "  char c = '\\s', d = '\\377', e = '\"'; }",
        "class A { int m = 0xFFFFFFFF; long n = 0x8000000000000000L; int o = 017 | 0b101 & ~1 ^ 1_000; }",
        "class A { Class<?>[] k = {String[].class, int.class, void.class, java.util.Map.Entry.class}; }",
        "record R(int x) { public int x() { return x; } static R of() { return new R(1); } }",
        "enum E { A, B; private final String s = \"\"; public String s() { return s; } }",
        "interface I { int X = 1; String name(); default int y() { return this.y; } }",
        "class D extends B<C> { D() { super(C.class, f()); } D(int i) { this(); } }",
        // calls: pre-order, per type, enum members before constants
        """
        enum E {
            A(f(Foo.class, 1)), B(g());
            static final List<String> L = List.of(a.b().c(d()), java.util.Map.of(), "x".trim());
            E() { init(); this.helper(X.class); }
            void m() { i(a.b().c(d())); }
            Object p = (a.x()).b(), q = new R(e()).f(), r = 1 + (g(h())).i().j(k());
            Object s = f(g()).h(), t = this.c.d().e(), u = c.cm().in(ns(m())).with(n).get();
            Object v = c.withNamespaces("a", Set.of("b", "c\\n"), java.util.List.of("d", x), Arrays.asList(), of("e"));
            class N { Object o = h(); }
        }
        """,
        // a call on a name in parentheses is on the name, on a call in them on what it returns; not on the rest
        """
        class P {
            KubernetesClient client;
            P(Object client) { (client).pods(); ((this.client)).secrets().list(); (super.kube).a(); (a.b).c(); (f()).g(); }
            void s() { (this.client).pods().list(); (f()).g(); }
            void t() { (new B()).c(); (x).d(); (a.b.c).e(); (1 + f()).g(); (this).h(); (x ? y() : z()).i(); ("s").j(); }
            Object p = ((client.apps()).deployments()).inNamespace(n).list().getItems(), q = (a).b.c();
        }
        """,
        // a call on this.name or super.name is on that field, whatever local shares its name; this.a.b is no field
        """
        class F {
            KubernetesClient client, kube;
            F(Object client) { this.client.pods(); super.kube.secrets().list(); this.a.b.c(); this.f(); super.g(); }
            Object o = this.client.resources(Foo.class).inNamespace(this.ns).withName(client.n()).get();
        }
        """,
        // the names in arguments: not those a call or a field access is made on
        "class A { Object w = f(ns, PatchType.SERVER_SIDE_APPLY, this.ns, new B(c).w(PatchType.JSON_MERGE)\n"
                + "    .build(a.b.c(), -b), x ? y : z.q, (int) k, (m), List.of(\"a\", n), 1 + o.p); }",
        // true, false and null given alone are kept as their word; within an expression, not
        "class L { Object w = f(true, false, null, !false, (null), Boolean.FALSE, g(false)); }",
        // the variables given as arguments: a parameter's, with its type (varargs too), a field's, shadowed
        """
        class V {
            ConfigMap c; Secret s;
            V(Secret c) { this(c); f(c, s); }
            void f(java.util.List<@A ConfigMap> c, final Pod... s) { g(c, s, (c), this.c, x, c.d, h(c)); }
            Object o = f(c, s);
        }
        """,
        // how an argument is made, where that says its type: new, a builder's build(), a method called on this
        """
        class M {
            void f(Object o) {
                g(new Secret(), new DeploymentBuilder(d).withNewMetadata().endMetadata().build(), desired(o, 1),
                    this.desired(), super.desired(), a.desired(), (desired()), new PodBuilder().build().toBuilder()
                    .build(), new Pod().build(), new JobBuilder().build(1), new Box<>(), new a.b.LeaseBuilder()
                    .x.build(), new a.b.LeaseBuilder().withX(1).build(), desired().x, g(h(new C()).i()));
            }
        }
        """,
        // an element taken from what holds elements of a type the code says: a parameter's, JOSDK's secondary reads
        """
        class T {
            void f(Context<P> c, java.util.Optional<Job> j, List<Pod> p, Set<? extends Pod> w, Optional o, Map<A, B> m) {
                g(j.get(), j.orElseThrow(), j.orElse(null), p.get(0), p.stream().findFirst().orElseGet(h()), w.get(),
                    o.get(), m.get(k), (j).get(), j.map(x).get(), j.stream().get(), this.j.get(), c.getSecondaryResource(
                    Job.class).get(), c.getSecondaryResources(Pod.class).stream().filter(q).findAny().get(),
                    c.getSecondaryResource(k).get(), c.getSecondaryResource(Job.class).orElse(new Job()).getSpec(),
                    j.isPresent(), j.get().getSpec());
            }
        }
        """,
        // the call a method's body returns
        "class Q { Object a(int n) { return c.d(n).e(); } Object b() { f(); return g(); } Object h() { return (i()); } }",
        // the field whose value a call makes: a field's initializer, a statement assigning a field's name or this.name
        """
        class G {
            KubernetesDependentResource<ConfigMap, P> a = new CmDependent(), b = f().g(), c = (h()), d = 1 + k(), n;
            Object e = "x".trim(), r = new D().v, s = (f()).g(), t = c.d().e;
            G(Object p, Object e) { e = new E(); this.e = new E(); a = new A(x()); this.b = c.d().e(); p = q(); }
            void m(Object b) { b = (r()).s(); c = t() + u(); d = new D().v; this.b = new B(); n = client.resources(K.class); }
        }
        """,
        // constructors' assignments, accessors
        """
        class C {
            private final String x; int y; String z;
            C(String x, int y, String p) { this.x = x; y = y; this.z = p.trim(); z = "a"; q(); a.b = p; }
            String x() { return this.x; }
            int y() { return y; }
            String z() { q(); return z; }
            String w() { return x(); }
            void v() { return; }
            boolean t() { return this == x; }
        }
        """,
        // annotation types, this(...) and super(...)
        """
        /** Doc */ @Retention(RUNTIME) public @interface Required { }
        @interface Default {
            String value() default "x";
            /** e */ int[] numbers() default {1, 2};
            Class<?> type() default Object.class;
            Required nested() default @Required;
            int X = 1, Y = f();
            enum E { A }
            @interface Inner { }
        }
        class Bag extends ObjectNode {
            Bag() { super(JsonNodeFactory.instance.node(g())); }
            Bag(int x) { this(); this.x = x; }
        }
        """,
        // lines: of types, expressions, calls, annotations spread over several
        """
        class A<
                T> {
            List<@Pattern("x")
                    String> a; Map<
                    @A
                    Map.Entry<K,
                    V>, X> m;
            @A
            java.util.
                    List<String>
                    x;
            Object o = f(
                    1,
                    g(
                    )), p = a
                    .b
                    .c(), q = (
                    int
                    )
                    1, r = new
                    B
                    (
                    );
            @B(
                v =
                1
                + 2) int y;
            void f(
                    /** p */
                    final
                    @A int x) {}
            A() { super(
                    f()); this.x =
                    x; }
        }
        """,
        // casts, parentheses, unary, conditional
        "class A { int a = (int) 1L; long b = (long) -a; double c = -(1 + 2) * ~3;\n"
                + "  boolean d = !(a > 1) ? true : false; }",
        "class A { int[] a = (int[]) null; String s = (\"a\" + 1).trim() + (\"b\");\n"
                + "  Object n = null; Object t = this.a; }",
        // type annotations in type arguments, scoped types
        "class A { List<@Pattern(\"x\") String> a; Map.Entry<@A @B(1) K, @C Map.Entry<V, W>> e; Outer<X>.Inner i; }",
        // modifiers the model does not know, varargs, throws
        "abstract class A { volatile int v; synchronized native void f(final @A String... s) throws E;\n"
                + "  strictfp void g() {} }",
        // comments everywhere: the file's, inside declarations, blank lines between, same-line, inside expressions
        """
        /* the file */
        package a; // after package
        // before import

        import b.C; /* after import */
        /** Doc */
        // between doc and class
        @A(/* in args */ 1) /* before class */ public class T<X> { // opens
            // orphan at top

            /** field */ int a; // a
            int b, /* between */ c; /* trailing b c */
            /* one */ /* two */
            String s = "x" + /* plus */ "y";
            public /* after modifier */ int a(/* p */ int x, /* q */ @A /* r */ int y) { // body
                return a; // returns
                // last in body
            }
            /** generic */ <T> T g() /* before body */ { return null; }
            /** ctor */ T() /* c */ { }
            enum E { /* before A */ A, /** B */ @D B /* after B */ }
            record R(/** c */ int c) { }
            // orphan at end
        }
        // after the class
        """,
    })
    void takesTheSubset(String text) {
        assertTrue(assertSameIfTaken(new JavaParserReader(), text, "text"), "not taken:\n" + text);
    }

    /**
     * The calls whose value a field is given, by its declaration or an assignment statement, are marked with it, by
     * both readers; a parameter's, a local variable's and a value the call is only part of are not.
     */
    @Test
    void marksTheCallsThatMakeAFieldsValue() {
        String text = """
                class G {
                    Object a = new A(), b = f().g(), c = (h()), d = 1 + k(), e = new D().v;
                    G(Object p) { a = new B(x()); this.b = c.d().e(); p = q(); c = (r()).s(); d = t() + u(); }
                    void m(Object a) { a = new C(); this.a = new E(); }
                }
                """;
        String lambda = "class L { Object a; void m() { Object b; b = new B(); Runnable r = () -> { a = new A(); }; } }";
        for (SourceFile file : List.of(DeclarationReader.read(text), new JavaParserReader().read(text))) {
            assertEquals(List.of("A a", "g b", "B a", "e b", "s c", "E a"), file.types().get(0).calls().stream()
                    .filter(c -> c.field() != null).map(c -> (c.method().equals("new") ? c.scope() : c.method()) + " " + c.field())
                    .toList());
        }
        assertEquals(List.of("A a"), new JavaParserReader().read(lambda).types().get(0).calls().stream()
                .filter(c -> c.field() != null).map(c -> c.scope() + " " + c.field()).toList());
    }

    /**
     * The call a method of the type returns, its body only {@code return call;}, is marked with the method, by both
     * readers; not a call that is only part of the value, nor one a lambda or a class within returns.
     */
    @Test
    void marksTheCallAMethodReturns() {
        String text = """
                class R {
                    Resource<Service> service(String n) { return client.services().inNamespace(n).withName(n); }
                    Object made() { return new A(); }
                    Object two() { f(); return g(); }
                    Object parens() { return (h()); }
                    int sum(int a, int b) { return i(a) + j(b); }
                    R() { k(); }
                }
                """;
        String within = "class W { Object a = new Object() { Object x() { return y(); } }; Object z() { "
                + "java.util.function.Supplier<Object> s = () -> { return w(); }; return s; } Object v() { return u(); } }";
        for (SourceFile file : List.of(DeclarationReader.read(text), new JavaParserReader().read(text))) {
            assertEquals(List.of("withName service/1", "A made/0"), file.types().get(0).calls().stream()
                    .filter(c -> c.returns() != null)
                    .map(c -> (c.method().equals("new") ? c.scope() : c.method()) + " " + c.returns()).toList());
        }
        assertEquals(List.of("u v/0"), new JavaParserReader().read(within).types().get(0).calls().stream()
                .filter(c -> c.returns() != null).map(c -> c.method() + " " + c.returns()).toList());
    }

    /**
     * Both readers link an argument that is a call to it, by how many calls come between, and mark a variable that is
     * a parameter of a method of the type (a chain passed to a helper that works on it: kas-fleetshard, trial46 H1).
     */
    @Test
    void linksTheArgumentsThatAreCallsAndMarksTheParametersOfMethods() {
        String text = """
                class R {
                    static <T> T createOrUpdate(MixedOperation<T, ?, ?> resources, T resource) {
                        return resources.inNamespace(n(resource)).withName(resource.getMetadata().getName()).get();
                    }
                    void m(KubernetesClient client, Pod p) {
                        createOrUpdate(client.apps().deployments(), d(p));
                        f((client.pods()), g().h(k()), 1);
                    }
                    R(Foo foo) { super(foo.x()); }
                }
                """;
        for (SourceFile file : List.of(DeclarationReader.read(text), new JavaParserReader().read(text))) {
            List<TypeDecl.Call> calls = file.types().get(0).calls();
            // Not a call in parentheses, nor one within an argument that is no call.
            assertEquals(List.of("withName [3]", "inNamespace [1]", "createOrUpdate [1, 3]", "f [0, 2, 0]", "h [2]",
                    "super [1]"), calls.stream().filter(c -> c.arguments().stream().anyMatch(a -> a.call() != 0))
                    .map(c -> c.method() + " " + c.arguments().stream().map(TypeDecl.Argument::call).toList()).toList());
            assertEquals("deployments", calls.get(calls.indexOf(calls.stream().filter(c -> c.method()
                    .equals("createOrUpdate")).findFirst().orElseThrow()) + 1).method());
            // A constructor's parameter is not marked.
            assertEquals(List.of("inNamespace createOrUpdate/2#0", "getMetadata createOrUpdate/2#1", "apps m/2#0",
                    "pods m/2#0", "x null"), calls.stream().filter(c -> c.target() != null)
                    .map(c -> c.method() + " " + c.target().parameter()).toList());
            assertEquals(List.of("createOrUpdate/2#1", "m/2#1"), calls.stream().filter(c -> List.of("n", "d")
                    .contains(c.method())).map(c -> c.arguments().get(0).variable().parameter()).toList());
        }
        // A lambda's parameter is not, nor a method's of a class within; the method's is, in a lambda too.
        String within = "class L { void m(Op op) { list.forEach(x -> x.a(op.b())); "
                + "new Object() { void n(Op q) { q.c(); } }; } }";
        assertEquals(List.of("forEach null", "a null", "b m/1#0", "c null"), new JavaParserReader().read(within)
                .types().get(0).calls().stream().filter(c -> c.target() != null).map(c -> c.method() + " " + c.target().parameter()).toList());
    }

    /** Unicode escapes in string literals are translated first, as javac does (JLS 3.3), by both readers. */
    @Test
    void translatesUnicodeEscapesInStrings() {
        String text = "class A { String s = \"caf\\u00e9\", t = \"\\\\u0041\", u = \"a\\u005cnb\"; }";
        SourceFile file = DeclarationReader.read(text);
        assertEquals(new JavaParserReader().read(text), file);
        assertEquals(List.of("café", "\\u0041", "a\nb"), file.types().get(0).fields().stream()
                .map(f -> ((Expr.Literal) f.initializer()).value()).toList());
        assertNull(DeclarationReader.read("class A { String s = \"\\u00g1\"; }"));
        // Both readers translate escapes first, as javac does: several u's, and in names too.
        for (String escaped : List.of("class A { String s = \"\\uuu0041\"; }", "class \\u0041 { int \\u0062c; }")) {
            SourceFile taken = DeclarationReader.read(escaped);
            assertEquals(new JavaParserReader().read(escaped), taken);
            assertEquals("A", taken.types().get(0).name());
        }
        assertEquals("bc", DeclarationReader.read("class \\u0041 { int \\u0062c; }").types().get(0).fields().get(0)
                .name());
        assertEquals("A", ((Expr.Literal) DeclarationReader.read("class A { String s = \"\\uuu0041\"; }").types()
                .get(0).fields().get(0).initializer()).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "class A { int x = y -> 1; }",
        "class A { Runnable r = () -> f(); }",
        "class A { Object f = String::valueOf; }",
        "class A { { x = 1; } }",
        "class A { static { x = 1; } }",
        "class A { String s = \"\"\"\n  a\n  \"\"\"; }",
        "class A { void f() { if (x) return; } }",
        "class A { void f() { int y = 1; } }",
        "class A { void f() { x += 1; } }",
        "class A { void f() { super(); } }",
        "class A { A() { x(); super(); } }",
        "class A { A() { a.super(); } }",
        "class A { Object o = new Object() {}; }",
        "class A { int[] a = new int[1]; }",
        "class A { boolean b = o instanceof String; }",
        "class A { Object o = (String) x; }",
        "class A { int i = a[0]; }",
        "record R(int x) { R { } }",
        "enum E { A { }; }",
        "@interface A { int x() { } }",
        "@interface A { <T> int x(); }",
        "@interface A { int x(int y); }",
        "@interface A { A() {} }",
        "sealed class A permits B {}",
        "non-sealed class A {}",
        "class A { int x[]; }",
        "class A { void f(int x[]) {} }",
        "class A { ; }",
        "class A {", // syntax errors: JavaParser reports them
        "class A { int x = 1 }",
        "class A { int x = ; }",
        "class A { String s = \"unclosed; }",
        "class A { /* unclosed }",
        "class Größe {}",
        "\uFEFFclass A {}",
        "@Deprecated package a;",
        "module a {}",
        "class A { @A(f()) int x; }",
        "class A { <T> int x; }",
        "class A { java.util.@A List l; }",
        "class A { double d = 0x1p3; }",
        // literals javac and JavaParser reject
        "class A { int x = 1_; }",
        "class A { int x = 0x_1; }",
        "class A { double x = 1_e5; }",
        "class A { int x = 08; }",
        "class A { char c = 'ab'; }",
        "class A { char c = ''; }",
        "class A { char c = '\\q'; }",
        "class A { String s = \"\\q\"; }",
    })
    void leavesTheRest(String text) {
        assertNull(DeclarationReader.read(text), text);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether DeclarationReader took {@code text}; if it did, its records must equal JavaParserReader's. */
    private static boolean assertSameIfTaken(JavaParserReader oracle, String text, String where) {
        SourceFile actual = DeclarationReader.read(text);
        if (actual == null) {
            return false;
        }
        SourceFile expected;
        try {
            expected = oracle.read(text);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": taken, but JavaParserReader cannot read it", e);
        }
        if (!expected.equals(actual)) {
            fail(where + ": " + difference("file", expected, actual));
        }
        return true;
    }

    /** Where two records first differ, by record component and list index, for the failure's message. */
    private static String difference(String path, Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return null;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                String d = difference(path + "[" + i + "]", e.get(i), a.get(i));
                if (d != null) {
                    return d;
                }
            }
        } else if (expected != null && actual != null && expected.getClass() == actual.getClass()
                && expected instanceof Record) {
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                try {
                    String d = difference(path + "." + component.getName(), component.getAccessor().invoke(expected),
                            component.getAccessor().invoke(actual));
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException x) {
                    throw new IllegalStateException(x);
                }
            }
        }
        return path + "\n  expected: " + expected + "\n  actual:   " + actual;
    }
}
