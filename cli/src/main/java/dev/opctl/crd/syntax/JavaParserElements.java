package dev.opctl.crd.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The type of a variable declared without one, a lambda's parameter or a {@code var} of a for-each
 * loop, where the code says the type of the elements it is given ({@link Elements}):
 * {@code context.getSecondaryResource(Ingress.class).ifPresent(i -> client.resource(i).delete())}
 * deletes an Ingress; and of an element taken from such a value. And what a lambda that only calls a
 * method of its parameter amounts to: the method reference ({@code createOr(r -> r.patch())} is
 * {@code createOr(NonDeletingOperation::patch)}); and the names a lambda's parameter or a loop's variable is
 * given in turn ({@code Arrays.asList(a, b).forEach(d -> ...)}).
 */
final class JavaParserElements {
    /** The methods that give a lambda the elements of what they are called on, as their first argument. */
    private static final Set<String> GIVING = Set.of("ifPresent", "ifPresentOrElse", "forEach");

    private JavaParserElements() {
    }

    /** The type of {@code parameter}, written without one, of a lambda given the elements of something; else null. */
    static TypeExpr ofParameter(Parameter parameter, Function<Type, TypeExpr> types) {
        if (parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
                && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                && GIVING.contains(call.getNameAsString()) && !call.getArguments().isEmpty()
                && call.getArgument(0) == lambda) {
            return call.getScope().map(scope -> elements(scope, types, 0)).orElse(null);
        }
        return null;
    }

    /**
     * The names whose values the variable {@code declared} is given in turn, where it is the one parameter of a
     * lambda given to {@code forEach} on a collection of names ({@code Arrays.asList(a, b).forEach(d -> ...)},
     * {@link Elements#factory}) or the variable of a for-each loop over one; else none.
     */
    static List<NameExpr> ofFactory(Node declared) {
        Expression source = null;
        if (declared instanceof Parameter parameter && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda
                && lambda.getParameters().size() == 1 && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getNameAsString().equals("forEach") && call.getArguments().size() == 1) {
            source = call.getScope().orElse(null);
        } else if (declared instanceof VariableDeclarator variable
                && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getParentNode().orElse(null) instanceof ForEachStmt loop && loop.getVariable() == declaration) {
            source = loop.getIterable();
        }
        return source instanceof MethodCallExpr factory && Elements.factory(factory.getScope()
                .filter(JavaParserConversion::isName).map(Expression::toString).orElse(null), factory.getNameAsString())
                && factory.getArguments().stream().allMatch(NameExpr.class::isInstance)
                ? factory.getArguments().stream().map(NameExpr.class::cast).toList() : List.of();
    }

    /**
     * What {@code lambda} amounts to as a method reference, when all it does is call a method of its one
     * parameter without arguments ({@code r -> r.patch()}, {@code r -> { r.delete(); }}): {@code r::patch};
     * else null.
     */
    static String calledOnParameter(LambdaExpr lambda) {
        if (lambda.getParameters().size() != 1) {
            return null;
        }
        Statement body = lambda.getBody();
        Expression expression = body instanceof ExpressionStmt statement ? statement.getExpression()
                : body instanceof BlockStmt block && block.getStatements().size() == 1
                && block.getStatement(0) instanceof ExpressionStmt statement ? statement.getExpression() : null;
        String parameter = lambda.getParameter(0).getNameAsString();
        return expression instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && call.getScope().orElse(null) instanceof NameExpr on && on.getNameAsString().equals(parameter)
                ? parameter + "::" + call.getNameAsString() : null;
    }

    /**
     * The type of what {@code call} takes from what it is called on, one of its elements, where the code says
     * their type: Keycloak's {@code var job = context.getSecondaryResource(Job.class)}, then {@code
     * client.resource(job.get()).delete()}; else null.
     */
    static TypeExpr ofTaken(MethodCallExpr call, Function<Type, TypeExpr> types) {
        // (job).get() is left, as the fast reader leaves it
        return Elements.taking(call.getNameAsString(), call.getArguments().size()) ? call.getScope()
                .filter(scope -> !(scope instanceof EnclosedExpr)).map(scope -> elements(scope, types, 0)).orElse(null)
                : null;
    }

    /** The type of {@code variable}, declared {@code var}, of a for-each loop over elements the code says; else null. */
    static TypeExpr ofLoopVariable(VariableDeclarator variable, Function<Type, TypeExpr> types) {
        Node declaration = variable.getParentNode().orElse(null);
        return declaration instanceof VariableDeclarationExpr expression
                && expression.getParentNode().orElse(null) instanceof ForEachStmt loop
                && loop.getVariable() == expression ? elements(loop.getIterable(), types, 0) : null;
    }

    /** The type of the elements {@code source} holds, where the code says it; else null. */
    private static TypeExpr elements(Expression source, Function<Type, TypeExpr> types, int depth) {
        if (depth > 8) {
            return null;
        }
        if (source instanceof EnclosedExpr enclosed) {
            return elements(enclosed.getInner(), types, depth + 1);
        }
        if (source instanceof MethodCallExpr call) {
            String method = call.getNameAsString();
            if (Elements.secondary(method) && call.getArguments().size() == 1
                    && call.getArgument(0) instanceof ClassExpr literal) {
                return types.apply(literal.getType());
            }
            return Elements.same(method, call.getArguments().size())
                    ? call.getScope().map(scope -> elements(scope, types, depth + 1)).orElse(null) : null;
        }
        if (source instanceof NameExpr name) {
            Node declaration = JavaParserScopes.declared(name);
            if (declaration instanceof Parameter parameter) {
                return held(parameter.getType(), types);
            }
            if (declaration instanceof VariableDeclarator variable) {
                return !JavaParserCalls.isVar(variable) ? held(variable.getType(), types)
                        : variable.getInitializer().map(value -> elements(value, types, depth + 1)).orElse(null);
            }
        }
        return null;
    }

    /** The type argument of {@code type}, one of {@link Elements}' holders ({@code java.util.} ones too); else null. */
    private static TypeExpr held(Type type, Function<Type, TypeExpr> types) {
        return Elements.held(types.apply(type));
    }
}
