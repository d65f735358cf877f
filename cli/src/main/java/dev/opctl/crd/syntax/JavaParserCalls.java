package dev.opctl.crd.syntax;

import static dev.opctl.crd.syntax.JavaParserConversion.isName;
import static dev.opctl.crd.syntax.JavaParserConversion.line;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The calls in the code of a JavaParser syntax tree's types, as {@link TypeDecl.Call}s (see {@link TypeDecl#calls()}). */
final class JavaParserCalls {
    private JavaParserCalls() {
    }

    /** The calls in the code of each type of {@code unit}, class literals' types converted by {@code types}. */
    static Map<TypeDeclaration<?>, List<TypeDecl.Call>> of(CompilationUnit unit, Function<Type, TypeExpr> types) {
        Map<TypeDeclaration<?>, List<TypeDecl.Call>> calls = new IdentityHashMap<>();
        // Calls, and a constructor's this(...) or super(...), in pre-order.
        unit.walk(Node.class, node -> {
            TypeDeclaration<?> owner = node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                    || node instanceof ExplicitConstructorInvocationStmt ? owner(node) : null;
            if (owner != null && node instanceof MethodCallExpr call) {
                calls.computeIfAbsent(owner, t -> new ArrayList<>()).add(call(call, types));
            } else if (owner != null && node instanceof ObjectCreationExpr creation) {
                calls.computeIfAbsent(owner, t -> new ArrayList<>()).add(new TypeDecl.Call(creation.getType()
                        .getNameWithScope(), "new", creation.getArguments().stream().map(a -> argument(a, types))
                        .toList(), line(creation), false));
            } else if (owner != null && node instanceof ExplicitConstructorInvocationStmt constructor
                    && constructor.getExpression().isEmpty()) {
                calls.computeIfAbsent(owner, t -> new ArrayList<>()).add(new TypeDecl.Call(null, constructor.isThis()
                        ? "this" : "super", constructor.getArguments().stream().map(a -> argument(a, types)).toList(),
                        line(constructor), false));
            }
        });
        // A method reference calls its method too (UpdateControl::patchStatus); the fast reader reads none.
        unit.walk(MethodReferenceExpr.class, reference -> {
            TypeDeclaration<?> owner = owner(reference);
            Expression scope = reference.getScope();
            boolean named = scope instanceof com.github.javaparser.ast.expr.TypeExpr || isName(scope);
            if (owner != null) {
                calls.computeIfAbsent(owner, t -> new ArrayList<>()).add(new TypeDecl.Call(named ? scope.toString()
                        : null, reference.getIdentifier(), List.of(), line(reference), false));
            }
        });
        return calls;
    }

    private static TypeDecl.Call call(MethodCallExpr call, Function<Type, TypeExpr> types) {
        String scope = call.getScope().filter(JavaParserConversion::isName).map(Expression::toString).orElse(null);
        List<TypeDecl.Argument> arguments = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            arguments.add(argument(argument, types));
        }
        return new TypeDecl.Call(scope, call.getNameAsString(), arguments, line(call),
                call.getScope().filter(s -> s instanceof MethodCallExpr || s instanceof ObjectCreationExpr).isPresent());
    }

    /** What {@link TypeDecl.Argument} says of {@code argument}. */
    private static TypeDecl.Argument argument(Expression argument, Function<Type, TypeExpr> types) {
        if (argument instanceof ClassExpr literal) {
            return new TypeDecl.Argument(types.apply(literal.getType()), List.of(), null, List.of());
        }
        if (argument instanceof MethodReferenceExpr reference) {
            return new TypeDecl.Argument(null, List.of(), reference.getScope() + "::" + reference.getIdentifier(),
                    List.of());
        }
        Optional<String> string = string(argument);
        if (string.isPresent()) {
            return new TypeDecl.Argument(null, List.of(string.get()), null, List.of());
        }
        if (argument instanceof MethodCallExpr factory && TypeDecl.Argument.factory(factory.getScope()
                .filter(JavaParserConversion::isName).map(Expression::toString).orElse(null), factory.getNameAsString())
                && factory.getArguments().stream().allMatch(a -> string(a).isPresent())) {
            return new TypeDecl.Argument(null, factory.getArguments().stream().map(a -> string(a).orElseThrow())
                    .toList(), null, List.of());
        }
        return new TypeDecl.Argument(null, List.of(), null, names(argument));
    }

    /** The names and field accesses of names in {@code argument}, but those a call or field access is made on. */
    private static List<String> names(Expression argument) {
        List<String> names = new ArrayList<>();
        argument.walk(Node.TreeTraversal.PREORDER, node -> {
            if (node instanceof Expression e && isName(e) && e.getParentNode()
                    .filter(p -> p instanceof FieldAccessExpr f && f.getScope() == e
                            || p instanceof MethodCallExpr m && m.getScope().orElse(null) == e).isEmpty()) {
                names.add(e.toString());
            }
        });
        return names;
    }

    /** The value of a string literal or text block. */
    private static Optional<String> string(Expression expression) {
        return expression instanceof StringLiteralExpr literal ? Optional.of(literal.asString())
                : expression instanceof TextBlockLiteralExpr block ? Optional.of(block.asString()) : Optional.empty();
    }

    /** The member or top-level type whose code {@code node} is: local and anonymous classes belong to it. */
    private static TypeDeclaration<?> owner(Node node) {
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
