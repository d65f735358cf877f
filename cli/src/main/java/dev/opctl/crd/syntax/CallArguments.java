package dev.opctl.crd.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ExpressionReader} reads of the arguments of calls ({@link TypeDecl.Argument}): string
 * and class literals, collection factories of string literals, and the names in each argument.
 */
final class CallArguments {
    /** The calls of collection factories of string literals read ({@code Set.of("a")}), with those strings. */
    private final Map<Expr, List<String>> factories = new IdentityHashMap<>();
    /** The names read in each argument of a call ({@link TypeDecl.Argument#names}). */
    private final Map<Expr, List<String>> names = new IdentityHashMap<>();
    /** How the expressions read were made, where that says their type ({@link TypeDecl.Argument#made}). */
    private final Map<Expr, TypeDecl.Made> made = new IdentityHashMap<>();
    /** The lists of names of the arguments being read, the innermost first: a name is in each. */
    private final Deque<List<String>> reading = new ArrayDeque<>();
    /** How many calls were read when each argument being read started, the innermost first. */
    private final Deque<Integer> starts = new ArrayDeque<>();
    /** The index among the calls of each argument read that is a call ({@link TypeDecl.Argument#call}). */
    private final Map<Expr, Integer> calls = new IdentityHashMap<>();
    /** The method whose body is read, as {@link TypeDecl.Variable#parameter} names it; null for any other code. */
    private String method;
    /** The parameters of the method or constructor whose body is read: its variables (the subset has no others). */
    private List<TypeDecl.Param> parameters = List.of();

    /** The body of {@code method} (null: a constructor's, or none) with {@code parameters} starts. */
    void code(String method, List<TypeDecl.Param> parameters) {
        this.method = method;
        this.parameters = parameters;
    }

    /** The parameters of the method or constructor whose body is read. */
    List<TypeDecl.Param> parameters() {
        return parameters;
    }

    /** An argument starts, {@code read} calls having been read. */
    void begin(int read) {
        reading.push(new ArrayList<>());
        starts.push(read);
    }

    /**
     * The argument started last is {@code argument}, {@code read} calls having been read; returns it. It is a call
     * where it is a call's value and a call was read in it: the outermost, put first.
     */
    Expr end(Expr argument, int read) {
        names.put(argument, reading.pop());
        int start = starts.pop();
        if (argument instanceof Expr.Other && argument.text().endsWith(")") && read > start) {
            calls.put(argument, start);
        }
        return argument;
    }

    /** The argument started last was not read to its end. */
    void abandon() {
        reading.pop();
        starts.pop();
    }

    /** A (qualified) name was read, no call's nor field access's target: one of the arguments being read. */
    void name(String name) {
        for (List<String> found : reading) {
            found.add(name);
        }
    }

    /** {@code expression} was made by {@code how} (null: nothing that says its type). */
    void made(Expr expression, TypeDecl.Made how) {
        if (how != null) {
            made.put(expression, how);
        }
    }

    /** {@code expression} calls {@code scope.method(arguments)}: a collection factory's, of string literals? */
    void called(Expr expression, String scope, String method, List<Expr> arguments) {
        List<String> strings = arguments.stream().filter(a -> a instanceof Expr.Literal l
                && l.value() instanceof String).map(a -> (String) ((Expr.Literal) a).value()).toList();
        if (Elements.factory(scope, method) && strings.size() == arguments.size()) {
            factories.put(expression, strings);
        }
    }

    /**
     * How a primary expression and the calls and field accesses after it make its value, read call by
     * call: {@code new T(...)} and {@code m(...)} as the primary, {@code this.m(...)},
     * {@code new TBuilder(...)...build()}, and a call on another's value by its name only, as
     * {@code JavaParserCalls} reads them whole.
     */
    static final class Making {
        private TypeDecl.Made made;
        /** The builder made by the primary, until a build() or a field access. */
        private TypeExpr builder;
        /** Whether the primary is {@code this}, and nothing follows it yet. */
        private boolean self;
        /** Whether the primary is {@code super}, and nothing follows it yet. */
        private boolean superclass;
        /** The name of the field {@code this.name} or {@code super.name} accesses, while nothing follows it. */
        private String field;
        /** The type of the elements of the value so far, where the code says it ({@link Elements}); else null. */
        private TypeExpr elements;

        Making(TypeDecl.Made primary, boolean self, boolean superclass) {
            this.made = primary;
            this.builder = primary != null && primary.type() instanceof TypeExpr.ClassType type
                    && type.name().endsWith("Builder") ? type : null;
            this.self = self;
            this.superclass = superclass;
        }

        /**
         * A call of {@code method} with {@code arguments} follows, on the dotted name {@code scope} or null, in the
         * code whose variables are {@code parameters}.
         */
        void called(String method, List<Expr> arguments, String scope, List<TypeDecl.Param> parameters) {
            int arity = arguments.size();
            // The elements of what it is called on (Elements): job.get() of an Optional<Job> job is a Job.
            boolean same = Elements.same(method, arity);
            boolean taking = Elements.taking(method, arity);
            TypeExpr of = !same && !taking ? null : scope != null && scope.indexOf('.') < 0
                    ? Elements.held(variable(scope, parameters, null).type()) : elements; // looked up only where it counts
            elements = Elements.secondary(method) && arity == 1 && arguments.get(0) instanceof Expr.ClassLiteral
                    literal ? literal.type() : same ? of : null;
            made = of != null && taking ? new TypeDecl.Made(of, false, null, 0)
                    : self ? new TypeDecl.Made(null, false, method, arity)
                    : scope != null ? new TypeDecl.Made(null, false, method, arity, scope)
                    : builder != null && method.equals("build") && arity == 0 ? new TypeDecl.Made(builder, true, null, 0)
                    : superclass ? null : TypeDecl.Made.onValue(method, arity);
            builder = method.equals("build") ? null : builder;
            self = false;
            superclass = false;
            field = null;
        }

        /** An access of the field {@code name} follows. */
        void accessed(String name) {
            elements = null;
            field = self || superclass ? name : null;
            made = null;
            builder = null;
            self = false;
            superclass = false;
        }

        /** The field {@code this.name} or {@code super.name} names, while nothing else follows; else null. */
        String field() {
            return field;
        }

        TypeDecl.Made made() {
            return made;
        }
    }

    /** What is read of {@code argument}, of the call at index {@code call} among the calls. */
    TypeDecl.Argument argument(Expr argument, int call) {
        if (argument instanceof Expr.Literal literal && literal.value() instanceof String string) {
            return new TypeDecl.Argument(null, List.of(string), null, List.of());
        }
        if (argument instanceof Expr.Literal literal && literal.value() instanceof Boolean
                || argument instanceof Expr.Other other && other.text().equals("null")) {
            return new TypeDecl.Argument(null, List.of(), null, List.of(argument.text()));
        }
        TypeDecl.Variable variable = null;
        if (argument instanceof Expr.Name name && name.name().indexOf('.') < 0) {
            variable = variable(name.name(), parameters, method);
        } else if (argument instanceof Expr.FieldAccess access) {
            variable = new TypeDecl.Variable(access.scope() + "." + access.name(), false, null);
        }
        return new TypeDecl.Argument(argument instanceof Expr.ClassLiteral literal ? literal.type() : null,
                factories.getOrDefault(argument, List.of()), null, names.getOrDefault(argument, List.of()), variable,
                factories.containsKey(argument) ? null : made.get(argument), Expr.operation(argument) ? argument : null,
                calls.containsKey(argument) ? calls.get(argument) - call : 0);
    }

    /**
     * What declares the name a call of {@code method} is made on, {@code scope}: a simple name's variable
     * (a {@code field}'s, written {@code this.name}, whatever local shares its name); null for none.
     */
    TypeDecl.Variable target(String scope, String method, boolean field) {
        return scope == null || scope.indexOf('.') >= 0 || method.equals("new") ? null
                : field ? new TypeDecl.Variable(scope, false, null) : variable(scope, parameters, this.method);
    }

    /**
     * What declares the simple name {@code name} in the code whose variables are {@code parameters}, the body of
     * {@code method} ({@link TypeDecl.Variable#parameter}) or of no method (null).
     */
    static TypeDecl.Variable variable(String name, List<TypeDecl.Param> parameters, String method) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return new TypeDecl.Variable(name, true, parameters.get(i).type(), null, null, -1, List.of(),
                        method == null ? null : method + "#" + i);
            }
        }
        return new TypeDecl.Variable(name, false, null);
    }
}
