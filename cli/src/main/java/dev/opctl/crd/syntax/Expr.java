package dev.opctl.crd.syntax;

import java.util.List;

/**
 * An expression where opctl may need its value: an annotation's attribute, a field's initializer, an
 * enum constant's argument. Each has its text as written, for messages, and its line.
 */
public sealed interface Expr {
    /** The expression as written, from its first to its last character. */
    String text();

    /** The line it starts on. */
    int line();

    /**
     * A literal with its value: a {@code String} (a string literal or text block, escapes translated),
     * a {@code Long} (an {@code int} or {@code long} literal), a {@code Double} ({@code float} or
     * {@code double}) or a {@code Boolean}. Characters and {@code null} are {@link Other}.
     */
    record Literal(Object value, String text, int line) implements Expr {
    }

    /** A simple name: a constant of an enclosing type, a statically imported one, an enum constant. */
    record Name(String name, String text, int line) implements Expr {
    }

    /**
     * {@code scope.name}, where scope is a (qualified) name.
     *
     * @param scope the (qualified) name before the last dot, as written
     */
    record FieldAccess(String scope, String name, String text, int line) implements Expr {
    }

    /** {@code Type.class}. */
    record ClassLiteral(TypeExpr type, String text, int line) implements Expr {
    }

    /** {@code {a, b}}. */
    record ArrayInit(List<Expr> values, String text, int line) implements Expr {
        public ArrayInit {
            values = List.copyOf(values);
        }
    }

    /** An annotation as a value, {@code @Annotations({@A, @B})}'s elements. */
    record AnnotationValue(Annotation annotation, String text, int line) implements Expr {
    }

    /** A prefix operator ({@code -}, {@code +}, {@code !}, {@code ~}) on an operand. */
    record Unary(String operator, Expr operand, String text, int line) implements Expr {
    }

    /** A binary operator, as written in Java ({@code +}, {@code <<}, {@code &&}, ...), on two operands. */
    record Binary(String operator, Expr left, Expr right, String text, int line) implements Expr {
    }

    /** {@code (type) operand}. */
    record Cast(TypeExpr type, Expr operand, String text, int line) implements Expr {
    }

    /** {@code condition ? then : otherwise}. */
    record Conditional(Expr condition, Expr then, Expr otherwise, String text, int line) implements Expr {
    }

    /** {@code (inner)}. */
    record Parenthesized(Expr inner, String text, int line) implements Expr {
    }

    /** Any other expression ({@code Limits.max()}, {@code 'c'}, {@code null}, ...): it has no value for opctl. */
    record Other(String text, int line) implements Expr {
    }

    /**
     * Whether {@code e} is an operation that may be a constant expression: a unary, binary, cast,
     * conditional or parenthesized expression whose operands are such operations, literals or
     * (qualified) names.
     */
    static boolean operation(Expr e) {
        return e instanceof Unary unary ? operand(unary.operand())
                : e instanceof Binary binary ? operand(binary.left()) && operand(binary.right())
                : e instanceof Cast cast ? operand(cast.operand())
                : e instanceof Conditional c
                ? operand(c.condition()) && operand(c.then()) && operand(c.otherwise())
                : e instanceof Parenthesized parenthesized && operand(parenthesized.inner());
    }

    private static boolean operand(Expr e) {
        return e instanceof Literal || e instanceof Name || e instanceof FieldAccess || operation(e);
    }
}
