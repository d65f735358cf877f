package dev.opctl.crd.syntax;

import static dev.opctl.crd.syntax.JavaParserConversion.isName;
import static dev.opctl.crd.syntax.JavaParserConversion.line;

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
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
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
        // Calls, and a constructor's this(...) or super(...), in pre-order.
        unit.walk(Node.class, node -> {
            TypeDeclaration<?> owner = node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                    || node instanceof ExplicitConstructorInvocationStmt ? owner(node) : null;
            if (owner != null && node instanceof MethodCallExpr call) {
                List<TypeDecl.Call> read = calls.computeIfAbsent(owner, t -> new ArrayList<>());
                kept.added(call, read.size());
                read.add(call(call, types, exprs, kept).assigning(field(call)).returning(returns(call, owner)));
            } else if (owner != null && node instanceof ObjectCreationExpr creation) {
                List<TypeDecl.Call> read = calls.computeIfAbsent(owner, t -> new ArrayList<>());
                kept.added(creation, read.size());
                read.add(new TypeDecl.Call(creation.getType()
                        .getNameWithScope(), "new", creation.getArguments().stream().map(a -> argument(a, types, exprs))
                        .toList(), line(creation), false).assigning(field(creation)).returning(returns(creation, owner)));
            } else if (owner != null && node instanceof ExplicitConstructorInvocationStmt constructor
                    && constructor.getExpression().isEmpty()) {
                calls.computeIfAbsent(owner, t -> new ArrayList<>()).add(new TypeDecl.Call(null, constructor.isThis()
                        ? "this" : "super", constructor.getArguments().stream().map(a -> argument(a, types, exprs))
                        .toList(), line(constructor), false));
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
            arguments.add(argument(argument, types, exprs));
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

    /** What {@link TypeDecl.Argument} says of {@code argument}. */
    private static TypeDecl.Argument argument(Expression argument, Function<Type, TypeExpr> types,
            Function<Expression, Expr> exprs) {
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
        TypeDecl.Variable variable = argument instanceof NameExpr name ? variable(name, types, null)
                : argument instanceof FieldAccessExpr access && isName(access.getScope())
                ? new TypeDecl.Variable(access.toString(), false, null) : null;
        Expr operation = argument instanceof BinaryExpr || argument instanceof UnaryExpr
                || argument instanceof CastExpr || argument instanceof ConditionalExpr
                || argument instanceof EnclosedExpr ? exprs.apply(argument) : null;
        return new TypeDecl.Argument(null, List.of(), null, names(argument), variable, made(argument, types),
                operation != null && TypeDecl.Argument.operation(operation) ? operation : null);
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
                    null, -1, elements(parameter, types));
        }
        if (declaration instanceof VariableDeclarator variable) {
            Expression value = variable.getInitializer().orElse(null);
            int keeps = kept == null ? -1 : kept.keeps(variable);
            if (isVar(variable)) {
                TypeExpr element = JavaParserElements.ofLoopVariable(variable, types);
                return new TypeDecl.Variable(id, true, element, value != null ? made(value, types) : null,
                        value == null ? null : value.toString(), keeps, elements(variable, types));
            }
            return new TypeDecl.Variable(id, true, types.apply(variable.getType()), null,
                    value == null ? null : value.toString(), keeps, elements(variable, types));
        }
        if (declaration instanceof TypePatternExpr pattern) {
            return new TypeDecl.Variable(id, true, types.apply(pattern.getType()));
        }
        return new TypeDecl.Variable(id, false, null);
    }

    /** The variables {@code declared} is given in turn ({@link TypeDecl.Variable#elements}). */
    private static List<TypeDecl.Variable> elements(Node declared, Function<Type, TypeExpr> types) {
        return JavaParserElements.ofFactory(declared).stream().map(name -> variable(name, types, null)).toList();
    }

    /** Whether {@code variable} is declared {@code var}: JavaParser's VarType from Java 10, else a class type so named. */
    static boolean isVar(VariableDeclarator variable) {
        return variable.getType() instanceof VarType || variable.getType().asString().equals("var");
    }

    /**
     * The parameter, local variable or pattern that declares {@code name} where it is used, as {@link #variable}
     * finds it; null for none (a field's name, or one opctl cannot tell).
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
