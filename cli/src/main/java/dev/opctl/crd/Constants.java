package dev.opctl.crd;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evaluates compile-time constant expressions in the sources, as javac does for annotation values:
 * literals, {@code static final} fields of any type in the sources (by simple name, qualified name or
 * static import), string concatenation and arithmetic.
 */
final class Constants {
    /** What follows a text block's opening delimiter on its line: white space, then a line terminator. */
    private static final Pattern OPENING_LINE = Pattern.compile("^[ \\t\\f]*(\\r\\n|\\r|\\n)");

    private final SourceIndex index;
    private final Set<VariableDeclarator> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

    Constants(SourceIndex index) {
        this.index = index;
    }

    /**
     * The string a text block denotes, as javac reads it (JLS 3.10.6): the content starts after the
     * line terminator that ends the opening delimiter's line (white space may precede it), then
     * incidental white space is stripped and escapes are translated, by the JDK's own methods.
     *
     * @param raw what stands between the delimiters
     */
    static String textBlock(String raw) {
        return OPENING_LINE.matcher(raw).replaceFirst("").stripIndent().translateEscapes();
    }

    /** The value (String, Long, Double or Boolean) of a constant expression, or null if it is not one. */
    Object value(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return textBlock(t.getValue());
        }
        if (e instanceof BooleanLiteralExpr b) {
            return b.getValue();
        }
        if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber().longValue();
        }
        if (e instanceof LongLiteralExpr l) {
            return l.asNumber().longValue();
        }
        if (e instanceof DoubleLiteralExpr d) {
            return d.asDouble();
        }
        if (e instanceof EnclosedExpr enclosed) {
            return value(enclosed.getInner());
        }
        if (e instanceof CastExpr cast) {
            return value(cast.getExpression());
        }
        if (e instanceof UnaryExpr unary) {
            return unary(unary.getOperator(), value(unary.getExpression()));
        }
        if (e instanceof BinaryExpr binary) {
            return binary(binary.getOperator(), value(binary.getLeft()), value(binary.getRight()));
        }
        if (e instanceof NameExpr name) {
            return field(name.getNameAsString(), e).map(this::initializer).orElse(null);
        }
        if (e instanceof FieldAccessExpr access) {
            String type = index.resolve(access.getScope().toString(), e);
            return index.type(type).flatMap(t -> t.getFieldByName(access.getNameAsString()))
                    .flatMap(f -> f.getVariables().stream()
                            .filter(v -> v.getNameAsString().equals(access.getNameAsString())).findFirst()
                            .filter(v -> isConstant(f)))
                    .map(this::initializer).orElse(null);
        }
        return null;
    }

    private Object initializer(VariableDeclarator variable) {
        if (!evaluating.add(variable)) {
            return null;
        }
        try {
            return variable.getInitializer().map(this::value).orElse(null);
        } finally {
            evaluating.remove(variable);
        }
    }

    /** The constant a simple name refers to: a field of an enclosing type, or a static import. */
    private Optional<VariableDeclarator> field(String name, Node context) {
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                Optional<VariableDeclarator> found = constant(type, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        CompilationUnit unit = context.findCompilationUnit().orElse(null);
        if (unit == null) {
            return Optional.empty();
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic()) {
                continue;
            }
            String owner = imp.isAsterisk() ? imp.getNameAsString()
                    : imp.getName().getQualifier().map(Object::toString).orElse("");
            if (imp.isAsterisk() || imp.getName().getIdentifier().equals(name)) {
                Optional<VariableDeclarator> found = index.type(owner).flatMap(t -> constant(t, name));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<VariableDeclarator> constant(TypeDeclaration<?> type, String name) {
        return type.getFieldByName(name).filter(Constants::isConstant)
                .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst());
    }

    private static boolean isConstant(FieldDeclaration field) {
        boolean inInterface = field.getParentNode()
                .filter(p -> p instanceof ClassOrInterfaceDeclaration c && c.isInterface()).isPresent();
        return inInterface || field.isStatic() && field.isFinal();
    }

    private static Object unary(UnaryExpr.Operator operator, Object value) {
        if (operator == UnaryExpr.Operator.PLUS && value instanceof Number) {
            return value;
        }
        if (operator == UnaryExpr.Operator.MINUS && value instanceof Long l) {
            return -l;
        }
        if (operator == UnaryExpr.Operator.MINUS && value instanceof Double d) {
            return -d;
        }
        if (operator == UnaryExpr.Operator.LOGICAL_COMPLEMENT && value instanceof Boolean b) {
            return !b;
        }
        return null;
    }

    private static Object binary(BinaryExpr.Operator operator, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (operator == BinaryExpr.Operator.PLUS && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right;
        }
        if (left instanceof Long a && right instanceof Long b) {
            return switch (operator) {
                case PLUS -> a + b;
                case MINUS -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> b == 0 ? null : a / b;
                default -> null;
            };
        }
        if (left instanceof Number a && right instanceof Number b) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (operator) {
                case PLUS -> x + y;
                case MINUS -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                default -> null;
            };
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return switch (operator) {
                case AND -> a && b;
                case OR -> a || b;
                default -> null;
            };
        }
        return null;
    }
}
