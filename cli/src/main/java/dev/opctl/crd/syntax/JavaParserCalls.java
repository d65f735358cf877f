package dev.opctl.crd.syntax;

import static dev.opctl.crd.syntax.JavaParserConversion.isName;
import static dev.opctl.crd.syntax.JavaParserConversion.line;
import static dev.opctl.crd.syntax.JavaParserScopes.declared;
import static dev.opctl.crd.syntax.JavaParserScopes.owner;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.ast.type.VarType;
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

    /**
     * The calls in the code of each type of {@code unit}, class literals' types converted by {@code types},
     * and arguments that may be constant expressions by {@code exprs}.
     */
    static Map<TypeDeclaration<?>, List<TypeDecl.Call>> of(CompilationUnit unit, Function<Type, TypeExpr> types,
            Function<Expression, Expr> exprs) {
        Map<TypeDeclaration<?>, List<TypeDecl.Call>> calls = new IdentityHashMap<>();
        JavaParserKept kept = new JavaParserKept();
        Map<Node, Integer> indexes = new IdentityHashMap<>(); // of each call among its type's
        // Calls, and a constructor's this(...) or super(...), in pre-order.
        unit.walk(Node.class, node -> {
            TypeDeclaration<?> owner = node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                    || node instanceof ExplicitConstructorInvocationStmt ? owner(node) : null;
            if (owner != null && node instanceof MethodCallExpr call) {
                List<TypeDecl.Call> read = calls.computeIfAbsent(owner, t -> new ArrayList<>());
                kept.added(call, read.size());
                indexes.put(call, read.size());
                read.add(call(call, types, exprs, kept).assigning(field(call)).returning(returns(call, owner)));
            } else if (owner != null && node instanceof ObjectCreationExpr creation) {
                List<TypeDecl.Call> read = calls.computeIfAbsent(owner, t -> new ArrayList<>());
                kept.added(creation, read.size());
                indexes.put(creation, read.size());
                read.add(new TypeDecl.Call(creation.getType()
                        .getNameWithScope(), "new", creation.getArguments().stream().map(a -> argument(a, types, exprs, kept))
                        .toList(), line(creation), false).assigning(field(creation)).returning(returns(creation, owner)));
            } else if (owner != null && node instanceof ExplicitConstructorInvocationStmt constructor
                    && constructor.getExpression().isEmpty()) {
                List<TypeDecl.Call> read = calls.computeIfAbsent(owner, t -> new ArrayList<>());
                indexes.put(constructor, read.size());
                read.add(new TypeDecl.Call(null, constructor.isThis() ? "this" : "super", constructor.getArguments()
                        .stream().map(a -> argument(a, types, exprs, kept)).toList(), line(constructor), false));
            }
        });
        indexes.forEach((node, index) -> {
            if (given(node).stream().anyMatch(indexes::containsKey)) {
                arguments(node, index, indexes, calls.get(owner(node)));
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

    /**
     * Marks the arguments of {@code node}, the {@code index}-th of {@code calls}, that are calls, by how many places
     * after it each is ({@link TypeDecl.Argument#call}), as {@code indexes} has them.
     */
    private static void arguments(Node node, int index, Map<Node, Integer> indexes, List<TypeDecl.Call> calls) {
        List<Expression> given = given(node);
        TypeDecl.Call call = calls.get(index);
        List<TypeDecl.Argument> arguments = new ArrayList<>(call.arguments());
        for (int i = 0; i < given.size(); i++) {
            Integer at = indexes.get(given.get(i));
            if (at != null) {
                arguments.set(i, arguments.get(i).calling(at - index));
            }
        }
        if (!arguments.equals(call.arguments())) {
            calls.set(index, new TypeDecl.Call(call.scope(), call.method(), arguments, call.line(), call.onCall(),
                    call.target(), call.field(), call.returns()));
        }
    }

    /** The arguments of {@code call}: a method call, an object creation or a constructor's this(...) or super(...). */
    private static List<Expression> given(Node call) {
        return call instanceof MethodCallExpr m ? m.getArguments() : call instanceof ObjectCreationExpr c
                ? c.getArguments() : ((ExplicitConstructorInvocationStmt) call).getArguments();
    }

    private static TypeDecl.Call call(MethodCallExpr call, Function<Type, TypeExpr> types,
            Function<Expression, Expr> exprs, JavaParserKept kept) {
        // (client).pods(), ((client)).pods(): as client.pods(); a cast, which the fast reader leaves, is taken away
        // too: ((KubernetesClient) context.getClient()).pods()
        Optional<Expression> target = call.getScope().map(JavaParserCalls::unwrapped);
        // this.client.pods(), super.client.pods(), Outer.this.client.pods(): on the field client
        String field = target.filter(s -> s instanceof FieldAccessExpr access
                && (access.getScope() instanceof ThisExpr || access.getScope() instanceof SuperExpr))
                .map(s -> ((FieldAccessExpr) s).getNameAsString()).orElse(null);
        String scope = field != null ? field
                : target.filter(JavaParserConversion::isName).map(Expression::toString).orElse(null);
        List<TypeDecl.Argument> arguments = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            arguments.add(argument(argument, types, exprs, kept));
        }
        // ((UiDeployment) resource).delete(primary, context): on a variable of the type it is cast to (Apicurio's
        // activation conditions delete their dependents so: trial41 H1).
        TypeExpr cast = call.getScope().map(s -> cast(s, types)).orElse(null);
        return new TypeDecl.Call(scope, call.getNameAsString(), arguments, line(call),
                target.filter(s -> s instanceof MethodCallExpr || s instanceof ObjectCreationExpr).isPresent(),
                field != null ? new TypeDecl.Variable(field, false, null) : target.filter(NameExpr.class::isInstance)
                        .map(s -> cast != null ? new TypeDecl.Variable(((NameExpr) s).getNameAsString(), true, cast)
                                : variable((NameExpr) s, types, kept)).orElse(null), null, null);
    }

    /** The field whose value {@code value}, a call or an object creation, is ({@link TypeDecl.Call#field}); else null. */
    private static String field(Expression value) {
        Node parent = value.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == value) {
            return variable.getParentNode().orElse(null) instanceof FieldDeclaration ? variable.getNameAsString() : null;
        }
        if (!(parent instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && assign.getValue() == value && assign.getParentNode().orElse(null) instanceof ExpressionStmt)) {
            return null;
        }
        Expression target = assign.getTarget();
        return target instanceof NameExpr name && declared(name) == null ? name.getNameAsString()
                : target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
                && self.getTypeName().isEmpty() ? access.getNameAsString() : null;
    }

    /**
     * The method of {@code owner} whose body is only {@code return value;} ({@link TypeDecl.Call#returns}), as its
     * name and number of parameters; else null.
     */
    private static String returns(Expression value, TypeDeclaration<?> owner) {
        return value.getParentNode().orElse(null) instanceof ReturnStmt statement
                && statement.getParentNode().orElse(null) instanceof BlockStmt body && body.getStatements().size() == 1
                && body.getParentNode().orElse(null) instanceof MethodDeclaration method
                && method.getParentNode().orElse(null) == owner
                ? method.getNameAsString() + "/" + method.getParameters().size() : null;
    }

    /** The type {@code e} casts to, in parentheses ({@code ((T) x)}); null where it is no cast. */
    private static TypeExpr cast(Expression e, Function<Type, TypeExpr> types) {
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e instanceof CastExpr cast ? types.apply(cast.getType()) : null;
    }

    /** {@code e} without the parentheses and casts around it. */
    private static Expression unwrapped(Expression e) {
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }

    /** What {@link TypeDecl.Argument} says of {@code argument}; with {@code kept}, a local variable's kept call. */
    private static TypeDecl.Argument argument(Expression argument, Function<Type, TypeExpr> types,
            Function<Expression, Expr> exprs, JavaParserKept kept) {
        if (argument instanceof ClassExpr literal) {
            return new TypeDecl.Argument(types.apply(literal.getType()), List.of(), null, List.of());
        }
        if (argument instanceof MethodReferenceExpr reference) {
            return new TypeDecl.Argument(null, List.of(), reference.getScope() + "::" + reference.getIdentifier(),
                    List.of());
        }
        String called = argument instanceof LambdaExpr lambda ? JavaParserElements.calledOnParameter(lambda) : null;
        if (called != null) { // r -> r.patch() is a method reference written long: X::patch
            return new TypeDecl.Argument(null, List.of(), called, List.of());
        }
        Optional<String> string = string(argument);
        if (string.isPresent()) {
            return new TypeDecl.Argument(null, List.of(string.get()), null, List.of());
        }
        if (argument instanceof BooleanLiteralExpr || argument instanceof NullLiteralExpr) {
            return new TypeDecl.Argument(null, List.of(), null, List.of(argument.toString()));
        }
        if (argument instanceof MethodCallExpr factory && Elements.factory(factory.getScope()
                .filter(JavaParserConversion::isName).map(Expression::toString).orElse(null), factory.getNameAsString())
                && factory.getArguments().stream().allMatch(a -> string(a).isPresent())) {
            return new TypeDecl.Argument(null, factory.getArguments().stream().map(a -> string(a).orElseThrow())
                    .toList(), null, List.of());
        }
        TypeDecl.Variable variable = argument instanceof NameExpr name ? variable(name, types, kept)
                : argument instanceof FieldAccessExpr access && isName(access.getScope())
                ? new TypeDecl.Variable(access.toString(), false, null) : null;
        Expr operation = argument instanceof BinaryExpr || argument instanceof UnaryExpr
                || argument instanceof CastExpr || argument instanceof ConditionalExpr
                || argument instanceof EnclosedExpr ? exprs.apply(argument) : null;
        return new TypeDecl.Argument(null, List.of(), null, names(argument), variable, made(argument, types),
                operation != null && Expr.operation(operation) ? operation : null, 0);
    }

    /** How {@code value} is made, when that says its type ({@link TypeDecl.Made}); else null. */
    private static TypeDecl.Made made(Expression value, Function<Type, TypeExpr> types) {
        if (value instanceof ObjectCreationExpr creation && creation.getScope().isEmpty()) {
            return new TypeDecl.Made(types.apply(creation.getType()), false, null, 0);
        }
        if (value instanceof CastExpr cast && cast.getType().isReferenceType()) {
            return new TypeDecl.Made(types.apply(cast.getType()), false, null, 0);
        }
        if (!(value instanceof MethodCallExpr call)) {
            return null;
        }
        TypeExpr taken = JavaParserElements.ofTaken(call, types); // job.get() of a var job = ...(Job.class)
        if (taken != null) {
            return new TypeDecl.Made(taken, false, null, 0);
        }
        Expression scope = call.getScope().orElse(null);
        if (scope == null || scope instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            return new TypeDecl.Made(null, false, call.getNameAsString(), call.getArguments().size());
        }
        if (isName(scope)) { // as the declaration reader's path of names: this.x and super.x are none
            return new TypeDecl.Made(null, false, call.getNameAsString(), call.getArguments().size(), scope.toString());
        }
        // new ConfigMapBuilder()...build(): the calls between are the builder's own
        Expression first = scope;
        while (first instanceof MethodCallExpr inner && !inner.getNameAsString().equals("build")) {
            first = inner.getScope().orElse(null);
        }
        return call.getNameAsString().equals("build") && call.getArguments().isEmpty()
                && first instanceof ObjectCreationExpr creation && creation.getScope().isEmpty()
                && creation.getType().getNameAsString().endsWith("Builder")
                ? new TypeDecl.Made(types.apply(creation.getType()), true, null, 0)
                : scope instanceof ThisExpr || scope instanceof SuperExpr ? null
                : TypeDecl.Made.onValue(call.getNameAsString(), call.getArguments().size());
    }

    /**
     * What declares {@code name} where it is used: the nearest parameter or local variable in scope
     * (of the methods, lambdas, blocks, loops, catch clauses, try resources and patterns around it),
     * up to the member type whose code it is; else a variable that is none of them. A lambda's parameter,
     * or a {@code var} of a for-each loop, has the type of the elements it is given where the code says it
     * ({@link JavaParserElements}). With {@code kept}, a local variable's {@linkplain TypeDecl.Variable#keeps kept call}.
     */
    private static TypeDecl.Variable variable(NameExpr name, Function<Type, TypeExpr> types, JavaParserKept kept) {
        String id = name.getNameAsString();
        Node declaration = declared(name);
        if (declaration instanceof Parameter parameter) {
            TypeExpr type = parameter.getType() instanceof UnknownType ? JavaParserElements.ofParameter(parameter,
                    types) : types.apply(parameter.getType());
            return new TypeDecl.Variable(id, true, parameter.isVarArgs() ? new TypeExpr.ArrayOf(type) : type, null,
                    null, -1, elements(parameter, types), parameter(parameter));
        }
        if (declaration instanceof VariableDeclarator variable) {
            Expression value = variable.getInitializer().orElse(null);
            int keeps = kept == null ? -1 : kept.keeps(variable);
            if (isVar(variable)) {
                TypeExpr element = JavaParserElements.ofLoopVariable(variable, types);
                return new TypeDecl.Variable(id, true, element, value != null ? made(value, types) : null,
                        value == null ? null : value.toString(), keeps, elements(variable, types), null);
            }
            return new TypeDecl.Variable(id, true, types.apply(variable.getType()), null,
                    value == null ? null : value.toString(), keeps, elements(variable, types), null);
        }
        if (declaration instanceof TypePatternExpr pattern) {
            return new TypeDecl.Variable(id, true, types.apply(pattern.getType()));
        }
        return new TypeDecl.Variable(id, false, null);
    }

    /** What {@link TypeDecl.Variable#parameter} says of {@code parameter}: {@code name/2#0}, of a method of its type. */
    private static String parameter(Parameter parameter) {
        if (parameter.getParentNode().orElse(null) instanceof MethodDeclaration method
                && method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type && type == owner(method)) {
            for (int i = 0; i < method.getParameters().size(); i++) {
                if (method.getParameter(i) == parameter) {
                    return method.getNameAsString() + "/" + method.getParameters().size() + "#" + i;
                }
            }
        }
        return null;
    }

    /** The variables {@code declared} is given in turn ({@link TypeDecl.Variable#elements}). */
    private static List<TypeDecl.Variable> elements(Node declared, Function<Type, TypeExpr> types) {
        return JavaParserElements.ofFactory(declared).stream().map(name -> variable(name, types, null)).toList();
    }

    /** Whether {@code variable} is declared {@code var}: JavaParser's VarType from Java 10, else a class type so named. */
    static boolean isVar(VariableDeclarator variable) {
        return variable.getType() instanceof VarType || variable.getType().asString().equals("var");
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
}
