package dev.opctl.crd.syntax;

import static dev.opctl.crd.syntax.JavaLexer.EOF;
import static dev.opctl.crd.syntax.JavaLexer.SYMBOL;
import static dev.opctl.crd.syntax.JavaLexer.WORD;

import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.syntax.JavaLexer.OutsideSubset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The first layer of {@link DeclarationReader}: a cursor over {@link JavaLexer}'s tokens, and the
 * reading of names, types, annotations, modifiers and parameters into records. Types in the subset
 * are primitive types, class types with scopes and type arguments (wildcards, type annotations
 * directly inside {@code <...>}) and arrays of them with brackets after the type; annotations
 * anywhere else in a type ({@code java.util.@A List}, {@code String @A []}) and on type parameters,
 * receiver parameters and brackets after a parameter's name leave it.
 */
abstract class TypeReader {
    /** Reserved words, and contextual ones JavaParser treats apart somewhere: outside the subset as names. */
    static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_",
            "record", "sealed", "permits", "yield", "var", "non", "module", "open", "when");

    /** The modifiers JavaParser knows, in the model ({@link Modifier}) or not. */
    static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "abstract", "transient", "volatile", "synchronized", "native", "strictfp", "default");

    static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double");

    final String text;
    final byte[] kinds;
    final String[] texts;
    final int[] starts;
    final int[] ends;
    final int[] lines;
    final int[] marks;
    final int count;
    final List<Comment> comments;
    /** The current token. */
    int pos;

    TypeReader(JavaLexer lexer) {
        text = lexer.text;
        kinds = lexer.kinds;
        texts = lexer.texts;
        starts = lexer.starts;
        ends = lexer.ends;
        lines = lexer.lines;
        marks = lexer.marks;
        count = lexer.count;
        comments = lexer.comments;
    }

    /** An annotation's value: an expression, an annotation or {@code {...}} of them. */
    abstract Expr memberValue();

    // ---- the cursor

    static OutsideSubset outside() {
        return OutsideSubset.INSTANCE;
    }

    final boolean is(String symbol) {
        return kinds[pos] == SYMBOL && texts[pos].equals(symbol);
    }

    final boolean isAt(int at, String symbol) {
        return at < count && kinds[at] == SYMBOL && texts[at].equals(symbol);
    }

    final boolean isWord(String word) {
        return kinds[pos] == WORD && texts[pos].equals(word);
    }

    final boolean isWordAt(int at, String word) {
        return at < count && kinds[at] == WORD && texts[at].equals(word);
    }

    final boolean isIdentifierAt(int at) {
        return at < count && kinds[at] == WORD && !RESERVED.contains(texts[at]);
    }

    final boolean atEnd() {
        return kinds[pos] == EOF;
    }

    final void expect(String symbol) {
        if (!accept(symbol)) {
            throw outside();
        }
    }

    /** Whether the token is the symbol {@code symbol}, stepping over it if so. */
    final boolean accept(String symbol) {
        if (is(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Whether the token is the word {@code word}, stepping over it if so. */
    final boolean acceptWord(String word) {
        if (isWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Whether token {@code at} directly follows the one before it (no space, as in {@code >>}). */
    final boolean adjacent(int at) {
        return starts[at] == ends[at - 1];
    }

    /** The source from the first character of token {@code first} to the last of token {@code last}. */
    final String source(int first, int last) {
        return text.substring(starts[first], ends[last]);
    }

    /** The comments between token {@code token} and the code token before it. */
    final List<Comment> commentsBefore(int token) {
        int from = token == 0 ? 0 : marks[token - 1];
        return from == marks[token] ? List.of() : comments.subList(from, marks[token]);
    }

    final String identifier() {
        if (!isIdentifierAt(pos)) {
            throw outside();
        }
        return texts[pos++];
    }

    /** A (qualified) name, as written without spaces: {@code a.b.C}. */
    final String name() {
        String name = identifier();
        while (is(".") && isIdentifierAt(pos + 1)) {
            name = name + "." + texts[pos + 1];
            pos += 2;
        }
        return name;
    }

    // ---- types

    /** A type: primitive or class, then array brackets. */
    final TypeExpr type() {
        TypeExpr type;
        if (kinds[pos] == WORD && PRIMITIVES.contains(texts[pos])) {
            type = new TypeExpr.Primitive(texts[pos++]);
        } else {
            type = classType(List.of());
        }
        while (is("[") && isAt(pos + 1, "]")) {
            pos += 2;
            type = new TypeExpr.ArrayOf(type);
        }
        return type;
    }

    /**
     * A class type; {@code annotations} (type annotations) went before it. JavaParser gives them to
     * the first name of a scoped type, whose scope the record does not keep: so {@code @A Map.Entry}
     * has none, as JavaParserReader reads it. Type arguments of a scope are dropped likewise.
     */
    final TypeExpr.ClassType classType(List<Annotation> annotations) {
        int begin = pos;
        if (is("@")) {
            throw outside(); // type annotations elsewhere
        }
        String name = identifier();
        List<TypeExpr> arguments = typeArguments();
        boolean scoped = false;
        while (is(".") && isIdentifierAt(pos + 1)) {
            name = name + "." + texts[pos + 1];
            pos += 2;
            arguments = typeArguments();
            scoped = true;
        }
        return new TypeExpr.ClassType(name, arguments, scoped ? List.of() : annotations, lines[begin]);
    }

    final List<TypeExpr.ClassType> classTypes() {
        List<TypeExpr.ClassType> types = new ArrayList<>(2);
        types.add(classType(List.of()));
        while (accept(",")) {
            types.add(classType(List.of()));
        }
        return types;
    }

    /** Type arguments, or null when there are none ({@code <>} gives an empty list). */
    private List<TypeExpr> typeArguments() {
        if (!accept("<")) {
            return null;
        }
        if (accept(">")) {
            return List.of(); // the diamond
        }
        List<TypeExpr> arguments = new ArrayList<>(2);
        do {
            if (accept("?")) {
                if (isWord("extends") || isWord("super")) {
                    boolean upper = texts[pos++].equals("extends");
                    arguments.add(new TypeExpr.Wildcard(referenceType(), upper));
                } else {
                    arguments.add(new TypeExpr.Wildcard(null, false));
                }
            } else if (is("@")) {
                List<Annotation> annotations = new ArrayList<>(1);
                while (is("@")) {
                    annotations.add(annotation());
                }
                arguments.add(classType(annotations));
                if (is("[")) {
                    throw outside();
                }
            } else {
                arguments.add(referenceType());
            }
        } while (accept(","));
        expect(">");
        return arguments;
    }

    private TypeExpr referenceType() {
        TypeExpr type = type();
        if (type instanceof TypeExpr.Primitive) {
            throw outside();
        }
        return type;
    }

    /** Type parameters with their first bounds ({@code <T extends A & B>}), none when there is no {@code <}. */
    final List<TypeDecl.TypeParameter> typeParameters() {
        if (!accept("<")) {
            return List.of();
        }
        List<TypeDecl.TypeParameter> parameters = new ArrayList<>(2);
        do {
            String name = identifier(); // an annotation here leaves the subset
            TypeExpr.ClassType bound = null;
            if (acceptWord("extends")) {
                bound = classType(List.of());
                while (accept("&")) {
                    classType(List.of());
                }
            }
            parameters.add(new TypeDecl.TypeParameter(name, bound));
        } while (accept(","));
        expect(">");
        return parameters;
    }

    // ---- annotations

    /** {@code @Name}, {@code @Name(value)} (the attribute {@code value}) or {@code @Name(a = x, b = y)}. */
    final Annotation annotation() {
        int begin = pos;
        expect("@");
        String name = name();
        if (!accept("(")) {
            return new Annotation(name, List.of(), lines[begin]);
        }
        List<Annotation.Attribute> attributes = new ArrayList<>(2);
        if (kinds[pos] == WORD && isAt(pos + 1, "=") && !(isAt(pos + 2, "=") && adjacent(pos + 2))) {
            do {
                String key = identifier();
                expect("=");
                attributes.add(new Annotation.Attribute(key, memberValue()));
            } while (accept(","));
        } else if (!is(")")) {
            attributes.add(new Annotation.Attribute("value", memberValue()));
        }
        expect(")");
        return new Annotation(name, attributes, lines[begin]);
    }

    // ---- modifiers

    /** A declaration's modifiers and annotations, in any order, and its first token. */
    static final class Modifiers {
        final Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        final List<Annotation> annotations = new ArrayList<>(2);
        final int begin;

        Modifiers(int begin) {
            this.begin = begin;
        }
    }

    final Modifiers modifiers() {
        Modifiers m = new Modifiers(pos);
        while (true) {
            if (kinds[pos] == WORD && MODIFIERS.contains(texts[pos])) {
                Modifier modifier = switch (texts[pos++]) {
                    case "public" -> Modifier.PUBLIC;
                    case "protected" -> Modifier.PROTECTED;
                    case "private" -> Modifier.PRIVATE;
                    case "static" -> Modifier.STATIC;
                    case "final" -> Modifier.FINAL;
                    case "abstract" -> Modifier.ABSTRACT;
                    case "transient" -> Modifier.TRANSIENT;
                    default -> null; // not the model's
                };
                if (modifier != null) {
                    m.modifiers.add(modifier);
                }
            } else if (is("@") && !isWordAt(pos + 1, "interface")) {
                m.annotations.add(annotation());
            } else {
                return m;
            }
        }
    }

    // ---- parameters

    /** {@code throws A, B}, if there: the records do not keep it. */
    final void throwsClause() {
        if (acceptWord("throws")) {
            classTypes();
        }
    }

    /** Parameters or record components, {@code (...)}; {@code T... a} has the type {@code T[]}. */
    final List<TypeDecl.Param> parameters() {
        expect("(");
        if (accept(")")) {
            return List.of();
        }
        List<TypeDecl.Param> parameters = new ArrayList<>(2);
        do {
            Modifiers m = modifiers();
            TypeExpr type = type();
            if (accept("...")) {
                type = new TypeExpr.ArrayOf(type);
            }
            if (isWord("this")) {
                throw outside(); // receiver parameters
            }
            String name = identifier();
            if (is("[")) {
                throw outside();
            }
            parameters.add(new TypeDecl.Param(name, type, m.annotations, commentsBefore(m.begin), lines[m.begin]));
        } while (accept(","));
        expect(")");
        return parameters;
    }
}
