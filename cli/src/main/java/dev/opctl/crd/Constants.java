package dev.opctl.crd;

import dev.opctl.crd.syntax.Expr;
import dev.opctl.crd.syntax.SourceFile;
import dev.opctl.crd.syntax.TypeDecl;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates compile-time constant expressions in the sources, as javac does for annotation values:
 * literals, {@code static final} fields of any type in the sources (by simple name, qualified name or
 * static import), string concatenation and arithmetic.
 */
final class Constants {
    private final SourceIndex index;
    private final Set<TypeDecl.Field> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

    Constants(SourceIndex index) {
        this.index = index;
    }

    /** A field of the sources and the type that declares it, where its initializer is written. */
    private record Constant(TypeDecl.Field field, TypeDecl owner) {
    }

    /**
     * The value (String, Long, Double or Boolean) of a constant expression written in {@code scope},
     * or null if it is not one.
     */
    Object value(Expr e, Scope scope) {
        if (e instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (e instanceof Expr.Parenthesized parenthesized) {
            return value(parenthesized.inner(), scope);
        }
        if (e instanceof Expr.Cast cast) {
            return value(cast.operand(), scope);
        }
        if (e instanceof Expr.Unary unary) {
            return unary(unary.operator(), value(unary.operand(), scope));
        }
        if (e instanceof Expr.Binary binary) {
            return binary(binary.operator(), value(binary.left(), scope), value(binary.right(), scope));
        }
        if (e instanceof Expr.Name name) {
            return field(name.name(), scope.type()).map(this::initializer).orElse(null);
        }
        if (e instanceof Expr.FieldAccess access) {
            String type = index.resolve(access.scope(), scope.type());
            return index.type(type).flatMap(t -> constant(t, access.name())).map(this::initializer).orElse(null);
        }
        return null;
    }

    private Object initializer(Constant constant) {
        if (constant.field().initializer() == null || !evaluating.add(constant.field())) {
            return null;
        }
        try {
            return value(constant.field().initializer(), Scope.in(constant.owner(), constant.field().line()));
        } finally {
            evaluating.remove(constant.field());
        }
    }

    /** The constant a simple name refers to: a field of an enclosing type, or a static import. */
    private Optional<Constant> field(String name, TypeDecl context) {
        for (TypeDecl type = context; type != null; type = index.enclosing(type)) {
            Optional<Constant> found = constant(type, name);
            if (found.isPresent()) {
                return found;
            }
        }
        for (SourceFile.Import imp : index.file(context).imports()) {
            if (!imp.isStatic()) {
                continue;
            }
            int dot = imp.name().lastIndexOf('.');
            String owner = imp.onDemand() ? imp.name() : dot < 0 ? "" : imp.name().substring(0, dot);
            if (imp.onDemand() || imp.name().substring(dot + 1).equals(name)) {
                Optional<Constant> found = index.type(owner).flatMap(t -> constant(t, name));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Constant> constant(TypeDecl type, String name) {
        for (TypeDecl.Field field : type.fields()) {
            if (field.name().equals(name)) {
                boolean constant = type.kind() == TypeDecl.Kind.INTERFACE
                        || field.modifiers().contains(dev.opctl.crd.model.Modifier.STATIC)
                        && field.modifiers().contains(dev.opctl.crd.model.Modifier.FINAL);
                return constant ? Optional.of(new Constant(field, type)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Object unary(String operator, Object value) {
        if (operator.equals("+") && value instanceof Number) {
            return value;
        }
        if (operator.equals("-") && value instanceof Long l) {
            return -l;
        }
        if (operator.equals("-") && value instanceof Double d) {
            return -d;
        }
        if (operator.equals("!") && value instanceof Boolean b) {
            return !b;
        }
        return null;
    }

    private static Object binary(String operator, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (operator.equals("+") && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right;
        }
        if (left instanceof Long a && right instanceof Long b) {
            return switch (operator) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "/" -> b == 0 ? null : a / b;
                default -> null;
            };
        }
        if (left instanceof Number a && right instanceof Number b) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (operator) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                default -> null;
            };
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return switch (operator) {
                case "&&" -> a && b;
                case "||" -> a || b;
                default -> null;
            };
        }
        return null;
    }
}
