package dev.opctl.crd.syntax;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
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
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.WildcardType;
import dev.opctl.crd.model.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file's JavaParser tree into syntax records, while its tokens are there to find comments and
 * text by: {@link JavaParserReader}'s work, apart so that each class reads in one sitting.
 */
final class JavaParserConversion {
    /**
     * A literal JavaParser takes and javac does not: an int too large, or a Unicode escape of a
     * backslash before the closing quote, which leaves the string open.
     */
    static final class BadLiteral extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        BadLiteral(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final CompilationUnit unit;
    private final Map<TypeDeclaration<?>, List<TypeDecl.Call>> calls;

    JavaParserConversion(CompilationUnit unit) {
        this.unit = unit;
        this.calls = JavaParserCalls.of(unit, this::type, this::expr);
    }

    SourceFile file() {
        List<SourceFile.Import> imports = unit.getImports().stream().map(i -> new SourceFile.Import(
                i.getNameAsString(), i.isStatic(), i.isAsterisk(), line(i))).toList();
        List<Comment> comments = new ArrayList<>();
        unit.getTokenRange().ifPresent(range -> range.forEach(token -> {
            if (token.getCategory().isComment()) {
                comments.add(comment(token));
            }
        }));
        return new SourceFile(unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""), imports,
                unit.getTypes().stream().map(this::type).toList(), comments);
    }

    private TypeDecl type(TypeDeclaration<?> type) {
        TypeDecl.Kind kind = type instanceof EnumDeclaration ? TypeDecl.Kind.ENUM
                : type instanceof RecordDeclaration ? TypeDecl.Kind.RECORD
                : type.isAnnotationDeclaration() ? TypeDecl.Kind.ANNOTATION
                : type instanceof ClassOrInterfaceDeclaration c && c.isInterface() ? TypeDecl.Kind.INTERFACE
                : TypeDecl.Kind.CLASS;
        List<TypeDecl.TypeParameter> typeParameters = List.of();
        List<TypeExpr.ClassType> extended = List.of();
        List<TypeExpr.ClassType> implemented = List.of();
        List<TypeDecl.Param> components = new ArrayList<>();
        List<TypeDecl.EnumConstant> constants = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            typeParameters = typeParameters(c.getTypeParameters());
            extended = classTypes(c.getExtendedTypes());
            implemented = classTypes(c.getImplementedTypes());
        } else if (type instanceof RecordDeclaration r) {
            typeParameters = typeParameters(r.getTypeParameters());
            implemented = classTypes(r.getImplementedTypes());
            r.getParameters().forEach(p -> components.add(param(p)));
        } else if (type instanceof EnumDeclaration e) {
            implemented = classTypes(e.getImplementedTypes());
            for (EnumConstantDeclaration constant : e.getEntries()) {
                constants.add(new TypeDecl.EnumConstant(constant.getNameAsString(), annotations(constant),
                        constant.getArguments().stream().map(this::expr).toList(), constant.getClassBody().stream()
                                .filter(m -> m instanceof MethodDeclaration method && method.getParameters().isEmpty())
                                .map(m -> ((MethodDeclaration) m).getNameAsString()).toList(),
                        comments(constant), line(constant)));
            }
        }
        List<TypeDecl.Field> fields = new ArrayList<>();
        List<TypeDecl.Method> methods = new ArrayList<>();
        List<TypeDecl.Constructor> constructors = new ArrayList<>();
        List<TypeDecl> nested = new ArrayList<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    fields.add(new TypeDecl.Field(variable.getNameAsString(), type(variable.getType()),
                            modifiers(field), annotations(field), variable.getInitializer().map(this::expr)
                            .orElse(null), comments(field), line(field)));
                }
            } else if (member instanceof MethodDeclaration method) {
                methods.add(new TypeDecl.Method(method.getNameAsString(), typeParameters(method.getTypeParameters()),
                        type(method.getType()), method.getParameters().stream().map(this::param).toList(),
                        modifiers(method), annotations(method), method.getBody().isPresent(),
                        JavaParserReturns.of(method, this::expr), comments(method), line(method),
                        method.getEnd().map(p -> p.line).orElse(0)));
            } else if (member instanceof ConstructorDeclaration constructor) {
                List<Expr> delegation = constructor.getBody().getStatements().getFirst()
                        .filter(first -> first instanceof ExplicitConstructorInvocationStmt invocation
                                && invocation.isThis() && invocation.getExpression().isEmpty())
                        .map(first -> ((ExplicitConstructorInvocationStmt) first).getArguments().stream()
                                .map(this::expr).toList()).orElse(null);
                constructors.add(new TypeDecl.Constructor(constructor.getParameters().stream().map(this::param)
                        .toList(), annotations(constructor), assignments(constructor), delegation, line(constructor)));
            } else if (member instanceof TypeDeclaration<?> inner) {
                nested.add(type(inner));
            }
        }
        return new TypeDecl(kind, type.getNameAsString(), modifiers(type), annotations(type), typeParameters,
                extended, implemented, fields, methods, constructors, components, constants, nested,
                calls.getOrDefault(type, List.of()), comments(type), line(type));
    }

    private TypeDecl.Param param(Parameter parameter) {
        TypeExpr type = type(parameter.getType());
        return new TypeDecl.Param(parameter.getNameAsString(), parameter.isVarArgs() ? new TypeExpr.ArrayOf(type)
                : type, annotations(parameter), comments(parameter), line(parameter));
    }

    private static List<TypeDecl.Assignment> assignments(ConstructorDeclaration constructor) {
        List<TypeDecl.Assignment> assignments = new ArrayList<>();
        for (Statement statement : constructor.getBody().getStatements()) {
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof AssignExpr
                    assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                    && JavaParserReturns.fieldName(assign.getTarget()) != null
                    && assign.getValue() instanceof NameExpr value) {
                assignments.add(new TypeDecl.Assignment(JavaParserReturns.fieldName(assign.getTarget()),
                        value.getNameAsString()));
            }
        }
        return assignments;
    }

    /** Whether an expression is a (qualified) name, which may name a type: {@code UpdateControl}, {@code a.b.C}. */
    static boolean isName(Expression e) {
        return e instanceof NameExpr || e instanceof FieldAccessExpr access && isName(access.getScope());
    }

    private TypeExpr type(Type type) {
        if (type instanceof PrimitiveType || type.isVoidType()) {
            return new TypeExpr.Primitive(type.asString());
        }
        if (type instanceof ArrayType array) {
            return new TypeExpr.ArrayOf(type(array.getComponentType()));
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendedType().isPresent()) {
                return new TypeExpr.Wildcard(type(wildcard.getExtendedType().get()), true);
            }
            return new TypeExpr.Wildcard(wildcard.getSuperType().map(this::type).orElse(null), false);
        }
        if (type instanceof ClassOrInterfaceType classType) {
            return classType(classType);
        }
        return new TypeExpr.Primitive(type.asString()); // var, union and intersection types: no schema
    }

    private TypeExpr.ClassType classType(ClassOrInterfaceType type) {
        List<TypeExpr> arguments = type.getTypeArguments().map(a -> a.stream().map(this::type).toList())
                .orElse(null);
        return new TypeExpr.ClassType(type.getNameWithScope(), arguments,
                type.getAnnotations().stream().map(this::annotation).toList(), line(type));
    }

    private List<TypeExpr.ClassType> classTypes(NodeList<ClassOrInterfaceType> types) {
        return types.stream().map(this::classType).toList();
    }

    private List<TypeDecl.TypeParameter> typeParameters(NodeList<TypeParameter> parameters) {
        return parameters.stream().map(p -> new TypeDecl.TypeParameter(p.getNameAsString(),
                p.getTypeBound().isEmpty() ? null : classType(p.getTypeBound().get(0)))).toList();
    }

    private List<Annotation> annotations(NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream().map(this::annotation).toList();
    }

    private Annotation annotation(AnnotationExpr annotation) {
        List<Annotation.Attribute> attributes = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            attributes.add(new Annotation.Attribute("value", expr(single.getMemberValue())));
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            normal.getPairs().forEach(p -> attributes.add(new Annotation.Attribute(p.getNameAsString(),
                    expr(p.getValue()))));
        }
        return new Annotation(annotation.getNameAsString(), attributes, line(annotation));
    }

    private Expr expr(Expression e) {
        try {
            return literalOrOther(e);
        } catch (IllegalArgumentException | ArithmeticException e2) {
            String why = e2 instanceof NumberFormatException ? e2.getMessage() : "an escape sequence javac rejects";
            throw new BadLiteral(line(e), "invalid literal " + e.getTokenRange().map(Object::toString)
                    .orElse(e.toString()) + " (" + why + ")");
        }
    }

    private Expr literalOrOther(Expression e) {
        String text = e.getTokenRange().map(Object::toString).orElse(e.toString());
        int line = line(e);
        if (e instanceof StringLiteralExpr s) {
            return new Expr.Literal(Literals.string(s.getValue()), text, line);
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new Expr.Literal(Literals.textBlock(t.getValue()), text, line);
        }
        if (e instanceof CharLiteralExpr c) {
            return new Expr.Literal(Literals.character(c.getValue()), text, line);
        }
        if (e instanceof BooleanLiteralExpr b) {
            return new Expr.Literal(b.getValue(), text, line);
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
            return new Expr.Literal(Literals.integer(e.asLiteralStringValueExpr().getValue()), text, line);
        }
        if (e instanceof DoubleLiteralExpr d) {
            return new Expr.Literal(Literals.floating(d.getValue()), text, line);
        }
        if (e instanceof NameExpr name) {
            return new Expr.Name(name.getNameAsString(), text, line);
        }
        if (e instanceof FieldAccessExpr access && isName(access.getScope())) {
            return new Expr.FieldAccess(access.getScope().toString(), access.getNameAsString(), text, line);
        }
        if (e instanceof ClassExpr literal) {
            return new Expr.ClassLiteral(type(literal.getType()), text, line);
        }
        if (e instanceof ArrayInitializerExpr array) {
            return new Expr.ArrayInit(array.getValues().stream().map(this::expr).toList(), text, line);
        }
        if (e instanceof AnnotationExpr annotation) {
            return new Expr.AnnotationValue(annotation(annotation), text, line);
        }
        if (e instanceof UnaryExpr unary && unary.isPrefix() && unary.getOperator() != UnaryExpr.Operator
                .PREFIX_INCREMENT && unary.getOperator() != UnaryExpr.Operator.PREFIX_DECREMENT) {
            return new Expr.Unary(unary.getOperator().asString(), expr(unary.getExpression()), text, line);
        }
        if (e instanceof BinaryExpr binary) {
            return new Expr.Binary(binary.getOperator().asString(), expr(binary.getLeft()),
                    expr(binary.getRight()), text, line);
        }
        if (e instanceof CastExpr cast) {
            return new Expr.Cast(type(cast.getType()), expr(cast.getExpression()), text, line);
        }
        if (e instanceof ConditionalExpr conditional) {
            return new Expr.Conditional(expr(conditional.getCondition()), expr(conditional.getThenExpr()),
                    expr(conditional.getElseExpr()), text, line);
        }
        if (e instanceof EnclosedExpr enclosed) {
            return new Expr.Parenthesized(expr(enclosed.getInner()), text, line);
        }
        return new Expr.Other(text, line);
    }

    private static Set<Modifier> modifiers(NodeWithModifiers<?> node) {
        Set<Modifier> set = EnumSet.noneOf(Modifier.class);
        for (com.github.javaparser.ast.Modifier modifier : node.getModifiers()) {
            switch (modifier.getKeyword()) {
                case PUBLIC -> set.add(Modifier.PUBLIC);
                case PROTECTED -> set.add(Modifier.PROTECTED);
                case PRIVATE -> set.add(Modifier.PRIVATE);
                case STATIC -> set.add(Modifier.STATIC);
                case FINAL -> set.add(Modifier.FINAL);
                case ABSTRACT -> set.add(Modifier.ABSTRACT);
                case TRANSIENT -> set.add(Modifier.TRANSIENT);
                default -> {
                }
            }
        }
        return set;
    }

    /** The comments between the code before {@code node} and its first token, in order. */
    private static List<Comment> comments(Node node) {
        List<Comment> found = new ArrayList<>();
        JavaToken token = node.getTokenRange().map(r -> r.getBegin()).orElse(null);
        for (token = token == null ? null : token.getPreviousToken().orElse(null);
                token != null && token.getCategory().isWhitespaceOrComment();
                token = token.getPreviousToken().orElse(null)) {
            if (token.getCategory().isComment()) {
                found.add(0, comment(token));
            }
        }
        return found;
    }

    private static Comment comment(JavaToken token) {
        String text = token.getText();
        int line = token.getRange().map(r -> r.begin.line).orElse(0);
        if (text.startsWith("//")) {
            return new Comment(Comment.Kind.LINE, text.substring(2), line);
        }
        boolean javadoc = text.startsWith("/**") && text.length() > 4;
        String content = text.substring(javadoc ? 3 : 2, text.length() - 2).replace("\r\n", "\n").replace('\r', '\n');
        return new Comment(javadoc ? Comment.Kind.JAVADOC : Comment.Kind.BLOCK, content, line);
    }

    static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }
}
