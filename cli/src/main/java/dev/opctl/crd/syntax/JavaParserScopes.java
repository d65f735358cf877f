package dev.opctl.crd.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.List;

/** Where a JavaParser syntax tree's code is: the type whose code a node is, and what declares a name where it is used. */
final class JavaParserScopes {
    private JavaParserScopes() {
    }

    /**
     * The parameter, local variable or pattern that declares {@code name} where it is used, as {@code JavaParserCalls}'
     * variables are found; null for none (a field's name, or one opctl cannot tell).
     */
    static Node declared(NameExpr name) {
        String id = name.getNameAsString();
        Node child = name;
        for (Node n = name.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> && n == owner(child)) {
                break;
            }
            Node declaration = declaration(n, child, id);
            if (declaration != null) {
                return declaration;
            }
        }
        return null;
    }

    /** What in {@code scope} declares {@code id} for {@code child}, a node in it: a parameter, variable or pattern. */
    private static Node declaration(Node scope, Node child, String id) {
        List<Node> declared = new ArrayList<>();
        if (scope instanceof NodeWithParameters<?> withParameters) { // methods and constructors
            declared.addAll(withParameters.getParameters());
        } else if (scope instanceof LambdaExpr lambda) {
            declared.addAll(lambda.getParameters());
        } else if (scope instanceof CatchClause clause) {
            declared.add(clause.getParameter());
        } else if (scope instanceof ForEachStmt loop && child == loop.getBody()) {
            declared.addAll(loop.getVariable().getVariables());
        } else if (scope instanceof ForStmt loop) {
            loop.getInitialization().forEach(i -> declared.addAll(variables(i)));
        } else if (scope instanceof TryStmt statement) {
            statement.getResources().forEach(r -> declared.addAll(variables(r)));
        } else if (scope instanceof IfStmt statement && child == statement.getThenStmt()) {
            declared.addAll(statement.getCondition().findAll(TypePatternExpr.class));
        } else if (scope instanceof NodeWithStatements<?> block) { // blocks and switch entries: the statements before
            for (Statement statement : block.getStatements()) {
                if (statement == child) {
                    break;
                }
                if (statement instanceof ExpressionStmt expression) {
                    declared.addAll(variables(expression.getExpression()));
                }
            }
        }
        Node found = null;
        for (Node node : declared) {
            if (node instanceof NodeWithSimpleName<?> named && named.getNameAsString().equals(id)) {
                found = node; // the last: a later declaration in a block is the one in scope
            }
        }
        return found;
    }

    private static List<VariableDeclarator> variables(Expression expression) {
        return expression instanceof VariableDeclarationExpr declaration ? declaration.getVariables() : List.of();
    }


    /** The member or top-level type whose code {@code node} is: local and anonymous classes belong to it. */
    static TypeDeclaration<?> owner(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            Node parent = n.getParentNode().orElse(null);
            if (n instanceof TypeDeclaration<?> type && !(parent instanceof LocalClassDeclarationStmt)
                    && !(parent instanceof LocalRecordDeclarationStmt)) {
                return type;
            }
        }
        return null;
    }
}
