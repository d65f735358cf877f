package dev.opctl.crd.syntax;

import dev.opctl.crd.model.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class, interface, enum, record or annotation type, as written: no implicit member or modifier
 * is added (a nested enum is not marked static, a record's fields are its components).
 *
 * @param kind what it is
 * @param name its simple name
 * @param modifiers the modifiers written that the model knows
 * @param annotations the annotations written on it, in order
 * @param typeParameters its type parameters
 * @param extended the types after {@code extends}: a class's superclass, an interface's interfaces
 * @param implemented the types after {@code implements}
 * @param fields its fields, one per variable ({@code int a, b;} gives two)
 * @param methods its methods (not an annotation type's elements)
 * @param constructors its constructors
 * @param components a record's components, else empty
 * @param constants an enum's constants, else empty
 * @param nested its member types
 * @param calls the method calls and object creations in its code (methods, constructors, initializers,
 *     field initializers, and the lambdas, anonymous and local classes in them; not its member types'):
 *     its members' in the order written, then an enum's constants' arguments (JavaParser's order),
 *     a call before the calls in its target and arguments
 * @param comments the comments before it
 * @param line the line of its first token
 */
public record TypeDecl(Kind kind, String name, Set<Modifier> modifiers, List<Annotation> annotations,
        List<TypeParameter> typeParameters, List<TypeExpr.ClassType> extended, List<TypeExpr.ClassType> implemented,
        List<Field> fields, List<Method> methods, List<Constructor> constructors, List<Param> components,
        List<EnumConstant> constants, List<TypeDecl> nested, List<Call> calls, List<Comment> comments, int line) {
    public TypeDecl {
        modifiers = Set.copyOf(modifiers);
        annotations = List.copyOf(annotations);
        typeParameters = List.copyOf(typeParameters);
        extended = List.copyOf(extended);
        implemented = List.copyOf(implemented);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        constructors = List.copyOf(constructors);
        components = List.copyOf(components);
        constants = List.copyOf(constants);
        nested = List.copyOf(nested);
        calls = List.copyOf(calls);
        comments = List.copyOf(comments);
    }

    /** What a type declaration declares. */
    public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    /**
     * A type parameter of the type: {@code N} of {@code <N extends Number & Comparable<N>>}.
     *
     * @param name its name
     * @param bound its first bound, what Jackson (and javac's erasure) takes for it where it is not
     *     bound; null when it has none
     */
    public record TypeParameter(String name, TypeExpr.ClassType bound) {
    }

    /**
     * A field: one variable of a field declaration, with the declaration's modifiers, annotations and comments.
     *
     * @param name its name
     * @param type its type ({@code int a[]} gives {@code int[]})
     * @param initializer what it is initialized with, or null
     * @param line the line of the declaration's first token
     */
    public record Field(String name, TypeExpr type, Set<Modifier> modifiers, List<Annotation> annotations,
            Expr initializer, List<Comment> comments, int line) {
        public Field {
            modifiers = Set.copyOf(modifiers);
            annotations = List.copyOf(annotations);
            comments = List.copyOf(comments);
        }
    }

    /**
     * A method.
     *
     * @param typeParameters its type parameters
     * @param returnType its return type ({@code void} is a primitive)
     * @param hasBody whether it has a body (an abstract or interface method has none)
     * @param returns what its body returns, when it has one of the shapes of {@link Returns}, else null
     * @param line the line of its first token
     * @param endLine the line of its last token (its body's closing brace, or the semicolon of one without)
     */
    public record Method(String name, List<TypeParameter> typeParameters, TypeExpr returnType, List<Param> parameters,
            Set<Modifier> modifiers, List<Annotation> annotations, boolean hasBody, Returns returns,
            List<Comment> comments, int line, int endLine) {
        public Method {
            typeParameters = List.copyOf(typeParameters);
            parameters = List.copyOf(parameters);
            modifiers = Set.copyOf(modifiers);
            annotations = List.copyOf(annotations);
            comments = List.copyOf(comments);
        }
    }

    /** What a method's body returns, in the shapes an accessor or an enum's {@code @JsonValue} method takes. */
    public sealed interface Returns {
        /** A field's value: the body is only {@code return x;} or {@code return this.x;}. */
        record FieldValue(String field) implements Returns {
        }

        /**
         * An enum constant's name: the body is only {@code return name();}, maybe followed by calls that
         * change it: {@code .toLowerCase()}, {@code .toUpperCase()} (with or without a {@code Locale}),
         * {@code .replace('_', '-')} (of two char or two String literals).
         *
         * @param changes the calls, as {@link dev.opctl.crd.model.EnumConstant#renamed} takes them
         */
        record ConstantName(List<String> changes) implements Returns {
            private static final String LITERAL = "('(?:[^'\\\\]|\\\\.)+'|\"(?:[^\"\\\\]|\\\\.)*\")";
            private static final Pattern NAME = Pattern.compile(
                    "(?:(?:[\\w$]+\\s*\\.\\s*)*this\\s*\\.\\s*|super\\s*\\.\\s*)?name\\s*\\(\\s*\\)");
            private static final Pattern CALL = Pattern.compile("\\s*\\.\\s*(?:(toLowerCase|toUpperCase)\\s*\\(\\s*"
                    + "(?:[\\w$]+(?:\\s*\\.\\s*[\\w$]+)*\\s*)?\\)|replace\\s*\\(\\s*" + LITERAL + "\\s*,\\s*" + LITERAL
                    + "\\s*\\))");

            public ConstantName {
                changes = List.copyOf(changes);
            }

            /** The shape of the expression a method returns, from its source text; null for another. */
            static ConstantName of(String returned) {
                Matcher name = NAME.matcher(returned);
                if (!name.lookingAt()) {
                    return null;
                }
                List<String> changes = new ArrayList<>();
                Matcher call = CALL.matcher(returned);
                for (int at = name.end(); at < returned.length(); at = call.end()) {
                    if (!call.region(at, returned.length()).lookingAt()) {
                        return null;
                    }
                    if (call.group(1) != null) {
                        changes.add(call.group(1));
                    } else if (call.group(2).charAt(0) == call.group(3).charAt(0)) { // two chars or two Strings
                        changes.addAll(List.of("replace", literal(call.group(2)), literal(call.group(3))));
                    } else {
                        return null;
                    }
                }
                return new ConstantName(changes);
            }

            private static String literal(String quoted) {
                return Literals.string(quoted.substring(1, quoted.length() - 1));
            }
        }

        /**
         * A value for each enum constant: the body is a {@code switch (this)} whose cases return one
         * ({@code case A: return "a";}, {@code case A, B -> "ab";} in a returned switch expression),
         * optionally followed by a {@code return} or {@code throw} for the rest.
         *
         * @param values the expression returned for each constant a case names
         * @param throwing the constants whose case throws: they have no value
         * @param otherwise the expression returned for the other constants (by the default, or the return
         *     after the switch), or null when they have none (it throws, or there are no others)
         */
        record PerConstant(Map<String, Expr> values, Set<String> throwing, Expr otherwise) implements Returns {
            public PerConstant {
                values = Map.copyOf(values);
                throwing = Set.copyOf(throwing);
            }
        }
    }

    /**
     * A constructor, as far as an enum's {@code @JsonValue} and Jackson's creators need it.
     *
     * @param parameters its parameters
     * @param annotations the annotations written on it
     * @param assignments the statements of its body that assign a parameter to a field, {@code this.x = p;}
     *     or {@code x = p;}, in order
     * @param delegation the arguments of the {@code this(...)} it starts with, or null when it does not
     * @param line the line of its first token
     */
    public record Constructor(List<Param> parameters, List<Annotation> annotations, List<Assignment> assignments,
            List<Expr> delegation, int line) {
        public Constructor {
            parameters = List.copyOf(parameters);
            annotations = List.copyOf(annotations);
            assignments = List.copyOf(assignments);
            delegation = delegation == null ? null : List.copyOf(delegation);
        }
    }

    /**
     * {@code this.field = parameter;}.
     *
     * @param field the field assigned
     * @param parameter the simple name assigned to it
     */
    public record Assignment(String field, String parameter) {
    }

    /**
     * A method's or constructor's parameter, or a record's component.
     *
     * @param type its type ({@code String... a} gives {@code String[]})
     * @param comments the comments before it
     * @param line the line of its first token
     */
    public record Param(String name, TypeExpr type, List<Annotation> annotations, List<Comment> comments, int line) {
        public Param {
            annotations = List.copyOf(annotations);
            comments = List.copyOf(comments);
        }
    }

    /**
     * An enum constant.
     *
     * @param arguments the arguments it passes to the constructor
     * @param overrides the methods without parameters its body declares ({@code A { String v() {...} }})
     * @param line the line of its first token
     */
    public record EnumConstant(String name, List<Annotation> annotations, List<Expr> arguments,
            List<String> overrides, List<Comment> comments, int line) {
        public EnumConstant {
            annotations = List.copyOf(annotations);
            arguments = List.copyOf(arguments);
            overrides = List.copyOf(overrides);
            comments = List.copyOf(comments);
        }
    }

    /**
     * A method call written in the code, or an object creation ({@code new Pods(client)}: the method
     * {@code new}, the class its scope).
     *
     * @param scope what it is called on when that is a (qualified) name, as written
     *     ({@code UpdateControl}, {@code a.b.C}); null for a call on nothing or on another expression
     * @param method the method's name
     * @param arguments what opctl reads of each argument
     * @param line the line of its first token
     * @param onCall whether it is called on what another call returns ({@code a.b().c()}'s {@code c},
     *     {@code new A().c()}'s): that call follows it in the type's calls
     * @param target when {@code scope} is a simple name, what declares it, as for an argument
     *     ({@link Argument#variable}): the parameter or local variable of that name, else a variable that
     *     is neither (a field's name, or a class's); else null
     * @param field the field whose value it makes, when it is the whole value of the field's declaration ({@code X
     *     x = new C();}) or of an assignment statement to the field ({@code x = ...;}, {@code this.x = ...;}); else null
     * @param returns the method, as its name, {@code /} and its number of parameters ({@code secrets/2}), whose
     *     body is only {@code return} of it, when it is a method of the type (not of a class within); else null
     */
    public record Call(String scope, String method, List<Argument> arguments, int line, boolean onCall,
            Variable target, String field, String returns) {
        public Call {
            arguments = List.copyOf(arguments);
        }

        /** A call on no simple name. */
        public Call(String scope, String method, List<Argument> arguments, int line, boolean onCall) {
            this(scope, method, arguments, line, onCall, null, null, null);
        }

        /** This call, making the value of {@code field}. */
        public Call assigning(String field) {
            return new Call(scope, method, arguments, line, onCall, target, field, returns);
        }

        /** This call, returned by the method {@code returns}. */
        public Call returning(String returns) {
            return new Call(scope, method, arguments, line, onCall, target, field, returns);
        }

        /** For each argument, the type of a class literal ({@code Foo.class}), or null. */
        public List<TypeExpr> classArguments() {
            return arguments.stream().map(Argument::classLiteral).toList();
        }
    }

    /**
     * What opctl reads of an argument of a call.
     *
     * @param classLiteral the type of a class literal ({@code Foo.class}), or null
     * @param strings the value of a string literal; or the values of a call of a collection factory
     *     ({@link Elements#factory}) whose arguments are all string literals ({@code Set.of("a", "b")}); else none
     * @param reference a method reference, as written ({@code NonDeletingOperation::patch}), or what a lambda
     *     that only calls a method of its parameter amounts to ({@code r -> r.patch()} is {@code r::patch}); or null
     * @param names the names and field accesses of names in it, in the order written ({@code ns} of
     *     {@code ns}, {@code PatchType.SERVER_SIDE_APPLY} of {@code PatchContext.of(PatchType.SERVER_SIDE_APPLY)});
     *     not those a call or a field access is made on
     * @param variable the variable it is, when it is a name ({@code x}, {@code Backup.GROUP}); else null
     * @param made how its value is made, when that says its type ({@link Made}); else null
     * @param operation the argument, when it is an operation that may be a constant expression
     *     ({@link Expr#operation(Expr)}: {@code GROUP + "/" + VERSION}); else null
     * @param call when it is a method call or an object creation, how many places after its call's its own is
     *     among the type's {@linkplain TypeDecl#calls() calls} ({@code 1} of {@code m(client.pods())}); else 0
     */
    public record Argument(TypeExpr classLiteral, List<String> strings, String reference, List<String> names,
            Variable variable, Made made, Expr operation, int call) {
        public static final Argument NONE = new Argument(null, List.of(), null, List.of());

        public Argument {
            strings = List.copyOf(strings);
            names = List.copyOf(names);
        }

        /** An argument that is no simple name, and whose making says nothing of its type. */
        public Argument(TypeExpr classLiteral, List<String> strings, String reference, List<String> names) {
            this(classLiteral, strings, reference, names, null, null, null, 0);
        }

        /** This argument, a call {@code call} places after its own call's ({@link #call}). */
        public Argument calling(int call) {
            return new Argument(classLiteral, strings, reference, names, variable, made, operation, call);
        }
    }

    /**
     * A name given as an argument, and what declares it where it is used: a simple name, or a qualified
     * one ({@code Backup.GROUP}, a field access of names), which is never {@code local}.
     *
     * @param name the name, as written without spaces and comments
     * @param local whether a parameter or a local variable in scope declares it (a lambda's, a catch
     *     clause's, a pattern's too); else it is a field's, or a name opctl cannot tell
     * @param type the type it is declared with, where {@code local}; null where declared without one
     *     ({@code var}, a lambda's parameter), or not local
     * @param made how the value of a local declared without a type is made ({@code var x = new T()}), when
     *     that says its type; else null
     * @param initializer a local variable's initializer as written ({@code PatchContext.of(PatchType.SERVER_SIDE_APPLY)}),
     *     or null
     * @param keeps of a local variable the code uses for nothing but calls on it and as an argument, declared with a
     *     call or an object creation as its initializer ({@code var jokes = client.resources(Joke.class)}), the index
     *     of that call among the type's {@linkplain TypeDecl#calls() calls}: each call on the variable is one on the
     *     value of that call; else -1
     * @param elements of a lambda's parameter given the elements of a collection of names ({@code Arrays.asList(a, b)
     *     .forEach(d -> ...)}, {@link Elements#factory}), or of a for-each loop's variable over one, the variables of
     *     those names; else none
     * @param parameter of a parameter of a method of the type (not a constructor's, a lambda's, nor a method's of a
     *     class within), the method as {@link Call#returns} names it, {@code #} and the parameter's index from 0
     *     ({@code createOrUpdate/2#0}); else null
     */
    public record Variable(String name, boolean local, TypeExpr type, Made made, String initializer, int keeps,
            List<Variable> elements, String parameter) {
        public Variable {
            elements = List.copyOf(elements);
        }

        /** A variable whose declaration says its type, if any, and that has no initializer. */
        public Variable(String name, boolean local, TypeExpr type) {
            this(name, local, type, null, null, -1, List.of(), null);
        }

        /** A variable given no elements that keeps the value of the call at index {@code keeps}, or of none (-1). */
        public Variable(String name, boolean local, TypeExpr type, Made made, String initializer, int keeps) {
            this(name, local, type, made, initializer, keeps, List.of(), null);
        }
    }

    /**
     * How a value is made, where that says its type: {@code new T(...)}, a cast {@code (T) e}, one of
     * fabric8's builders ({@code new ConfigMapBuilder()...build()}: a {@code ConfigMap}), or a call of a
     * method on nothing, {@code this} ({@code desired(primary)}) or a name ({@code Desired.deployment(p)}),
     * whose declaration says its type; or a call on another expression's value, of which only the method's
     * name is kept ({@code var client = ctx().getClient()} is made by {@code getClient}).
     *
     * @param type the type made or cast to, or the builder's; null for a call
     * @param built whether {@code type} is a builder whose {@code build()} made the value
     * @param method the method called, for a call; else null
     * @param arity the number of arguments it is called with
     * @param scope the (dotted) name a call is made on, as written, not {@code this} nor {@code super}; else null
     * @param onValue whether the call is made on the value of another expression ({@code ctx().getClient()},
     *     {@code client.getClient().adapt(c)}): its declaration is not looked for, only its name is kept
     */
    public record Made(TypeExpr type, boolean built, String method, int arity, String scope, boolean onValue) {
        public Made(TypeExpr type, boolean built, String method, int arity) {
            this(type, built, method, arity, null, false);
        }

        public Made(TypeExpr type, boolean built, String method, int arity, String scope) {
            this(type, built, method, arity, scope, false);
        }

        /** A call of {@code method} with {@code arity} arguments on the value of another expression. */
        public static Made onValue(String method, int arity) {
            return new Made(null, false, method, arity, null, true);
        }
    }
}
