package dev.opctl.crd;

import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.syntax.Expr;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Java sources read into opctl's declaration model ({@link dev.opctl.crd.model}) for code outside
 * the CRD engine, without compiling them: the types they declare, by qualified name, with names
 * resolved as javac resolves them (enclosing types, single-type imports, the same package,
 * on-demand imports, {@code java.lang}); and, read from the same parsed files, two facts that are
 * not declarations: the method calls in each type's code and the marker comments, each with its
 * file and line. Comments and string literals are never code: {@code patchStatus(} in either is no call.
 * The model is read when first asked for; not for use by several threads at once.
 */
public final class SourceModel {
    /** A (qualified) name in Java source. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private final SourceIndex index;
    // Read when first asked for.
    private Map<String, dev.opctl.crd.model.TypeDeclaration> types;
    private Constants constants;

    private SourceModel(SourceIndex index) {
        this.index = index;
    }

    /**
     * Reads {@code sources} (file to text).
     *
     * @throws OpctlException (invalid input) naming the file and line of a syntax error
     */
    public static SourceModel read(Map<Path, String> sources) {
        Objects.requireNonNull(sources, "sources == null");
        return new SourceModel(SourceIndex.parse(sources));
    }

    /** The parsed sources, for the CRD engine. */
    SourceIndex index() {
        return index;
    }

    /**
     * Every type the sources declare, nested ones too, by qualified name ({@code pkg.Outer.Inner}), in name order.
     *
     * @throws OpctlException (invalid input) naming the file and line of a name javac would reject as ambiguous
     */
    public Map<String, dev.opctl.crd.model.TypeDeclaration> types() {
        if (types == null) {
            // The sources alone: what they do not declare keeps the name they resolve it to.
            try (Classpath none = Classpath.of(List.of())) {
                types = Collections.unmodifiableMap(new SourceModelReader(index, new ModelSchemas(none)).readAll());
            }
        }
        return types;
    }

    /** The type with this qualified name, if the sources declare it. */
    public Optional<dev.opctl.crd.model.TypeDeclaration> type(String qualifiedName) {
        return Optional.ofNullable(types().get(qualifiedName));
    }

    /** Where the sources declare the type {@code qualifiedName}, as {@code File.java:12}. */
    public String location(String qualifiedName) {
        return index.location(declaration(qualifiedName));
    }

    /**
     * The method calls in the code of type {@code qualifiedName}, and its object creations (the method
     * {@code new}, whose target is the class made): its methods, constructors,
     * initializers and field initializers, with the lambdas, anonymous and local classes in them
     * (a member type's code is its own), in the order written; a call comes before the calls in its
     * target and arguments. Method references ({@code UpdateControl::patchStatus}) follow them. A call
     * by a simple name has the class of its static import as its target.
     */
    public List<Call> calls(String qualifiedName) {
        TypeDecl type = declaration(qualifiedName);
        Call[] calls = new Call[type.calls().size()];
        // From the last: the call another is called on follows it. One whose value a variable keeps comes before
        // the calls on the variable, and is made first.
        for (int i = calls.length - 1; i >= 0; i--) {
            call(type, calls, i);
        }
        return List.of(calls);
    }

    /** The {@code i}-th of {@code type}'s calls, made once into {@code calls}. */
    private Call call(TypeDecl type, Call[] calls, int i) {
        if (calls[i] != null) {
            return calls[i];
        }
        TypeDecl.Call call = type.calls().get(i);
        Scope scope = Scope.in(type, call.line());
        String target = call.scope() == null ? staticImport(type, call.method())
                : index.resolve(call.scope(), type);
        List<Argument> arguments = call.arguments().stream().map(a -> argument(type, a, scope).calling(a.call() > 0
                && i + a.call() < calls.length ? call(type, calls, i + a.call()) : a.variable() != null
                && a.variable().keeps() >= 0 && a.variable().keeps() < i ? call(type, calls, a.variable().keeps())
                : null)).toList();
        Call receiver = call.onCall() && i + 1 < calls.length ? call(type, calls, i + 1) : null;
        TypeDecl.Variable on = call.target();
        TypeUse targetType = on == null ? null : variableType(type, on, on.local() ? null : member(type, on.name()),
                scope);
        String madeBy = targetType == null && on != null && on.local() && on.made() != null
                && on.made().type() == null ? on.made().method() : null;
        Call kept = on != null && on.keeps() >= 0 && on.keeps() < i ? call(type, calls, on.keeps()) : null;
        calls[i] = new Call(target, call.method(), arguments, receiver, index.location(type, call.line()),
                targetType, madeBy, kept, call.field(), call.returns(), on == null ? null : on.parameter());
        return calls[i];
    }

    /**
     * What opctl reads of {@code argument}, of a call in {@code type}'s code at {@code scope}. Its type, where opctl
     * can tell it: the type its parameter or local variable is declared with, else that of the field (or record
     * component) of its name ({@link #member}); or as its value is made ({@link #madeType}), a {@code var}'s too.
     */
    private Argument argument(TypeDecl type, TypeDecl.Argument argument, Scope scope) {
        TypeDecl.Variable variable = argument.variable();
        Member field = variable == null || variable.local() ? null : member(type, variable.name());
        List<String> strings = !argument.strings().isEmpty() ? argument.strings()
                : argument.operation() != null ? constant(argument.operation(), scope).stream().toList()
                : variable != null && !variable.local() ? constant(variable.name(), scope).stream().toList()
                : List.of();
        List<Argument> elements = variable == null ? List.of() : variable.elements().stream().map(e -> argument(type,
                new TypeDecl.Argument(null, List.of(), null, List.of(e.name()), e, null, null, 0), scope)).toList();
        return new Argument(argument.classLiteral() == null ? null : SourceTypeUses.of(argument.classLiteral(), scope,
                index), strings, argument.reference(), argument.names(), variable == null ? madeType(type,
                argument.made(), scope) : variableType(type, variable, field, scope), initializerNames(variable, field),
                elements, null);
    }

    /** The type of {@code variable}, of {@code type}'s code, as {@link #argument} tells it. */
    private TypeUse variableType(TypeDecl type, TypeDecl.Variable variable, Member field, Scope scope) {
        if (!variable.local()) {
            return field == null ? null : SourceTypeUses.of(field.type(), field.scope(), index);
        }
        return variable.type() == null ? madeType(type, variable.made(), scope)
                : SourceTypeUses.of(variable.type(), scope, index);
    }

    /**
     * The type of a value {@code made} in {@code type}'s code: of {@code new T(...)} or {@code (T) e}, T;
     * of {@code new TBuilder()...build()}, T; of a call {@code m(...)}, the return type the methods of
     * that name and number of parameters declare, of the type or a superclass of the sources, else of
     * a type enclosing it (none where they differ).
     */
    private TypeUse madeType(TypeDecl type, TypeDecl.Made made, Scope scope) {
        if (made == null || made.onValue()) {
            return null;
        }
        if (made.type() != null) {
            return made.built() ? SourceTypeUses.built(made.type(), scope, index)
                    : SourceTypeUses.of(made.type(), scope, index);
        }
        // The innermost type with a method of that name is where Java looks; else the class imported statically.
        // Called on a class's name: that class and its superclasses of the sources.
        List<List<TypeDecl>> levels = new ArrayList<>(made.scope() != null ? List.of() : lookup(type));
        Optional.ofNullable(made.scope() != null ? index.resolve(made.scope(), type)
                : staticImport(type, made.method())).flatMap(index::type).ifPresent(t -> levels.add(lookup(t).get(0)));
        return SourceTypeUses.returned(levels, made.method(), made.arity(), index);
    }

    /**
     * The names written in the initializer of {@code variable}, a local variable's or that of
     * {@code field}, the field of its name ({@code PatchType.SERVER_SIDE_APPLY} of
     * {@code PatchContext.of(PatchType.SERVER_SIDE_APPLY)}); none for any other argument.
     */
    private List<String> initializerNames(TypeDecl.Variable variable, Member field) {
        String initializer = variable == null ? null : variable.local() ? variable.initializer()
                : field == null || field.initializer() == null ? null : field.initializer().text();
        return initializer == null ? List.of() : NAME.matcher(initializer).results().map(MatchResult::group).toList();
    }

    /** A field or record component, where it is declared, and a field's initializer (else null). */
    private record Member(TypeExpr type, Scope scope, Expr initializer) {
    }

    /**
     * The field (or record component) {@code name} of {@code type} or of a superclass of the sources,
     * then of a type enclosing it; null for none.
     */
    private Member member(TypeDecl type, String name) {
        for (List<TypeDecl> level : lookup(type)) {
            for (TypeDecl t : level) {
                for (TypeDecl.Field field : t.fields()) {
                    if (field.name().equals(name)) {
                        return new Member(field.type(), Scope.of(t).at(field.line()), field.initializer());
                    }
                }
                for (TypeDecl.Param component : t.components()) { // a record's
                    if (component.name().equals(name)) {
                        return new Member(component.type(), Scope.of(t).at(component.line()), null);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where a simple name used in {@code type}'s code is looked for, level by level: the type and its
     * superclasses that the sources declare, then each type enclosing it and its superclasses.
     */
    private List<List<TypeDecl>> lookup(TypeDecl type) {
        List<List<TypeDecl>> levels = new ArrayList<>();
        for (TypeDecl level = type; level != null; level = index.enclosing(level)) {
            // Each once: a cycle of superclasses, which javac rejects. By identity: a record's hash is its whole tree's.
            Set<TypeDecl> chain = Collections.newSetFromMap(new IdentityHashMap<>());
            List<TypeDecl> ordered = new ArrayList<>();
            TypeDecl t = level;
            while (t != null && chain.add(t)) {
                ordered.add(t);
                t = superclass(t);
            }
            levels.add(ordered);
        }
        return levels;
    }

    /**
     * The value of the String constant {@code name} ({@code GROUP}, {@code Backup.GROUP}) written in the
     * code of type {@code qualifiedName}, a final field of the sources initialized with a constant expression:
     * a field of the type, its supertypes or a type enclosing it, of a static import, or of a type named.
     */
    public Optional<String> constant(String qualifiedName, String name) {
        return constant(name, Scope.of(declaration(qualifiedName)));
    }

    private Optional<String> constant(String name, Scope scope) {
        int dot = name.lastIndexOf('.');
        return constant(dot < 0 ? new Expr.Name(name, name, scope.line())
                : new Expr.FieldAccess(name.substring(0, dot), name.substring(dot + 1), name, scope.line()), scope);
    }

    /**
     * The String value of {@code e}, written at {@code scope}, when it is a constant expression. Its names
     * are those of fields: a local variable that hides a constant of the same name is not told apart.
     */
    private Optional<String> constant(Expr e, Scope scope) {
        if (constants == null) {
            constants = new Constants(index, n -> Optional.empty(), (n, at) -> index.resolve(n, at.type(), at.line()));
        }
        return constants.value(e, scope) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** The superclass of class {@code type} when the sources declare it; else null. */
    private TypeDecl superclass(TypeDecl type) {
        if (type.kind() != TypeDecl.Kind.CLASS || type.extended().isEmpty()) {
            return null;
        }
        return SourceTypeUses.of(type.extended().get(0), Scope.of(type), index) instanceof TypeUse.Named named
                ? index.type(named.name()).orElse(null) : null;
    }

    /**
     * The class a method called by its simple name is imported from ({@link StaticImports}); null where a
     * method of that name is in scope without them.
     */
    private String staticImport(TypeDecl type, String method) {
        // A method of the class, of a class enclosing it or of their superclasses hides them.
        return lookup(type).stream().flatMap(List::stream).anyMatch(t -> t.methods().stream()
                .anyMatch(m -> m.name().equals(method))) ? null : StaticImports.declaring(index, type, method);
    }

    /**
     * Every marker comment of the sources ({@code // +name=value}, or a line {@code * +name=value}
     * of a block or Javadoc comment), wherever it is written, by file and line. The markers on a
     * declaration are also in its model's {@link Doc}; these are all of them, those in code too.
     */
    public List<Marker> markers() {
        return SourceMarkers.of(index.files());
    }

    /**
     * The packages a simple name that the file of type {@code qualifiedName} leaves unresolved (one of
     * the class path) may be of, in javac's order: the file's own package, then those it imports on demand.
     */
    public List<String> packagesInScope(String qualifiedName) {
        return index.scope(declaration(qualifiedName)).packages();
    }

    private TypeDecl declaration(String qualifiedName) {
        return index.type(qualifiedName).orElseThrow(() -> new IllegalArgumentException(
                "not a type of the sources: " + qualifiedName));
    }

    /**
     * A method call written in the sources.
     *
     * @param target what it is called on when that is written as a name, resolved as a type name
     *     ({@code UpdateControl.patchStatus(r)} gives {@code io.javaoperatorsdk...UpdateControl}; a
     *     name the sources do not resolve, a variable's say, stays as written); null for a call on
     *     nothing or on another expression ({@code context.getClient().resource(r)})
     * @param method the method's name
     * @param arguments what opctl reads of each argument, in order
     * @param receiver the call whose result it is called on ({@code client.configMaps()} of
     *     {@code client.configMaps().list()}), or null
     * @param location where it is written, {@code File.java:12}
     * @param targetType when it is called on a variable's simple name, the variable's type, as an
     *     {@linkplain Argument#type argument's} is told ({@code KubernetesClient} of {@code kc.pods()}
     *     after {@code KubernetesClient kc = ...}); else null
     * @param targetMadeBy when that type is not told, of a local variable whose value a call makes
     *     ({@code var k = context.getClient()}), the method called ({@code getClient}); else null
     * @param kept when it is called on a local variable that the code uses for nothing but calls on it, and that
     *     keeps the value of a call ({@code var jokes = client.resources(Joke.class)}) or of a {@code new}, that call;
     *     else null
     * @param field the field whose value it makes, given by the field's declaration or an assignment statement
     *     ({@code x = new C()}, {@code this.x = ...}); else null
     * @param returns the method of its type whose body is only {@code return} of it ({@code secrets/2}); else null
     * @param parameter when it is called on a parameter of a method of its type, the method and the parameter's
     *     index ({@code createOrUpdate/2#0}: {@link dev.opctl.crd.syntax.TypeDecl.Variable#parameter}); else null
     */
    public record Call(String target, String method, List<Argument> arguments, Call receiver, String location,
            TypeUse targetType, String targetMadeBy, Call kept, String field, String returns, String parameter) {
        public Call {
            Objects.requireNonNull(method, "method == null");
            arguments = List.copyOf(arguments);
        }

        /** The type of argument {@code index} when it is a class literal. */
        public Optional<TypeUse> classArgument(int index) {
            return index < arguments.size() ? Optional.ofNullable(arguments.get(index).classLiteral()) : Optional.empty();
        }

        /** For each argument in order, the type of a class literal ({@code Foo.class}), or null. */
        public List<TypeUse> classArguments() {
            return arguments.stream().map(Argument::classLiteral).toList();
        }
    }

    /**
     * What opctl reads of an argument of a call.
     *
     * @param classLiteral the type of a class literal ({@code Foo.class} gives {@code Foo}), or null
     * @param strings the value of a string literal, of a String constant named ({@link #constant}:
     *     {@code GROUP}, {@code Backup.GROUP}) or of a constant expression of them ({@code GROUP + "/v1"}),
     *     or the values of a collection factory of string literals ({@code Set.of("a", "b")}); else none
     * @param reference a method reference, as written ({@code NonDeletingOperation::patch}), or null
     * @param names the names and field accesses of names in it, in the order written ({@code ns} of
     *     {@code ns}, {@code PatchType.SERVER_SIDE_APPLY} of {@code PatchContext.of(PatchType.SERVER_SIDE_APPLY)});
     *     not those a call or a field access is made on; of an argument that is {@code true}, {@code false} or
     *     {@code null}, that word
     * @param type the type of the variable it is, when it is a simple name: the type its parameter or local
     *     variable is declared with, else the field's of that name of its class or of a class enclosing it;
     *     or as its value is made ({@code new T(...)}, {@code (T) e}, {@code new TBuilder()...build()},
     *     {@code m(...)} by the methods' return type; of a variable declared with {@code var} too); else null
     * @param initializerNames the (qualified) names written in the initializer of the variable it is, when it is
     *     a simple name of a local variable or field with one; else none
     * @param elements of a lambda's parameter or a for-each loop's variable given the elements of a collection of
     *     names ({@code Arrays.asList(a, b).forEach(d -> ...)}), those names as arguments; else none
     * @param call the call it is, where it is one ({@code client.pods()} of {@code m(client.pods())}), or that a local
     *     variable it is keeps ({@link #call}'s {@code kept}); else null
     */
    public record Argument(TypeUse classLiteral, List<String> strings, String reference, List<String> names,
            TypeUse type, List<String> initializerNames, List<Argument> elements, Call call) {
        public Argument {
            strings = List.copyOf(strings);
            names = List.copyOf(names);
            initializerNames = List.copyOf(initializerNames);
            elements = List.copyOf(elements);
        }

        /** This argument, the call {@code call} where it is one. */
        Argument calling(Call call) {
            return call == null ? this : new Argument(classLiteral, strings, reference, names, type, initializerNames,
                    elements, call);
        }
    }

    /**
     * A marker comment and where it is written.
     *
     * @param marker its name and value: {@code +opctl:rbac:groups=apps,...} has the name
     *     {@code opctl:rbac:groups} and the value {@code apps,...}
     * @param location {@code File.java:12}
     */
    public record Marker(Doc.Marker marker, String location) {
    }
}
