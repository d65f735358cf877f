package dev.opctl.crd;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parser for the part of Java that custom-resource types are written in, which builds the very
 * tree JavaParser builds for the same text: the same nodes, ranges and attributed comments. It is
 * several times faster and lighter than JavaParser, whose generated parser makes objects for every
 * token, space included, and whose size keeps the JIT compiler busy for most of a short run.
 *
 * <p>The subset: package, imports, classes, interfaces, enums and records with annotations,
 * modifiers, type parameters, fields with constant-like initializers, methods without bodies or
 * with the bodies of plain accessors ({@code return x;}, {@code this.x = x;}). Anything else, a
 * syntax error included, makes {@link #parse} return {@code null}, and the caller parses the file
 * with JavaParser. {@code DeclarationParserTest} holds the two trees equal, node by node, on every
 * Java file of opctl's corpora and samples.
 */
final class DeclarationParser {
    /** Thrown where the text leaves the subset. */
    private static final class OutsideSubset extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutsideSubset() {
            super(null, null, false, false);
        }
    }

    private static final OutsideSubset OUTSIDE = new OutsideSubset();

    private static final byte WORD = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte CHAR = 5;
    private static final byte STRING = 6;
    private static final byte SYMBOL = 7;
    private static final byte EOF = 8;

    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_",
            // contextual words JavaParser treats apart somewhere; outside the subset as names
            "record", "sealed", "permits", "yield", "var", "non", "module", "open", "when");

    private static final Map<String, Modifier.Keyword> MODIFIERS = Map.ofEntries(
            Map.entry("public", Modifier.Keyword.PUBLIC), Map.entry("protected", Modifier.Keyword.PROTECTED),
            Map.entry("private", Modifier.Keyword.PRIVATE), Map.entry("static", Modifier.Keyword.STATIC),
            Map.entry("final", Modifier.Keyword.FINAL), Map.entry("abstract", Modifier.Keyword.ABSTRACT),
            Map.entry("transient", Modifier.Keyword.TRANSIENT), Map.entry("volatile", Modifier.Keyword.VOLATILE),
            Map.entry("synchronized", Modifier.Keyword.SYNCHRONIZED), Map.entry("native", Modifier.Keyword.NATIVE),
            Map.entry("strictfp", Modifier.Keyword.STRICTFP));

    private static final Map<String, PrimitiveType.Primitive> PRIMITIVES = Map.of(
            "boolean", PrimitiveType.Primitive.BOOLEAN, "byte", PrimitiveType.Primitive.BYTE,
            "char", PrimitiveType.Primitive.CHAR, "short", PrimitiveType.Primitive.SHORT,
            "int", PrimitiveType.Primitive.INT, "long", PrimitiveType.Primitive.LONG,
            "float", PrimitiveType.Primitive.FLOAT, "double", PrimitiveType.Primitive.DOUBLE);

    /** Binary operators by precedence, loosest first, as JavaParser's grammar nests them. */
    private static final List<Map<String, BinaryExpr.Operator>> BINARY = List.of(
            Map.of("||", BinaryExpr.Operator.OR),
            Map.of("&&", BinaryExpr.Operator.AND),
            Map.of("|", BinaryExpr.Operator.BINARY_OR),
            Map.of("^", BinaryExpr.Operator.XOR),
            Map.of("&", BinaryExpr.Operator.BINARY_AND),
            Map.of("==", BinaryExpr.Operator.EQUALS, "!=", BinaryExpr.Operator.NOT_EQUALS),
            Map.of("<", BinaryExpr.Operator.LESS, ">", BinaryExpr.Operator.GREATER,
                    "<=", BinaryExpr.Operator.LESS_EQUALS, ">=", BinaryExpr.Operator.GREATER_EQUALS),
            Map.of("<<", BinaryExpr.Operator.LEFT_SHIFT, ">>", BinaryExpr.Operator.SIGNED_RIGHT_SHIFT,
                    ">>>", BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT),
            Map.of("+", BinaryExpr.Operator.PLUS, "-", BinaryExpr.Operator.MINUS),
            Map.of("*", BinaryExpr.Operator.MULTIPLY, "/", BinaryExpr.Operator.DIVIDE,
                    "%", BinaryExpr.Operator.REMAINDER));


    private final String text;
    // The tokens: kind, text, and the positions of their first and last characters.
    private byte[] kinds;
    private String[] texts;
    private int[] starts;
    private int[] lines;
    private int[] columns;
    private int[] endLines;
    private int[] endColumns;
    private int count;
    // Made when a node first needs them, then shared (see range()).
    private Position[] begins;
    private Position[] ends;
    private Range[] tokenRanges;
    private final List<Comment> comments = new ArrayList<>();
    // Where the text's last character is: the compilation unit ends there.
    private int lastLine;
    private int lastColumn;
    private int pos;

    private DeclarationParser(String text) {
        this.text = text;
        int capacity = 16 + text.length() / 4; // about a token per four characters
        kinds = new byte[capacity];
        texts = new String[capacity];
        starts = new int[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
        endLines = new int[capacity];
        endColumns = new int[capacity];
    }

    /**
     * The tree JavaParser would give for {@code text} with {@link SourceIndex#configuration()}, its
     * comments attributed, or {@code null} when the text is outside the subset.
     */
    static CompilationUnit parse(String text) {
        DeclarationParser parser = new DeclarationParser(text);
        CompilationUnit unit;
        try {
            parser.lex();
            unit = parser.compilationUnit();
        } catch (OutsideSubset | IndexOutOfBoundsException e) {
            return null;
        }
        CommentAttribution.attribute(unit, parser.comments);
        return unit;
    }

    // ---- the lexer

    private void lex() {
        String s = text;
        int n = s.length();
        if (n == 0 || s.charAt(0) == '\uFEFF') {
            throw OUTSIDE;
        }
        int i = 0;
        int line = 1;
        int column = 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                    column++;
                }
                lastLine = line;
                lastColumn = column;
                i++;
                line++;
                column = 1;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                lastLine = line;
                lastColumn = column;
                i++;
                column++;
                continue;
            }
            int start = i;
            if (c == '/' && i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*')) {
                int beginLine = line;
                int beginColumn = column;
                Comment comment;
                if (s.charAt(i + 1) == '/') {
                    int end = i + 2;
                    while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                        end++;
                    }
                    comment = new LineComment(null, s.substring(i + 2, end));
                    column += end - i;
                    i = end;
                } else {
                    int close = s.indexOf("*/", i + 2);
                    if (close < 0) {
                        throw OUTSIDE;
                    }
                    boolean javadoc = s.startsWith("/**", i) && close > i + 2;
                    comment = javadoc ? new JavadocComment(null, s.substring(i + 3, close))
                            : new BlockComment(null, s.substring(i + 2, close));
                    for (int k = i; k < close + 1; k++) {
                        char d = s.charAt(k);
                        if (d == '\n' || d == '\r' && (k + 1 >= n || s.charAt(k + 1) != '\n')) {
                            line++;
                            column = 1;
                        } else {
                            column++;
                        }
                    }
                    i = close + 2;
                    column++;
                }
                comment.setRange(new Range(new Position(beginLine, beginColumn), new Position(line, column - 1)));
                lastLine = line;
                lastColumn = column - 1;
                comments.add(comment);
                continue;
            }
            byte kind;
            if (c < 128 && Character.isJavaIdentifierStart(c)) {
                while (i < n && isIdentifierPart(s.charAt(i))) {
                    i++;
                }
                kind = WORD;
            } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && s.charAt(i + 1) >= '0'
                    && s.charAt(i + 1) <= '9') {
                i = number(i);
                char suffix = s.charAt(i - 1);
                boolean decimal = !(s.startsWith("0x", start) || s.startsWith("0X", start));
                if (suffix == 'l' || suffix == 'L') {
                    kind = LONG;
                } else if (decimal && (suffix == 'f' || suffix == 'F' || suffix == 'd' || suffix == 'D'
                        || s.substring(start, i).chars().anyMatch(ch -> ch == '.' || ch == 'e' || ch == 'E'))) {
                    kind = DOUBLE;
                } else {
                    kind = INT;
                }
            } else if (c == '"' || c == '\'') {
                if (s.startsWith("\"\"\"", i)) {
                    throw OUTSIDE; // text blocks span lines
                }
                i++;
                while (s.charAt(i) != c) {
                    char d = s.charAt(i);
                    if (d == '\n' || d == '\r') {
                        throw OUTSIDE;
                    }
                    i += d == '\\' ? 2 : 1;
                }
                i++;
                kind = c == '"' ? STRING : CHAR;
            } else if (c == '\\' || c > 127) {
                throw OUTSIDE; // Unicode escapes and non-ASCII names
            } else {
                i += symbolLength(s, i);
                kind = SYMBOL;
            }
            add(kind, s.substring(start, i), start, line, column, line, column + i - start - 1);
            lastLine = line;
            lastColumn = column + i - start - 1;
            column += i - start;
        }
        add(EOF, "", n, line, column, line, column);
        begins = new Position[count];
        ends = new Position[count];
        tokenRanges = new Range[count];
    }

    /**
     * The length of the operator or separator at {@code i}. {@code >} is always one character long
     * (the parser puts {@code >>} and {@code >=} back together), so that type arguments close alike.
     */
    private static int symbolLength(String s, int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        return switch (c) {
            case '.' -> next == '.' && i + 2 < s.length() && s.charAt(i + 2) == '.' ? 3 : 1;
            case '<' -> next == '<' || next == '=' ? 2 : 1;
            case '-' -> next == '>' || next == '-' || next == '=' ? 2 : 1;
            case ':' -> next == ':' ? 2 : 1;
            case '&', '|', '+' -> next == c || next == '=' ? 2 : 1;
            case '=', '!', '*', '/', '^', '%' -> next == '=' ? 2 : 1;
            default -> 1;
        };
    }

    private static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    /** The end of the number literal that starts at {@code i}. */
    private int number(int i) {
        String s = text;
        int n = s.length();
        if (s.startsWith("0x", i) || s.startsWith("0X", i) || s.startsWith("0b", i) || s.startsWith("0B", i)) {
            i += 2;
            while (i < n && (Character.digit(s.charAt(i), 16) >= 0 || s.charAt(i) == '_')) {
                i++;
            }
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
                throw OUTSIDE; // hexadecimal floating point
            }
        } else {
            i = digits(i);
            if (i < n && s.charAt(i) == '.' && !(i + 1 < n && s.charAt(i + 1) == '.')) {
                i = digits(i + 1);
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                i = digits(i);
            }
        }
        if (i < n && "lLfFdD".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i < n && (isIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) {
            throw OUTSIDE;
        }
        return i;
    }

    private int digits(int i) {
        while (i < text.length() && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private void add(byte kind, String image, int start, int line, int column, int endLine, int endColumn) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            texts = Arrays.copyOf(texts, size);
            starts = Arrays.copyOf(starts, size);
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
            endLines = Arrays.copyOf(endLines, size);
            endColumns = Arrays.copyOf(endColumns, size);
        }
        kinds[count] = kind;
        texts[count] = image;
        starts[count] = start;
        lines[count] = line;
        columns[count] = column;
        endLines[count] = endLine;
        endColumns[count] = endColumn;
        count++;
    }

    // ---- token helpers

    private boolean is(String symbol) {
        return kinds[pos] == SYMBOL && texts[pos].equals(symbol);
    }

    private boolean isAt(int at, String symbol) {
        return at < count && kinds[at] == SYMBOL && texts[at].equals(symbol);
    }

    private boolean isWord(String word) {
        return kinds[pos] == WORD && texts[pos].equals(word);
    }

    private void expect(String symbol) {
        if (!is(symbol)) {
            throw OUTSIDE;
        }
        pos++;
    }

    private void expectWord(String word) {
        if (!isWord(word)) {
            throw OUTSIDE;
        }
        pos++;
    }

    /** Whether the token at {@code at} directly follows the one before it (no space, as in {@code >>}). */
    private boolean adjacent(int at) {
        return starts[at] == starts[at - 1] + texts[at - 1].length();
    }

    private boolean isIdentifier() {
        return kinds[pos] == WORD && !RESERVED.contains(texts[pos]);
    }

    /**
     * The range from the first character of token {@code first} to the last of {@code lastToken}.
     * Positions and ranges are immutable, so nodes share them: a tree of a thousand files is
     * hundreds of thousands of objects fewer to allocate and for the garbage collector to copy.
     */
    private Range range(int first, int lastToken) {
        if (first == lastToken && tokenRanges[first] != null) {
            return tokenRanges[first];
        }
        Range range = new Range(begin(first), end(lastToken));
        if (first == lastToken) {
            tokenRanges[first] = range;
        }
        return range;
    }

    private Position begin(int token) {
        return position(begins, lines, columns, token);
    }

    private Position end(int token) {
        return position(ends, endLines, endColumns, token);
    }

    private static Position position(Position[] made, int[] lines, int[] columns, int token) {
        if (made[token] == null) {
            made[token] = new Position(lines[token], columns[token]);
        }
        return made[token];
    }

    private <N extends Node> N ranged(N node, int first) {
        node.setRange(range(first, pos - 1));
        return node;
    }

    private <N extends Node> N ranged(N node, Node first) {
        node.setRange(new Range(first.getRange().get().begin, end(pos - 1)));
        return node;
    }

    private SimpleName simpleName() {
        if (!isIdentifier()) {
            throw OUTSIDE;
        }
        return ranged(new SimpleName(null, texts[pos++]), pos - 1);
    }

    private Name name() {
        int begin = pos;
        if (!isIdentifier()) {
            throw OUTSIDE;
        }
        Name name = ranged(new Name(null, null, texts[pos++]), begin);
        while (is(".") && kinds[pos + 1] == WORD && !RESERVED.contains(texts[pos + 1])) {
            pos += 2;
            name = ranged(new Name(null, name, texts[pos - 1]), begin);
        }
        return name;
    }

    // ---- declarations

    private CompilationUnit compilationUnit() {
        PackageDeclaration packageDeclaration = null;
        if (isWord("package")) {
            int begin = pos++;
            Name name = name();
            expect(";");
            packageDeclaration = ranged(new PackageDeclaration(null, new NodeList<>(), name), begin);
        }
        NodeList<ImportDeclaration> imports = new NodeList<>();
        while (isWord("import")) {
            int begin = pos++;
            boolean isStatic = false;
            if (isWord("static")) {
                pos++;
                isStatic = true;
            }
            Name name = name();
            boolean asterisk = false;
            if (is(".") && isAt(pos + 1, "*")) {
                pos += 2;
                asterisk = true;
            }
            expect(";");
            imports.add(ranged(new ImportDeclaration(null, name, isStatic, asterisk), begin));
        }
        NodeList<TypeDeclaration<?>> types = new NodeList<>();
        while (kinds[pos] != EOF) {
            types.add(typeDeclaration(modifiers()));
        }
        CompilationUnit unit = new CompilationUnit(null, packageDeclaration, imports, types, null);
        unit.setRange(new Range(new Position(1, 1), new Position(lastLine, lastColumn)));
        return unit;
    }

    private record Modifiers(NodeList<Modifier> modifiers, NodeList<AnnotationExpr> annotations, int begin) {
    }

    private Modifiers modifiers() {
        NodeList<Modifier> modifiers = new NodeList<>();
        NodeList<AnnotationExpr> annotations = new NodeList<>();
        int begin = pos;
        while (true) {
            if (kinds[pos] == WORD && MODIFIERS.containsKey(texts[pos])) {
                modifiers.add(ranged(new Modifier(null, MODIFIERS.get(texts[pos++])), pos - 1));
            } else if (is("@") && !(kinds[pos + 1] == WORD && texts[pos + 1].equals("interface"))) {
                annotations.add(annotation());
            } else {
                break;
            }
        }
        return new Modifiers(modifiers, annotations, pos == begin ? -1 : begin);
    }

    private boolean atRecord() {
        return isWord("record") && kinds[pos + 1] == WORD && (isAt(pos + 2, "(") || isAt(pos + 2, "<"));
    }

    private TypeDeclaration<?> typeDeclaration(Modifiers m) {
        int begin = m.begin() >= 0 ? m.begin() : pos;
        if (isWord("class") || isWord("interface")) {
            boolean isInterface = texts[pos++].equals("interface");
            SimpleName name = simpleName();
            NodeList<TypeParameter> typeParameters = typeParameters();
            NodeList<ClassOrInterfaceType> extended = new NodeList<>();
            NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
            if (isWord("extends")) {
                pos++;
                extended.add(classType());
                while (isInterface && is(",")) {
                    pos++;
                    extended.add(classType());
                }
            }
            if (!isInterface && isWord("implements")) {
                pos++;
                implemented = typeList();
            }
            NodeList<BodyDeclaration<?>> members = classBody(name.getIdentifier());
            return ranged(new ClassOrInterfaceDeclaration(null, m.modifiers(), m.annotations(), isInterface, name,
                    typeParameters, extended, implemented, new NodeList<>(), members), begin);
        }
        if (isWord("enum")) {
            pos++;
            SimpleName name = simpleName();
            NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
            if (isWord("implements")) {
                pos++;
                implemented = typeList();
            }
            expect("{");
            NodeList<EnumConstantDeclaration> entries = new NodeList<>();
            while (!is(";") && !is("}")) {
                entries.add(enumConstant());
                if (!is(",")) {
                    break;
                }
                pos++;
            }
            NodeList<BodyDeclaration<?>> members = new NodeList<>();
            if (is(";")) {
                pos++;
                members = members(name.getIdentifier());
            }
            expect("}");
            return ranged(new EnumDeclaration(null, m.modifiers(), m.annotations(), name, implemented, entries,
                    members), begin);
        }
        if (atRecord()) {
            pos++;
            SimpleName name = simpleName();
            NodeList<TypeParameter> typeParameters = typeParameters();
            NodeList<Parameter> parameters = parameters();
            NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
            if (isWord("implements")) {
                pos++;
                implemented = typeList();
            }
            NodeList<BodyDeclaration<?>> members = classBody(name.getIdentifier());
            return ranged(new RecordDeclaration(null, m.modifiers(), m.annotations(), name, parameters,
                    typeParameters, implemented, members, null), begin);
        }
        throw OUTSIDE;
    }

    private NodeList<ClassOrInterfaceType> typeList() {
        NodeList<ClassOrInterfaceType> types = new NodeList<>();
        types.add(classType());
        while (is(",")) {
            pos++;
            types.add(classType());
        }
        return types;
    }

    private EnumConstantDeclaration enumConstant() {
        int begin = pos;
        NodeList<AnnotationExpr> annotations = new NodeList<>();
        while (is("@")) {
            annotations.add(annotation());
        }
        SimpleName name = simpleName();
        NodeList<Expression> arguments = new NodeList<>();
        if (is("(")) {
            arguments = arguments();
        }
        if (is("{")) {
            throw OUTSIDE; // constant bodies
        }
        return ranged(new EnumConstantDeclaration(null, annotations, name, arguments, new NodeList<>()), begin);
    }

    private NodeList<BodyDeclaration<?>> classBody(String typeName) {
        expect("{");
        NodeList<BodyDeclaration<?>> members = members(typeName);
        expect("}");
        return members;
    }

    private NodeList<BodyDeclaration<?>> members(String typeName) {
        NodeList<BodyDeclaration<?>> members = new NodeList<>();
        while (!is("}")) {
            if (kinds[pos] == EOF || is(";") || is("{")) {
                throw OUTSIDE; // empty declarations and initializers
            }
            members.add(member(typeName));
        }
        return members;
    }

    private BodyDeclaration<?> member(String typeName) {
        Modifiers m = modifiers();
        int begin = m.begin() >= 0 ? m.begin() : pos;
        if (isWord("class") || isWord("interface") || isWord("enum") || atRecord()) {
            return typeDeclaration(m);
        }
        NodeList<TypeParameter> typeParameters = typeParameters();
        if (kinds[pos] == WORD && texts[pos].equals(typeName) && isAt(pos + 1, "(")) {
            SimpleName name = simpleName();
            NodeList<Parameter> parameters = parameters();
            NodeList<ReferenceType> thrown = throwsClause();
            BlockStmt body = block();
            return ranged(new ConstructorDeclaration(null, m.modifiers(), m.annotations(), typeParameters, name,
                    parameters, thrown, body, null), begin);
        }
        int typeBegin = pos;
        Type type = isWord("void") ? ranged(new VoidType(null), pos++) : type();
        SimpleName name = simpleName();
        if (is("(")) {
            NodeList<Parameter> parameters = parameters();
            if (is("[")) {
                throw OUTSIDE;
            }
            NodeList<ReferenceType> thrown = throwsClause();
            BlockStmt body = null;
            if (is(";")) {
                pos++;
            } else {
                body = block();
            }
            return ranged(new MethodDeclaration(null, m.modifiers(), m.annotations(), typeParameters, type, name,
                    parameters, thrown, body, null), begin);
        }
        if (!typeParameters.isEmpty() || type instanceof VoidType) {
            throw OUTSIDE;
        }
        NodeList<VariableDeclarator> variables = new NodeList<>();
        while (true) {
            int declaratorBegin = pos - 1;
            if (is("[")) {
                throw OUTSIDE; // brackets after the name
            }
            Expression initializer = null;
            if (is("=")) {
                pos++;
                initializer = is("{") ? arrayInitializer() : expression();
            }
            variables.add(ranged(new VariableDeclarator(null, type, name, initializer), declaratorBegin));
            if (!is(",")) {
                break;
            }
            pos++;
            int resume = pos;
            pos = typeBegin;
            type = type(); // JavaParser gives every variable a type node of its own
            pos = resume;
            name = simpleName();
        }
        expect(";");
        return ranged(new FieldDeclaration(null, m.modifiers(), m.annotations(), variables),
                m.begin() >= 0 ? m.begin() : typeBegin);
    }

    private NodeList<ReferenceType> throwsClause() {
        NodeList<ReferenceType> thrown = new NodeList<>();
        if (isWord("throws")) {
            pos++;
            thrown.add(classType());
            while (is(",")) {
                pos++;
                thrown.add(classType());
            }
        }
        return thrown;
    }

    private NodeList<Parameter> parameters() {
        expect("(");
        NodeList<Parameter> parameters = new NodeList<>();
        while (!is(")")) {
            Modifiers m = modifiers();
            int begin = m.begin() >= 0 ? m.begin() : pos;
            Type type = type();
            boolean varArgs = false;
            if (is("...")) {
                pos++;
                varArgs = true;
            }
            if (isWord("this")) {
                throw OUTSIDE; // receiver parameters
            }
            SimpleName name = simpleName();
            if (is("[")) {
                throw OUTSIDE;
            }
            parameters.add(ranged(new Parameter(null, m.modifiers(), m.annotations(), type, varArgs,
                    new NodeList<>(), name), begin));
            if (!is(",")) {
                break;
            }
            pos++;
        }
        expect(")");
        return parameters;
    }

    private NodeList<TypeParameter> typeParameters() {
        NodeList<TypeParameter> parameters = new NodeList<>();
        if (!is("<")) {
            return parameters;
        }
        pos++;
        while (true) {
            int begin = pos;
            if (is("@")) {
                throw OUTSIDE;
            }
            SimpleName name = simpleName();
            NodeList<ClassOrInterfaceType> bounds = new NodeList<>();
            if (isWord("extends")) {
                pos++;
                bounds.add(classType());
                while (is("&")) {
                    pos++;
                    bounds.add(classType());
                }
            }
            parameters.add(ranged(new TypeParameter(null, name, bounds, new NodeList<>()), begin));
            if (!is(",")) {
                break;
            }
            pos++;
        }
        expect(">");
        return parameters;
    }

    // ---- types

    private Type type() {
        int begin = pos;
        Type type;
        if (kinds[pos] == WORD && PRIMITIVES.containsKey(texts[pos])) {
            type = ranged(new PrimitiveType(null, PRIMITIVES.get(texts[pos++]), new NodeList<>()), begin);
        } else {
            type = classType();
        }
        return arrayDimensions(type, begin);
    }

    /** Brackets after a type: each pair wraps the type so far; JavaParser ranges them all to the last {@code ]}. */
    private Type arrayDimensions(Type type, int begin) {
        int dimensions = 0;
        while (is("[") && isAt(pos + 1, "]")) {
            pos += 2;
            dimensions++;
        }
        for (int i = 0; i < dimensions; i++) {
            type = ranged(new ArrayType(null, type, ArrayType.Origin.TYPE, new NodeList<>()), begin);
        }
        return type;
    }

    private ClassOrInterfaceType classType() {
        return classType(new NodeList<>());
    }

    /** A class type; {@code annotations} (type annotations) went before it and belong to its first name. */
    private ClassOrInterfaceType classType(NodeList<AnnotationExpr> annotations) {
        int begin = pos;
        if (is("@")) {
            throw OUTSIDE; // type annotations elsewhere
        }
        ClassOrInterfaceType type = null;
        while (true) {
            SimpleName name = simpleName();
            NodeList<Type> arguments = typeArguments();
            type = ranged(new ClassOrInterfaceType(null, type, name, arguments, type == null ? annotations
                    : new NodeList<>()), begin);
            if (!(is(".") && kinds[pos + 1] == WORD && !RESERVED.contains(texts[pos + 1]))) {
                return type;
            }
            pos++;
        }
    }

    /** Type arguments, or null when there are none ({@code <>} gives an empty list). */
    private NodeList<Type> typeArguments() {
        if (!is("<")) {
            return null;
        }
        pos++;
        NodeList<Type> arguments = new NodeList<>();
        while (!is(">")) {
            int begin = pos;
            if (is("?")) {
                pos++;
                ReferenceType extended = null;
                ReferenceType superType = null;
                if (isWord("extends")) {
                    pos++;
                    extended = referenceType();
                } else if (isWord("super")) {
                    pos++;
                    superType = referenceType();
                }
                arguments.add(ranged(new WildcardType(null, extended, superType, new NodeList<>()), begin));
            } else if (is("@")) {
                NodeList<AnnotationExpr> annotations = new NodeList<>();
                while (is("@")) {
                    annotations.add(annotation());
                }
                arguments.add(classType(annotations));
                if (is("[")) {
                    throw OUTSIDE;
                }
            } else {
                arguments.add(referenceType());
            }
            if (!is(",")) {
                break;
            }
            pos++;
        }
        expect(">");
        return arguments;
    }

    private ReferenceType referenceType() {
        Type type = type();
        if (!(type instanceof ReferenceType reference)) {
            throw OUTSIDE;
        }
        return reference;
    }

    // ---- annotations and expressions

    private AnnotationExpr annotation() {
        int begin = pos;
        expect("@");
        Name name = name();
        if (!is("(")) {
            return ranged(new MarkerAnnotationExpr(null, name), begin);
        }
        pos++;
        if (kinds[pos] == WORD && isAt(pos + 1, "=") && !(isAt(pos + 2, "=") && adjacent(pos + 2))) {
            NodeList<MemberValuePair> pairs = new NodeList<>();
            while (true) {
                int pairBegin = pos;
                SimpleName key = simpleName();
                expect("=");
                pairs.add(ranged(new MemberValuePair(null, key, memberValue()), pairBegin));
                if (!is(",")) {
                    break;
                }
                pos++;
            }
            expect(")");
            return ranged(new NormalAnnotationExpr(null, name, pairs), begin);
        }
        if (is(")")) {
            pos++;
            return ranged(new NormalAnnotationExpr(null, name, new NodeList<>()), begin);
        }
        Expression value = memberValue();
        expect(")");
        return ranged(new SingleMemberAnnotationExpr(null, name, value), begin);
    }

    private Expression memberValue() {
        if (is("@")) {
            return annotation();
        }
        if (is("{")) {
            int begin = pos++;
            NodeList<Expression> values = new NodeList<>();
            while (!is("}")) {
                values.add(memberValue());
                if (!is(",")) {
                    break;
                }
                pos++;
            }
            expect("}");
            return ranged(new ArrayInitializerExpr(null, values), begin);
        }
        return conditional();
    }

    private ArrayInitializerExpr arrayInitializer() {
        int begin = pos;
        expect("{");
        NodeList<Expression> values = new NodeList<>();
        while (!is("}")) {
            values.add(is("{") ? arrayInitializer() : expression());
            if (!is(",")) {
                break;
            }
            pos++;
        }
        expect("}");
        return ranged(new ArrayInitializerExpr(null, values), begin);
    }

    private Expression expression() {
        Expression expression = conditional();
        if (kinds[pos] == SYMBOL && (texts[pos].endsWith("=") && !texts[pos].equals("==")
                && !texts[pos].equals("!=") && !texts[pos].equals("<=") || is("->"))) {
            throw OUTSIDE; // assignments and lambdas inside expressions
        }
        return expression;
    }

    private Expression conditional() {
        Expression condition = binary(0);
        if (!is("?")) {
            return condition;
        }
        pos++;
        Expression then = expression();
        expect(":");
        Expression otherwise = conditional();
        return ranged(new ConditionalExpr(null, condition, then, otherwise), condition);
    }

    private Expression binary(int level) {
        if (level == BINARY.size()) {
            return unary();
        }
        Expression left = binary(level + 1);
        while (true) {
            String operator = binaryOperator();
            BinaryExpr.Operator op = operator == null ? null : BINARY.get(level).get(operator);
            if (op == null) {
                return left;
            }
            pos += operator.equals(">=") ? 2 : operator.equals(">>") ? 2 : operator.equals(">>>") ? 3 : 1;
            Expression right = binary(level + 1);
            left = ranged(new BinaryExpr(null, left, right, op), left);
        }
    }

    /** The binary operator at the current token, with {@code >}s put back together ({@code >=}, {@code >>}). */
    private String binaryOperator() {
        if (kinds[pos] != SYMBOL) {
            if (isWord("instanceof")) {
                throw OUTSIDE;
            }
            return null;
        }
        String symbol = texts[pos];
        if (symbol.equals(">")) {
            if (isAt(pos + 1, ">") && adjacent(pos + 1)) {
                if (isAt(pos + 2, ">") && adjacent(pos + 2)) {
                    return isAt(pos + 3, "=") && adjacent(pos + 3) ? null : ">>>";
                }
                return isAt(pos + 2, "=") && adjacent(pos + 2) ? null : ">>";
            }
            if (isAt(pos + 1, "=") && adjacent(pos + 1)) {
                return isAt(pos + 2, "=") && adjacent(pos + 2) ? null : ">=";
            }
        }
        if (symbol.equals("<<") && isAt(pos + 1, "=") && adjacent(pos + 1)) {
            return null;
        }
        return symbol;
    }

    private Expression unary() {
        int begin = pos;
        UnaryExpr.Operator op = null;
        if (is("-")) {
            op = UnaryExpr.Operator.MINUS;
        } else if (is("+")) {
            op = UnaryExpr.Operator.PLUS;
        } else if (is("!")) {
            op = UnaryExpr.Operator.LOGICAL_COMPLEMENT;
        } else if (is("~")) {
            op = UnaryExpr.Operator.BITWISE_COMPLEMENT;
        } else if (is("++") || is("--")) {
            throw OUTSIDE;
        }
        if (op != null) {
            pos++;
            Expression operand = unary();
            return ranged(new UnaryExpr(null, operand, op), begin);
        }
        Expression primary = primary();
        if (is("++") || is("--") || is("[") || is("::")) {
            throw OUTSIDE;
        }
        return primary;
    }

    private Expression primary() {
        int begin = pos;
        Expression expression;
        switch (kinds[pos]) {
            case INT -> expression = ranged(new IntegerLiteralExpr(null, texts[pos++]), begin);
            case LONG -> expression = ranged(new LongLiteralExpr(null, texts[pos++]), begin);
            case DOUBLE -> expression = ranged(new DoubleLiteralExpr(null, texts[pos++]), begin);
            case STRING -> expression = ranged(new StringLiteralExpr(null, unquote(texts[pos++])), begin);
            case CHAR -> expression = ranged(new CharLiteralExpr(null, unquote(texts[pos++])), begin);
            case SYMBOL -> {
                if (!is("(")) {
                    throw OUTSIDE;
                }
                pos++;
                if (kinds[pos] == WORD && PRIMITIVES.containsKey(texts[pos]) || is(")")) {
                    throw OUTSIDE; // casts and lambdas
                }
                Expression inner = expression();
                expect(")");
                if (kinds[pos] == WORD && !isWord("instanceof") || kinds[pos] == INT || kinds[pos] == STRING
                        || is("(") || is("->")) {
                    throw OUTSIDE; // a cast, or a lambda
                }
                expression = ranged(new EnclosedExpr(null, inner), begin);
            }
            case WORD -> expression = wordPrimary();
            default -> throw OUTSIDE;
        }
        while (is(".")) {
            pos++;
            if (kinds[pos] != WORD || RESERVED.contains(texts[pos])) {
                throw OUTSIDE; // .this, .new, .class of an expression, generic calls
            }
            SimpleName name = simpleName();
            if (is("(")) {
                expression = ranged(new MethodCallExpr(null, expression, null, name, arguments()), expression);
            } else {
                expression = ranged(new FieldAccessExpr(null, expression, null, name), expression);
            }
        }
        return expression;
    }

    private Expression wordPrimary() {
        int begin = pos;
        String word = texts[pos];
        switch (word) {
            case "true", "false" -> {
                pos++;
                return ranged(new BooleanLiteralExpr(null, word.equals("true")), begin);
            }
            case "null" -> {
                pos++;
                return ranged(new NullLiteralExpr(null), begin);
            }
            case "void" -> {
                if (!(isAt(pos + 1, ".") && kinds[pos + 2] == WORD && texts[pos + 2].equals("class"))) {
                    throw OUTSIDE;
                }
                VoidType type = ranged(new VoidType(null), pos++);
                pos += 2;
                return ranged(new ClassExpr(null, type), begin);
            }
            case "this" -> {
                pos++;
                if (is("(")) {
                    throw OUTSIDE;
                }
                return ranged(new ThisExpr(null, null), begin);
            }
            case "new" -> {
                pos++;
                if (is("<") || kinds[pos] == WORD && PRIMITIVES.containsKey(texts[pos])) {
                    throw OUTSIDE;
                }
                ClassOrInterfaceType type = classType();
                if (!is("(")) {
                    throw OUTSIDE; // arrays
                }
                NodeList<Expression> arguments = arguments();
                if (is("{")) {
                    throw OUTSIDE; // anonymous classes
                }
                return ranged(new ObjectCreationExpr(null, null, type, null, arguments, null), begin);
            }
            default -> {
                if (PRIMITIVES.containsKey(word) || !RESERVED.contains(word)) {
                    ClassExpr literal = classLiteral();
                    if (literal != null) {
                        return literal;
                    }
                }
                if (!isIdentifier()) {
                    throw OUTSIDE;
                }
                SimpleName name = simpleName();
                if (is("(")) {
                    return ranged(new MethodCallExpr(null, null, null, name, arguments()), begin);
                }
                NameExpr expression = new NameExpr(null, name);
                expression.setRange(name.getRange().get());
                return expression;
            }
        }
    }

    /** {@code Type.class} when that is what follows, else null with nothing consumed. */
    private ClassExpr classLiteral() {
        int begin = pos;
        int end = begin;
        // A quick look ahead: names, dots, type arguments and brackets up to ". class".
        int depth = 0;
        while (end < count) {
            if (kinds[end] == WORD) {
                if (texts[end].equals("class")) {
                    break;
                }
            } else if (isAt(end, "<")) {
                depth++;
            } else if (isAt(end, ">")) {
                depth--;
            } else if (!(isAt(end, ".") || isAt(end, "[") || isAt(end, "]") || depth > 0 && (isAt(end, ",")
                    || isAt(end, "?")))) {
                return null;
            }
            end++;
        }
        if (end >= count || !isAt(end - 1, ".") || depth != 0) {
            return null;
        }
        Type type = type();
        if (pos != end - 1) {
            throw OUTSIDE;
        }
        pos += 2;
        return ranged(new ClassExpr(null, type), begin);
    }

    private NodeList<Expression> arguments() {
        expect("(");
        NodeList<Expression> arguments = new NodeList<>();
        while (!is(")")) {
            arguments.add(expression());
            if (!is(",")) {
                break;
            }
            pos++;
        }
        expect(")");
        return arguments;
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }

    // ---- statements: only those of plain accessors (return, assignment, method call)

    private BlockStmt block() {
        int begin = pos;
        expect("{");
        NodeList<Statement> statements = new NodeList<>();
        while (!is("}")) {
            int statementBegin = pos;
            if (isWord("return")) {
                pos++;
                Expression value = is(";") ? null : expression();
                expect(";");
                statements.add(ranged(new ReturnStmt(null, value), statementBegin));
            } else if (isWord("this") || isIdentifier()) {
                Expression target = primary();
                Expression expression;
                if (is("=") && (target instanceof NameExpr || target instanceof FieldAccessExpr)) {
                    pos++;
                    Expression value = expression();
                    expression = ranged(new AssignExpr(null, target, value, AssignExpr.Operator.ASSIGN), target);
                } else if (target instanceof MethodCallExpr) {
                    expression = target;
                } else {
                    throw OUTSIDE; // local variables and the rest
                }
                expect(";");
                statements.add(ranged(new ExpressionStmt(null, expression), expression));
            } else {
                throw OUTSIDE;
            }
        }
        expect("}");
        return ranged(new BlockStmt(null, statements), begin);
    }
}
