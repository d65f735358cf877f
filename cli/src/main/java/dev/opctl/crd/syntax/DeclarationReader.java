package dev.opctl.crd.syntax;

import static dev.opctl.crd.syntax.JavaLexer.WORD;

import dev.opctl.crd.syntax.JavaLexer.OutsideSubset;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader for the part of Java that custom-resource types are written in, straight into opctl's
 * syntax records: several times faster and lighter than JavaParser, whose generated parser makes
 * objects for every token, space included, and whose size keeps the JIT compiler busy for most of
 * a short run. For every file it takes, its records equal {@link JavaParserReader}'s
 * ({@code SourceReadersTest} holds them equal on every Java file of the repository).
 *
 * <p>The subset: a package without annotations, imports, and classes, interfaces, enums (constants
 * without bodies), records and annotation types, with annotations, modifiers, type parameters,
 * fields (brackets after the type only: {@code int[] a}), methods and constructors. Method and
 * constructor bodies hold only {@code return}, assignments and method calls, the statements of
 * accessors and plain constructors, and a constructor may begin with {@code this(...)} or
 * {@code super(...)}. Expressions are those of {@link ExpressionReader}, types those of {@link
 * TypeReader}, tokens those of {@link JavaLexer}. Anything else, a syntax error included, makes
 * {@link #read} return null, and the caller reads the file with {@link JavaParserReader}: text
 * blocks, lambdas, anonymous and local classes, initializer blocks, compact record constructors,
 * enum constants with bodies, {@code sealed}, {@code int a[]}, local variables and other
 * statements, stray semicolons.
 *
 * <p>Not for use by several threads at once on one instance; {@link #read} makes its own.
 */
public final class DeclarationReader extends ExpressionReader {
    private DeclarationReader(JavaLexer lexer) {
        super(lexer);
    }

    /** The records of {@code text}, or null when it is outside the subset. */
    public static SourceFile read(String text) {
        try {
            return new DeclarationReader(JavaLexer.lex(UnicodeEscapes.translate(text))).file();
        } catch (OutsideSubset | IndexOutOfBoundsException | IllegalArgumentException e) {
            // IllegalArgumentException: a literal's value (Literals) that javac would reject
            return null;
        }
    }

    private SourceFile file() {
        String packageName = "";
        if (acceptWord("package")) {
            packageName = name();
            expect(";");
        }
        List<SourceFile.Import> imports = new ArrayList<>();
        while (isWord("import")) {
            int line = lines[pos++];
            boolean isStatic = acceptWord("static");
            String name = name();
            boolean onDemand = is(".") && isAt(pos + 1, "*");
            if (onDemand) {
                pos += 2;
            }
            expect(";");
            imports.add(new SourceFile.Import(name, isStatic, onDemand, line));
        }
        List<TypeDecl> types = new ArrayList<>(1);
        while (!atEnd()) {
            types.add(typeDeclaration(modifiers()));
        }
        return new SourceFile(packageName, imports, types, comments);
    }

    private boolean atRecord() {
        return isWord("record") && kinds[pos + 1] == WORD && (isAt(pos + 2, "(") || isAt(pos + 2, "<"));
    }

    private boolean atType() {
        return isWord("class") || isWord("interface") || isWord("enum") || atRecord()
                || is("@") && isWordAt(pos + 1, "interface");
    }

    /**
     * A class, interface, enum, record or annotation type, after its modifiers. Its calls are its
     * own, apart from its enclosing type's.
     */
    private TypeDecl typeDeclaration(Modifiers m) {
        if (!atType()) {
            throw outside();
        }
        List<TypeDecl.Call> enclosing = calls;
        calls = new ArrayList<>();
        boolean annotationType = is("@");
        String keyword = annotationType ? "@interface" : texts[pos];
        pos += annotationType ? 2 : 1;
        String name = identifier();
        Members members = new Members(annotationType ? null : name); // an annotation type has no constructors
        List<TypeDecl.TypeParameter> typeParameters = List.of();
        List<TypeExpr.ClassType> extended = List.of();
        List<TypeExpr.ClassType> implemented = List.of();
        List<TypeDecl.Param> components = List.of();
        List<TypeDecl.EnumConstant> constants = List.of();
        TypeDecl.Kind kind;
        switch (keyword) {
            case "class", "interface" -> {
                kind = keyword.equals("class") ? TypeDecl.Kind.CLASS : TypeDecl.Kind.INTERFACE;
                typeParameters = typeParameters();
                if (acceptWord("extends")) {
                    extended = kind == TypeDecl.Kind.CLASS ? List.of(classType(List.of())) : classTypes();
                }
                if (kind == TypeDecl.Kind.CLASS && acceptWord("implements")) {
                    implemented = classTypes();
                }
                classBody(members);
            }
            case "enum" -> {
                kind = TypeDecl.Kind.ENUM;
                implemented = implementsClause();
                expect("{");
                List<TypeDecl.Call> typeCalls = calls;
                calls = new ArrayList<>(); // JavaParser walks the members before the constants
                constants = new ArrayList<>();
                while (!is(";") && !is("}")) {
                    constants.add(enumConstant());
                    if (!accept(",")) {
                        break;
                    }
                }
                List<TypeDecl.Call> constantCalls = calls;
                calls = typeCalls;
                if (accept(";")) {
                    members(members);
                }
                expect("}");
                calls.addAll(constantCalls);
            }
            case "@interface" -> {
                kind = TypeDecl.Kind.ANNOTATION;
                expect("{");
                while (!is("}")) {
                    if (atEnd() || is(";") || is("{")) {
                        throw outside();
                    }
                    annotationMember(members);
                }
                expect("}");
            }
            default -> {
                kind = TypeDecl.Kind.RECORD;
                typeParameters = typeParameters();
                components = parameters();
                implemented = implementsClause();
                classBody(members);
            }
        }
        TypeDecl type = new TypeDecl(kind, name, m.modifiers, m.annotations, typeParameters, extended, implemented,
                members.fields, members.methods, members.constructors, components, constants, members.nested, calls,
                commentsBefore(m.begin), lines[m.begin]);
        calls = enclosing;
        return type;
    }

    private List<TypeExpr.ClassType> implementsClause() {
        if (!acceptWord("implements")) {
            return List.of();
        }
        return classTypes();
    }

    private TypeDecl.EnumConstant enumConstant() {
        int begin = pos;
        List<Annotation> annotations = new ArrayList<>(1);
        while (is("@")) {
            annotations.add(annotation());
        }
        String name = identifier();
        List<Expr> arguments = is("(") ? arguments() : List.of();
        if (is("{")) {
            throw outside(); // constant bodies
        }
        return new TypeDecl.EnumConstant(name, annotations, arguments, List.of(), commentsBefore(begin),
                lines[begin]);
    }

    /** The members of a type being read. */
    private static final class Members {
        final String typeName;
        final List<TypeDecl.Field> fields = new ArrayList<>();
        final List<TypeDecl.Method> methods = new ArrayList<>();
        final List<TypeDecl.Constructor> constructors = new ArrayList<>(1);
        final List<TypeDecl> nested = new ArrayList<>(1);

        Members(String typeName) {
            this.typeName = typeName;
        }
    }

    private void classBody(Members members) {
        expect("{");
        members(members);
        expect("}");
    }

    private void members(Members members) {
        while (!is("}")) {
            if (atEnd() || is(";") || is("{")) {
                throw outside(); // empty declarations and initializers
            }
            member(members);
        }
    }

    /** A field declaration (a field per variable), method, constructor or member type. */
    private void member(Members members) {
        Modifiers m = modifiers();
        if (atType()) {
            members.nested.add(typeDeclaration(m));
            return;
        }
        List<TypeDecl.TypeParameter> typeParameters = typeParameters();
        if (isWordAt(pos, members.typeName) && isAt(pos + 1, "(")) {
            pos++;
            List<TypeDecl.Param> parameters = parameters();
            throwsClause();
            read.code(null, parameters);
            Body body = body(true);
            read.code(null, List.of());
            members.constructors.add(new TypeDecl.Constructor(parameters, m.annotations, body.assignments,
                    body.delegation, lines[m.begin]));
            return;
        }
        boolean isVoid = acceptWord("void");
        TypeExpr type = isVoid ? new TypeExpr.Primitive("void") : type();
        String name = identifier();
        if (is("(")) {
            List<TypeDecl.Param> parameters = parameters();
            if (is("[")) {
                throw outside();
            }
            throwsClause();
            read.code(name + "/" + parameters.size(), parameters);
            Body body = accept(";") ? null : body(false);
            if (body != null && body.returned >= 0) {
                calls.set(body.returned, calls.get(body.returned).returning(name + "/" + parameters.size()));
            }
            read.code(null, List.of());
            members.methods.add(new TypeDecl.Method(name, typeParameters, type, parameters, m.modifiers,
                    m.annotations, body != null, body == null ? null : body.returns, commentsBefore(m.begin),
                    lines[m.begin], lines[pos - 1]));
            return;
        }
        if (!typeParameters.isEmpty() || isVoid) {
            throw outside();
        }
        List<Comment> comments = commentsBefore(m.begin);
        while (true) {
            if (is("[")) {
                throw outside(); // brackets after the name
            }
            Expr initializer = null;
            if (accept("=")) {
                int mark = calls.size();
                initializer = initializer();
                assigning(initializer, mark, name);
            }
            members.fields.add(new TypeDecl.Field(name, type, m.modifiers, m.annotations, initializer, comments,
                    lines[m.begin]));
            if (!accept(",")) {
                break;
            }
            name = identifier();
        }
        expect(";");
    }

    /**
     * An annotation type's member: an element ({@code String value() default "";}, which the
     * records do not keep), a field or a member type.
     */
    private void annotationMember(Members members) {
        int begin = pos;
        modifiers();
        if (!atType()) {
            type();
            identifier();
            if (accept("(")) {
                expect(")");
                if (acceptWord("default")) {
                    memberValue();
                }
                expect(";");
                return;
            }
        }
        pos = begin;
        member(members);
    }

    /** What a method's or constructor's body tells: what an accessor returns, a constructor's assignments. */
    private static final class Body {
        TypeDecl.Returns returns;
        final List<TypeDecl.Assignment> assignments = new ArrayList<>(2);
        /** The arguments of the constructor's {@code this(...)}, or null. */
        List<Expr> delegation;
        /** The index of the call a body of only {@code return call;} returns, else -1 ({@link TypeDecl.Call#returns}). */
        int returned = -1;
    }

    /**
     * A body of {@code return} statements, assignments and method calls; its calls go to {@link #calls}.
     * {@code returns} is set when the body is only {@code return x;}, {@code return this.x;} or
     * {@code return name();} (maybe lower- or upper-cased); a {@code switch} is left to JavaParser.
     */
    private Body body(boolean constructor) {
        Body body = new Body();
        expect("{");
        int statements = 0;
        while (!is("}")) {
            statements++;
            if (constructor && statements == 1 && (isWord("this") || isWord("super")) && isAt(pos + 1, "(")) {
                boolean delegates = isWord("this");
                List<Expr> arguments = call(calls.size(), pos, null, texts[pos++], false, false); // this(...) or super(...)
                body.delegation = delegates ? arguments : null;
                expect(";");
                continue;
            }
            if (acceptWord("return")) {
                int begin = pos;
                if (!is(";")) {
                    int mark = calls.size();
                    Expr value = expression();
                    if (statements == 1) {
                        body.returns = returns(value, begin);
                        body.returned = isCall(value, mark) ? mark : -1;
                    }
                }
                expect(";");
            } else if (isWord("this") || isWord("super") || isIdentifierAt(pos) || is("(")) { // (client).pods();
                int begin = pos;
                Expr target = primary();
                int end = pos;
                if (is("=") && (target instanceof Expr.Name || isAt(end - 2, ".") && isIdentifierAt(end - 1))) {
                    pos++;
                    int mark = calls.size();
                    Expr value = expression();
                    // JavaParserReader's fieldName: a name, or this.name
                    String field = target instanceof Expr.Name name ? name.name()
                            : end - begin == 3 && isWordAt(begin, "this") ? texts[begin + 2] : null;
                    if (field != null && value instanceof Expr.Name parameter) {
                        body.assignments.add(new TypeDecl.Assignment(field, parameter.name()));
                    }
                    if (field != null && (end - begin == 3
                            || read.parameters().stream().noneMatch(p -> p.name().equals(field)))) {
                        assigning(value, mark, field);
                    }
                } else if (!isAt(end - 1, ")")) {
                    throw outside(); // local variables and the rest; what ends in ')' here is a call
                }
                expect(";");
            } else {
                throw outside();
            }
        }
        expect("}");
        if (statements != 1) {
            body.returns = null;
            body.returned = -1;
        }
        return body;
    }

    /**
     * Marks the call read from {@code mark} as making the value of {@code field} ({@link TypeDecl.Call#field})
     * where {@code value} is that call, the outermost, put first.
     */
    private void assigning(Expr value, int mark, String field) {
        if (isCall(value, mark)) {
            calls.set(mark, calls.get(mark).assigning(field));
        }
    }

    /** Whether {@code value}, whose calls were read from {@code mark}, is a call: the outermost, put first. */
    private boolean isCall(Expr value, int mark) {
        return value instanceof Expr.Other && value.text().endsWith(")") && calls.size() > mark;
    }

    /** What {@code return value;} returns, {@code value} starting at token {@code begin} and ending before pos. */
    private TypeDecl.Returns returns(Expr value, int begin) {
        if (value instanceof Expr.Name name) { // as JavaParserReturns: a name, this.name, name() and its changes
            return new TypeDecl.Returns.FieldValue(name.name());
        }
        if (pos == begin + 3 && isWordAt(begin, "this") && isAt(begin + 1, ".")) {
            return new TypeDecl.Returns.FieldValue(texts[begin + 2]);
        }
        return TypeDecl.Returns.ConstantName.of(value.text());
    }
}
