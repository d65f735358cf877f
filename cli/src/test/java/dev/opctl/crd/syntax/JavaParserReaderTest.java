package dev.opctl.crd.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a file's text becomes syntax records, comments and expressions above all. */
class JavaParserReaderTest {
    private static SourceFile read(String text) {
        return new JavaParserReader().read(text);
    }

    private static List<String> comments(List<Comment> comments) {
        return comments.stream().map(c -> c.kind() + ":" + c.content().strip() + "@" + c.line()).toList();
    }

    @Test
    void aDeclarationsCommentsAreThoseBetweenTheCodeBeforeItAndItsFirstToken() {
        TypeDecl type = read("""
                package p;
                // before the class
                /** The class. */
                @A
                class T { // after the brace
                    /** Doc. */
                    // +listType=map
                    @B int a; // after a
                    /* one */ /* two */ int b;
                    int c;
                }
                """).types().get(0);
        assertEquals(List.of("LINE:before the class@2", "JAVADOC:The class.@3"), comments(type.comments()));
        assertEquals(4, type.line()); // its first token: the annotation
        assertEquals(List.of("LINE:after the brace@5", "JAVADOC:Doc.@6", "LINE:+listType=map@7"),
                comments(type.fields().get(0).comments()));
        assertEquals(List.of("LINE:after a@8", "BLOCK:one@9", "BLOCK:two@9"), comments(type.fields().get(1).comments()));
        assertEquals(List.of(), comments(type.fields().get(2).comments()));
    }

    @Test
    void everyCommentOfTheFileIsKeptInOrderCodeIncluded() {
        SourceFile file = read("""
                class T {
                    void f() {
                        // +opctl:rbac:groups=apps,resources=deployments,verbs=get
                        g(); /* trailing */
                    }
                }
                """);
        assertEquals(List.of("LINE:+opctl:rbac:groups=apps,resources=deployments,verbs=get@3", "BLOCK:trailing@4"),
                comments(file.comments()));
    }

    @Test
    void expressionsKeepTheirTextAndLiteralsTheirValues() {
        TypeDecl type = read("""
                @A(value = Limits.MAX + 1, text = "a\\tb", hex = 0xFFFFFFFF, f = (1.5), call = Groups.pick())
                class T {
                    static final long N = -2147483648;
                }
                """).types().get(0);
        Annotation a = type.annotations().get(0);
        Expr.Binary sum = (Expr.Binary) a.attribute("value").orElseThrow();
        assertEquals("Limits.MAX + 1", sum.text());
        assertEquals(new Expr.FieldAccess("Limits", "MAX", "Limits.MAX", 1), sum.left());
        assertEquals("a\tb", ((Expr.Literal) a.attribute("text").orElseThrow()).value());
        assertEquals(-1L, ((Expr.Literal) a.attribute("hex").orElseThrow()).value());
        assertEquals(1.5, ((Expr.Literal) ((Expr.Parenthesized) a.attribute("f").orElseThrow()).inner()).value());
        assertEquals(new Expr.Other("Groups.pick()", 1), a.attribute("call").orElseThrow());
        // 2147483648 is an int only after a minus: it is kept whole, so that the minus gives int's minimum.
        Expr.Unary minus = assertInstanceOf(Expr.Unary.class, type.fields().get(0).initializer());
        assertEquals(new Expr.Literal(2147483648L, "2147483648", 3), minus.operand());
    }

    @Test
    void callsBelongToTheTypeWhoseCodeTheyAreIn() {
        TypeDecl type = read("""
                class R {
                    Object o = List.of(Foo.class, 1);
                    void f() {
                        Runnable r = () -> UpdateControl.patchStatus(x());
                        class Local { void g() { h(); } }
                    }
                    static class Inner { void i() { j(); } }
                }
                """).types().get(0);
        assertEquals(List.of("List.of", "UpdateControl.patchStatus", "null.x", "null.h"),
                type.calls().stream().map(c -> c.scope() + "." + c.method()).toList());
        assertEquals("Foo", type.calls().get(0).classArguments().get(0).toString());
        assertNull(type.calls().get(0).classArguments().get(1));
        assertEquals(List.of("null.j"), type.nested().get(0).calls().stream().map(c -> c.scope() + "." + c.method())
                .toList());
    }

    @Test
    void argumentsKeepTheirStringsClassesAndMethodReferences() {
        TypeDecl type = read("""
                class R {
                    void f() {
                        c.withNamespaces("a", Set.of("b", "c"), List.of("d", x), Foo.class, NonDeletingOperation::patch,
                                ns, PatchType.SERVER_SIDE_APPLY, this.ns,
                                new Builder().withPatchType(PatchType.JSON_MERGE).build(a.b.c(), -b));
                    }
                }
                """).types().get(0);
        assertEquals(List.of(
                new TypeDecl.Argument(null, List.of("a"), null, List.of()),
                // A call is the call after its own among the type's calls, or as many after as come between.
                new TypeDecl.Argument(null, List.of("b", "c"), null, List.of()).calling(1),
                // A call on a name records the name: of a class, its method's return type is the value's.
                new TypeDecl.Argument(null, List.of(), null, List.of("x"), null,
                        new TypeDecl.Made(null, false, "of", 2, "List"), null, 2),
                new TypeDecl.Argument(type.calls().get(0).classArguments().get(3), List.of(), null, List.of()),
                new TypeDecl.Argument(null, List.of(), "NonDeletingOperation::patch", List.of()),
                new TypeDecl.Argument(null, List.of(), null, List.of("ns"), new TypeDecl.Variable("ns", false, null), null, null,
                        0),
                // A qualified name is a variable too, never a local one: a field of a type, a constant.
                new TypeDecl.Argument(null, List.of(), null, List.of("PatchType.SERVER_SIDE_APPLY"),
                        new TypeDecl.Variable("PatchType.SERVER_SIDE_APPLY", false, null), null, null, 0),
                TypeDecl.Argument.NONE,
                // A call on another call's value keeps only its name: no declaration says what it returns.
                new TypeDecl.Argument(null, List.of(), null, List.of("PatchType.JSON_MERGE", "b"), null,
                        TypeDecl.Made.onValue("build", 2), null, 3)),
                type.calls().get(0).arguments());
        assertEquals("Foo", type.calls().get(0).classArguments().get(3).toString());
    }

    @Test
    void anArgumentThatMayBeAConstantExpressionIsKeptWhole() {
        TypeDecl type = read("""
                class R {
                    void f() {
                        c.g(A + "/" + B.C, (String) (x ? "a" : B), -1, A + b(), "a", A, new Builder().d(A + B).build());
                    }
                }
                """).types().get(0);
        assertEquals(List.of("A + \"/\" + B.C", "(String) (x ? \"a\" : B)", "-1", "null", "null", "null", "null"),
                type.calls().get(0).arguments().stream().map(a -> String.valueOf(a.operation() == null ? null
                        : a.operation().text())).toList());
        assertEquals(List.of("A + B"), type.calls().stream().filter(c -> c.method().equals("d"))
                .map(c -> c.arguments().get(0).operation().text()).toList());
    }

    @Test
    void aNameGivenAsAnArgumentIsTheVariableInScope() {
        TypeDecl type = read("""
                class R {
                    Secret field;
                    void f(Pod p, int... n) {
                        ConfigMap c = null;
                        var v = c;
                        g(p, n, c, v, field);
                        for (Service s : services()) { g(s); }
                        try (Lease l = lease()) { g(l); } catch (E | F e) { g(e); }
                        if (o instanceof Node node) { g(node); } else { g(node); }
                        list().forEach(i -> g(i));
                        Runnable r = () -> { Job c2 = null; g(c2, c); };
                        { Deployment c = null; } g(c);
                        switch (k) { case 1: Ingress c3 = null; g(c3); }
                        new Object() { void h(Role p) { g(p); } };
                    }
                }
                """).types().get(0);
        List<String> variables = type.calls().stream().flatMap(c -> c.arguments().stream())
                .map(TypeDecl.Argument::variable).filter(java.util.Objects::nonNull)
                .map(v -> v.name() + (v.local() ? ":" + v.type() : "")).toList();
        assertEquals(List.of("p:Pod", "n:int[]", "c:ConfigMap", "v:null", "field", "s:Service", "l:Lease",
                "e:E|F", "node:Node", "node", "i:null", "c2:Job", "c:ConfigMap", "c:ConfigMap", "c3:Ingress",
                "p:Role"), variables);
    }

    @Test
    void howAnArgumentIsMadeSaysItsTypeWhereItCan() {
        TypeDecl type = read("""
                class R {
                    void f(Object o) {
                        var v = new ConfigMapBuilder().withNewMetadata().endMetadata().build();
                        var w = desired(o);
                        var n = 1;
                        g(new Secret(), (Service) o, (int) 1L, new DeploymentBuilder(d).build(), v, w, n);
                        g(desired(o, 1), this.desired(), R.this.desired(), super.desired(), a.desired(), (desired()));
                        g(new PodBuilder().build().toBuilder().build(), new Pod().build(), new JobBuilder().build(1));
                        g(new Object() { }, new Box<>(), new a.b.LeaseBuilder().withX(1).build());
                    }
                }
                """).types().get(0);
        List<String> made = type.calls().stream().filter(c -> c.method().equals("g"))
                .flatMap(c -> c.arguments().stream()).map(a -> a.variable() != null
                        ? a.variable().name() + "=" + made(a.variable().made()) : made(a.made())).toList();
        assertEquals(List.of("new Secret", "new Service", "-", "DeploymentBuilder.build()", "v=ConfigMapBuilder.build()",
                "w=desired/1", "n=-",
                "desired/2", "desired/0", "-", "-", "a.desired/0", "-",
                "?.build/0", "?.build/0", "?.build/1",
                "new Object", "new Box<>", "a.b.LeaseBuilder.build()"), made);
    }

    private static String made(TypeDecl.Made made) {
        return made == null ? "-" : made.method() != null
                ? (made.onValue() ? "?." : made.scope() == null ? "" : made.scope() + ".") + made.method() + "/"
                        + made.arity()
                : made.built() ? made.type() + ".build()" : "new " + made.type(); // a cast's too
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        JavaParserReader.SyntaxError error = assertThrows(JavaParserReader.SyntaxError.class,
                () -> read("class A {\n  int x = 1\n}\n"));
        assertEquals(2, error.line());
        assertEquals("unexpected \"}\" (is a ';' missing before it?)", error.getMessage());
    }

    @Test
    void readsJava21sGrammarAndLeavesWhatOnlyALanguageLevelForbidsToJavac() {
        // yield needs a Java 14 grammar; an unnamed variable is Java 22's, which JavaParser's validators refuse.
        SourceFile file = read("""
                enum E {
                    A, B;

                    void unnamed() {
                        int _ = 1;
                    }

                    String value() {
                        return switch (this) {
                            case A -> {
                                yield "a";
                            }
                            default -> "b";
                        };
                    }
                }
                """);
        TypeDecl.Returns returns = file.types().get(0).methods().get(1).returns();
        TypeDecl.Returns.PerConstant perConstant = assertInstanceOf(TypeDecl.Returns.PerConstant.class, returns);
        assertEquals(List.of("A"), List.copyOf(perConstant.values().keySet()));
        assertEquals("\"a\"", perConstant.values().get("A").text());
    }

    @Test
    void aLiteralJavacRejectsIsASyntaxErrorNotACrash() {
        JavaParserReader.SyntaxError tooLarge = assertThrows(JavaParserReader.SyntaxError.class,
                () -> read("class A {\n  int x = 99999999999;\n}\n"));
        assertEquals(2, tooLarge.line());
        assertEquals("invalid literal 99999999999 (integer number too large: 99999999999)", tooLarge.getMessage());
        JavaParserReader.SyntaxError escape = assertThrows(JavaParserReader.SyntaxError.class,
                () -> read("class A {\n  String s = \"\\u005c\";\n}\n"));
        // javac translates \u005c to a backslash first, which leaves the string open.
        assertEquals(2, escape.line());
        assertEquals("a character that cannot start a token, or a string or comment left open, at column 18",
                escape.getMessage());
    }

    @Test
    void syntaxErrorsSayWhatWasFoundNotEveryTokenTheGrammarAllows() {
        assertEquals("unexpected \"{\"", JavaParserReader.plain("Parse error. Found \"{\", expected one of  \")\" "
                + "\"@\" \"abstract\" \"boolean\" \"byte\" <IDENTIFIER>"));
        assertEquals("unexpected \"class\", expected \";\" or <IDENTIFIER>", JavaParserReader.plain(
                "Parse error. Found \"class\", expected one of  \";\" <IDENTIFIER>"));
        assertEquals("a character that cannot start a token, or a string or comment left open, at column 16",
                JavaParserReader.plain("Lexical error at line 3, column 16.  Encountered: \"\\n\" (10), after : \"\""));
        assertEquals("something else", JavaParserReader.plain("something else"));
        // One token expected, no "one of": a '(' after a field's name is a ';' missing before the next member.
        assertEquals("unexpected \"@\", expected \"(\" (is a ';' missing before it?)",
                JavaParserReader.plain("Parse error. Found \"@\", expected \"(\""));
    }
}
