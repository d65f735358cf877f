package dev.opctl.crd.syntax;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** What a method's body returns, in the shapes of {@link TypeDecl.Returns}, from JavaParser's tree. */
final class JavaParserReturns {
    private JavaParserReturns() {
    }

    /**
     * What {@code method} returns, or null when its body has none of the shapes.
     *
     * @param expr converts an expression a switch returns
     */
    static TypeDecl.Returns of(MethodDeclaration method, Function<Expression, Expr> expr) {
        List<Statement> body = method.getBody().map(b -> (List<Statement>) b.getStatements()).orElse(List.of());
        if (body.size() == 1 && body.get(0) instanceof ReturnStmt ret && ret.getExpression().isPresent()) {
            Expression value = ret.getExpression().get();
            if (value instanceof SwitchExpr switchExpr && switchExpr.getSelector() instanceof ThisExpr) {
                return perConstant(switchExpr.getEntries(), true, null, expr);
            }
            String field = fieldName(value);
            return field != null ? new TypeDecl.Returns.FieldValue(field)
                    : TypeDecl.Returns.ConstantName.of(expr.apply(value).text());
        }
        boolean restReturnsOrThrows = body.size() == 1
                || body.size() == 2 && (body.get(1) instanceof ReturnStmt || body.get(1) instanceof ThrowStmt);
        if (!body.isEmpty() && body.get(0) instanceof SwitchStmt switchStmt && restReturnsOrThrows
                && switchStmt.getSelector() instanceof ThisExpr) {
            Expression after = body.size() == 2 && body.get(1) instanceof ReturnStmt ret
                    ? ret.getExpression().orElse(null) : null;
            return perConstant(switchStmt.getEntries(), false, after, expr);
        }
        return null;
    }

    /** {@code name} or {@code this.name}, else null. */
    static String fieldName(Expression e) {
        if (e instanceof NameExpr name) {
            return name.getNameAsString();
        }
        return e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
                ? access.getNameAsString() : null;
    }

    /**
     * The value each case of a {@code switch (this)} returns or yields; cases without statements share
     * the next one's ({@code case A: case B: return "ab";}); a case that throws gives none. The default's
     * value, or else that of the return after a switch statement, is the constants' without a case.
     * Null when a case does something else.
     *
     * @param yields whether the switch is an expression, whose cases yield rather than return
     * @param after what the return after a switch statement returns, or null
     */
    private static TypeDecl.Returns perConstant(NodeList<SwitchEntry> entries, boolean yields, Expression after,
            Function<Expression, Expr> expr) {
        Map<String, Expr> values = new HashMap<>();
        Set<String> throwing = new HashSet<>();
        List<String> waiting = new ArrayList<>();
        boolean hasDefault = false;
        boolean defaultWaiting = false;
        Expression otherwise = null;
        for (SwitchEntry entry : entries) {
            if (entry.getLabels().isEmpty()) {
                hasDefault = true;
                defaultWaiting = true;
            }
            for (Expression label : entry.getLabels()) {
                if (!(label instanceof NameExpr constant)) {
                    return null;
                }
                waiting.add(constant.getNameAsString());
            }
            if (entry.getStatements().isEmpty()) {
                continue;
            }
            Expression value = value(entry.getStatements(), yields);
            if (value == null && !waiting.isEmpty() && !throwing(entry.getStatements())) {
                return null;
            }
            for (String constant : waiting) {
                if (value == null) {
                    throwing.add(constant);
                } else {
                    values.put(constant, expr.apply(value));
                }
            }
            otherwise = defaultWaiting ? value : otherwise;
            defaultWaiting = false;
            waiting.clear();
        }
        if (after != null && (!hasDefault || defaultWaiting)) { // the constants the switch lets through
            waiting.forEach(constant -> values.put(constant, expr.apply(after)));
            otherwise = after;
        }
        return values.isEmpty() && otherwise == null ? null : new TypeDecl.Returns.PerConstant(values, throwing,
                otherwise == null ? null : expr.apply(otherwise));
    }

    /**
     * What a case's statements give: one {@code return x;}, or in a switch expression one {@code yield x;}
     * or an arrow's {@code x}; a block of one of these gives the same.
     */
    private static Expression value(List<Statement> statements, boolean yields) {
        if (statements.size() != 1) {
            return null;
        }
        Statement statement = statements.get(0);
        if (statement instanceof BlockStmt block) {
            return value(block.getStatements(), yields);
        }
        if (!yields) {
            return statement instanceof ReturnStmt ret ? ret.getExpression().orElse(null) : null;
        }
        if (statement instanceof YieldStmt yield) {
            return yield.getExpression();
        }
        return statement instanceof ExpressionStmt arrow ? arrow.getExpression() : null;
    }

    private static boolean throwing(List<Statement> statements) {
        return statements.size() == 1 && (statements.get(0) instanceof ThrowStmt
                || statements.get(0) instanceof BlockStmt block && throwing(block.getStatements()));
    }
}
