package dev.opctl.crd.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The calls whose value a local variable keeps, to call on it later: {@code var jokes = client.resources(Joke.class)},
 * then {@code jokes.withName(n).get()} and {@code jokes.resource(joke).create()}, as the Quarkus Operator SDK's
 * samples write it, or {@code var builder = new WorkflowBuilder<P>()} ({@link TypeDecl.Variable#keeps}). Only a
 * variable declared by a statement of a block, with a call or an object creation as its initializer, that the
 * code uses for nothing but calls on it and as a whole argument of a call (what a method of the sources does with it
 * is read where it is given): not assigned again, returned, part of an argument or captured by a method reference.
 */
final class JavaParserKept {
    /** The index of each call and object creation read so far among its type's calls. */
    private final Map<Expression, Integer> indexes = new IdentityHashMap<>();
    private final Map<VariableDeclarator, Boolean> onlyCalledOn = new IdentityHashMap<>();

    /** {@code call}, a method call or an object creation, is the {@code index}-th of its type's calls. */
    void added(Expression call, int index) {
        indexes.put(call, index);
    }

    /** The index among its type's calls of the call whose value {@code variable} keeps, read before; else -1. */
    int keeps(VariableDeclarator variable) {
        Integer index = variable.getInitializer().map(indexes::get).orElse(null);
        return index != null && onlyCalledOn.computeIfAbsent(variable, JavaParserKept::onlyCalledOn) ? index : -1;
    }

    private static boolean onlyCalledOn(VariableDeclarator variable) {
        Node declaration = variable.getParentNode().orElse(null);
        Node statement = declaration == null ? null : declaration.getParentNode().orElse(null);
        Node block = statement == null ? null : statement.getParentNode().orElse(null);
        if (!(declaration instanceof VariableDeclarationExpr && statement instanceof ExpressionStmt
                && block instanceof NodeWithStatements<?>)) {
            return false;
        }
        String name = variable.getNameAsString();
        return block.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).stream()
                .filter(n -> JavaParserScopes.declared(n) == variable)
                .allMatch(n -> n.getParentNode().orElse(null) instanceof MethodCallExpr call
                        && (call.getScope().orElse(null) == n || call.getArguments().stream().anyMatch(a -> a == n))
                        || n.getParentNode().orElse(null) instanceof ObjectCreationExpr creation
                        && creation.getArguments().stream().anyMatch(a -> a == n));
    }
}
