package dev.opctl.crd;

import dev.opctl.crd.classfile.JacksonBundles;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeParameter;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.Expr;
import dev.opctl.crd.syntax.TypeDecl;
import dev.opctl.crd.syntax.TypeExpr;
import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills the declaration model from a type of the sources, as javac would compile it: names
 * resolved, annotation values evaluated (literals and constants of the sources), implicit members
 * and modifiers made explicit (a record's fields and accessors, an enum's {@code values()}, an
 * interface's public methods), and Lombok's getters and setters. The source-only parts are kept:
 * Javadoc and marker comments. What a class file says of the same type is the same model, but for
 * those and annotations that are not runtime-visible ({@code SourceModelReaderTest} checks it).
 * Not for use by several threads at once.
 */
final class SourceModelReader {
    private static final String LOMBOK = "lombok.";
    private static final String BUNDLE = Annotations.JACKSON + "JacksonAnnotationsInside";
    private final SourceIndex index;
    private final Annotations annotations;
    private final Constants constants;
    /** Constants of the sources and the JDK only, for the annotations opctl does not read. */
    private final Constants sourceConstants;
    private final Markers markers;
    private final SourceJsonValues jsonValues;
    private final ModelSchemas compiled;
    private final ClasspathNames outside;
    /** Lombok's configuration by the directory of the sources it holds for. */
    private final Map<Path, LombokConfig> lombokConfigs = new HashMap<>();

    /** A reader that qualifies the names the sources leave unresolved from {@code compiled}'s class path. */
    SourceModelReader(SourceIndex index, ModelSchemas compiled) {
        this.index = index;
        this.outside = new ClasspathNames(index, compiled);
        this.annotations = new Annotations(index);
        this.constants = new Constants(index, name -> compiled.types().classFile(name),
                (name, scope) -> SourceTypeUses.name(name, scope, index, outside.at(scope, "")));
        this.sourceConstants = new Constants(index, name -> name.startsWith("java.") || name.startsWith("javax.")
                ? compiled.types().classFile(name) : Optional.empty(),
                (name, scope) -> index.resolve(name, scope.type(), scope.line()));
        this.markers = new Markers(index, sourceConstants);
        this.jsonValues = new SourceJsonValues(index, annotations, constants,
                (name, scope) -> SourceTypeUses.name(name, scope, index, outside.at(scope, "")),
                name -> compiled.types().classFile(name));
        this.compiled = compiled;
    }

    /** The model of one type of the sources (its nested types are types of their own). */
    TypeDeclaration read(TypeDecl type) {
        String name = index.qualifiedName(type);
        TypeDeclaration.Kind kind = TypeDeclaration.Kind.valueOf(type.kind().name());
        Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        modifiers.addAll(type.modifiers());
        if (index.enclosing(type) != null && kind != TypeDeclaration.Kind.CLASS) {
            modifiers.add(Modifier.STATIC); // nested enums, records and interfaces are static
        }
        Scope scope = Scope.of(type);
        TypeUse.Named superclass = switch (type.kind()) {
            case CLASS -> type.extended().isEmpty() ? null : named(type.extended().get(0), scope);
            case ENUM -> new TypeUse.Named("java.lang.Enum", List.of(TypeUse.Named.of(name)));
            case RECORD -> TypeUse.Named.of("java.lang.Record");
            default -> null;
        };
        List<TypeUse.Named> interfaces = new ArrayList<>();
        if (type.kind() == TypeDecl.Kind.INTERFACE) {
            type.extended().forEach(i -> interfaces.add(named(i, scope)));
        }
        type.implemented().forEach(i -> interfaces.add(named(i, scope)));
        if (type.kind() == TypeDecl.Kind.ANNOTATION) {
            interfaces.add(TypeUse.Named.of("java.lang.annotation.Annotation"));
        }
        Members members = new Members();
        members(type, members);
        TypeDecl outer = index.enclosing(type);
        boolean inner = outer != null && !modifiers.contains(Modifier.STATIC) && outer.kind() != TypeDecl.Kind.INTERFACE;
        return new TypeDeclaration(name, kind, modifiers, typeParameters(type.typeParameters(), scope, ""),
                superclass, interfaces, members.fields, members.methods, members.components, members.constants,
                annotations(type.annotations(), scope, ""), markers.doc(type.comments(), type, type.line()),
                SourceCreators.of(type, name, inner, this::annotations, this::use,
                        line -> Doc.at(index.location(type, line))));
    }

    private static final class Members {
        final List<FieldDeclaration> fields = new ArrayList<>();
        final List<MethodDeclaration> methods = new ArrayList<>();
        final List<RecordComponent> components = new ArrayList<>();
        final List<EnumConstant> constants = new ArrayList<>();
    }

    private void members(TypeDecl type, Members into) {
        boolean isInterface = type.kind() == TypeDecl.Kind.INTERFACE;
        if (type.kind() == TypeDecl.Kind.ENUM) {
            List<String> values = jsonValues.of(type);
            for (int i = 0; i < type.constants().size(); i++) {
                TypeDecl.EnumConstant constant = type.constants().get(i);
                into.constants.add(new EnumConstant(constant.name(),
                        annotations(constant.annotations(), Scope.in(type, constant.line()), ""),
                        markers.doc(constant.comments(), type, constant.line()),
                        values.isEmpty() ? null : values.get(i)));
            }
        }
        for (TypeDecl.Param component : type.components()) {
            Scope scope = Scope.in(type, component.line());
            String member = ": field '" + component.name() + "'";
            TypeUse componentType = use(component.type(), scope, member);
            List<AnnotationUse> componentAnnotations = annotations(component.annotations(), scope, member);
            into.components.add(new RecordComponent(component.name(), componentType, componentAnnotations,
                    markers.doc(component.comments(), type, component.line())));
            into.fields.add(new FieldDeclaration(component.name(), componentType,
                    EnumSet.of(Modifier.PRIVATE, Modifier.FINAL), componentAnnotations,
                    Doc.at(index.location(type, component.line()))));
        }
        for (TypeDecl.Field field : type.fields()) {
            Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
            modifiers.addAll(field.modifiers());
            if (isInterface) {
                modifiers.addAll(List.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL));
            }
            Scope scope = Scope.in(type, field.line());
            // A constant variable, as javac gives it a ConstantValue: final (static or not), of a
            // primitive type or String, set by a constant expression.
            boolean constant = modifiers.contains(Modifier.FINAL) && (field.type() instanceof TypeExpr.Primitive
                    || field.type().toString().equals("String") || field.type().toString().equals("java.lang.String"));
            String member = ": field '" + field.name() + "'";
            into.fields.add(new FieldDeclaration(field.name(), use(field.type(), scope, member), modifiers,
                    annotations(field.annotations(), scope, member),
                    markers.doc(field.comments(), type, field.line()),
                    constant ? Value.ofConstant(constants.initializer(field, type)) : null));
        }
        for (TypeDecl.Method method : type.methods()) {
            boolean isVoid = method.returnType() instanceof TypeExpr.Primitive p && p.name().equals("void");
            // Accessors, and a serializer's acceptJsonFormatVisitor (Serializers refuses one).
            if (method.parameters().size() > 1 && !method.name().equals(Serializers.DESCRIBES_ITSELF)
                    || method.parameters().isEmpty() && isVoid) {
                continue;
            }
            Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
            modifiers.addAll(method.modifiers());
            if (isInterface && !modifiers.contains(Modifier.PRIVATE)) {
                modifiers.add(Modifier.PUBLIC);
                if (!method.hasBody() && !modifiers.contains(Modifier.STATIC)) {
                    modifiers.add(Modifier.ABSTRACT);
                }
            }
            Scope scope = Scope.in(type, method);
            String where = ": method '" + method.name() + "'";
            // A method's own type variables stand for their bounds, as Jackson resolves them (<T extends Number> T).
            Map<String, TypeUse> bounds = TypeParameter.bounds(typeParameters(method.typeParameters(), scope, where));
            List<TypeUse> parameters = method.parameters().stream()
                    .map(p -> use(p.type(), scope.at(p.line()), where).substitute(bounds)).toList();
            into.methods.add(new MethodDeclaration(method.name(),
                    use(method.returnType(), scope, where).substitute(bounds), parameters, modifiers,
                    annotations(method.annotations(), scope, where),
                    markers.doc(method.comments(), type, method.line())));
        }
        implicitMethods(type, into);
    }

    /** What javac and Lombok add: a record's accessors, an enum's values(), Lombok's getters and setters. */
    private void implicitMethods(TypeDecl type, Members into) {
        String name = index.qualifiedName(type);
        if (type.kind() == TypeDecl.Kind.ENUM) {
            into.methods.add(method("values", new TypeUse.ArrayOf(TypeUse.Named.of(name)), List.of(), true));
            into.methods.add(method("valueOf", TypeUse.Named.of(name), List.of(TypeUse.Named.of("java.lang.String")),
                    true));
        }
        for (RecordComponent component : List.copyOf(into.components)) {
            // javac puts the component's annotations that may target a method on the accessor it makes.
            addIfAbsent(into, new MethodDeclaration(component.name(), component.type(), List.of(),
                    EnumSet.of(Modifier.PUBLIC), component.annotations(), Doc.at(component.doc().where())), false);
        }
        boolean annotatedType = !type.annotations().isEmpty();
        boolean data = annotatedType && lombok(type.annotations(), type, "Data");
        boolean value = annotatedType && lombok(type.annotations(), type, "Value");
        boolean classGetter = annotatedType && lombok(type.annotations(), type, "Getter") || data || value;
        boolean classSetter = annotatedType && lombok(type.annotations(), type, "Setter") || data;
        for (TypeDecl.Field field : type.fields()) {
            boolean annotated = !field.annotations().isEmpty();
            boolean byType = !field.name().startsWith("$"); // a type's annotations pass over $fields, as Lombok's
            boolean getters = classGetter && byType || annotated && lombok(field.annotations(), type, "Getter");
            boolean setters = !field.modifiers().contains(Modifier.FINAL) && !value
                    && (classSetter && byType || annotated && lombok(field.annotations(), type, "Setter"));
            if (field.modifiers().contains(Modifier.STATIC) || !getters && !setters) {
                continue;
            }
            Scope scope = Scope.in(type, field.line());
            TypeUse fieldType = use(field.type(), scope, ": field '" + field.name() + "'");
            boolean bool = fieldType instanceof TypeUse.Primitive p && p.name().equals("boolean");
            LombokConfig config = lombokConfigs.computeIfAbsent(index.path(type).toAbsolutePath().getParent(),
                    LombokConfig::of);
            LombokNames.Accessors accessors = accessors(type, field, scope, config);
            String base = accessors.base(field.name());
            if (base == null) {
                continue; // no prefix of @Accessors matches: Lombok makes no accessor
            }
            Optional<Set<Modifier>> getter = getters ? access(type, field, "Getter") : Optional.empty();
            if (getter.isPresent()) {
                List<AnnotationUse> onMethod = lombokAnnotation(field.annotations(), type, "Getter", scope)
                        .map(LombokNames::onMethod).orElse(List.of());
                addIfAbsent(into, new MethodDeclaration(accessors.fluent() ? base : LombokNames.getter(base, bool, config),
                        fieldType, List.of(), getter.get(), onMethod, Doc.at(index.location(type, field.line()))), true);
            }
            if (setters) {
                List<AnnotationUse> onMethod = lombokAnnotation(field.annotations(), type, "Setter", scope)
                        .map(LombokNames::onMethod).orElse(List.of());
                addIfAbsent(into, new MethodDeclaration(accessors.fluent() ? base : LombokNames.setter(base, bool, config),
                        new TypeUse.Primitive("void"), List.of(fieldType), EnumSet.of(Modifier.PUBLIC), onMethod,
                        Doc.at(index.location(type, field.line()))), true);
            }
        }
    }

    private static MethodDeclaration method(String name, TypeUse returned, List<TypeUse> parameters, boolean isStatic) {
        Set<Modifier> modifiers = isStatic ? EnumSet.of(Modifier.PUBLIC, Modifier.STATIC) : EnumSet.of(Modifier.PUBLIC);
        return new MethodDeclaration(name, returned, parameters, modifiers, List.of(), Doc.NONE);
    }

    /** Adds {@code method} unless one of its name (in any case, as Lombok compares) and arity is there. */
    private static void addIfAbsent(Members into, MethodDeclaration method, boolean anyCase) {
        if (into.methods.stream().noneMatch(m -> (anyCase ? m.name().equalsIgnoreCase(method.name())
                : m.name().equals(method.name())) && m.parameters().size() == method.parameters().size())) {
            into.methods.add(method);
        }
    }

    /**
     * Lombok's {@code @Accessors}: fluent names, prefixes to leave out. Lombok merges them attribute by
     * attribute: what the field's sets, else what its type's sets, else an enclosing type's, outwards;
     * what none sets, as {@code config} says.
     */
    private LombokNames.Accessors accessors(TypeDecl type, TypeDecl.Field field, Scope scope, LombokConfig config) {
        List<AnnotationUse> merged = new ArrayList<>();
        lombokAnnotation(field.annotations(), type, "experimental.Accessors", scope).ifPresent(merged::add);
        for (TypeDecl t = type; t != null; t = index.enclosing(t)) {
            lombokAnnotation(t.annotations(), t, "experimental.Accessors", Scope.of(t)).ifPresent(merged::add);
        }
        Optional<Boolean> fluent = merged.stream().flatMap(a -> a.bool("fluent").stream()).findFirst();
        List<String> prefixes = merged.stream().filter(a -> a.value("prefix").isPresent()).findFirst()
                .map(a -> a.strings("prefix")).orElse(null);
        return new LombokNames.Accessors(fluent.orElse(config.fluent()), prefixes != null ? prefixes : config.prefixes());
    }

    private Optional<AnnotationUse> lombokAnnotation(List<Annotation> on, TypeDecl context, String annotation,
            Scope scope) {
        return annotations.find(on, LOMBOK + annotation, context).map(a -> annotation(a, scope.at(a.line()), ""));
    }

    private boolean lombok(List<Annotation> on, TypeDecl context, String annotation) {
        return annotations.find(on, LOMBOK + annotation, context).isPresent();
    }

    /**
     * The access of what a Lombok {@code @Getter} (or {@code @Setter}) on the field, else on the type
     * (or {@code @Data}, {@code @Value}: public) makes; empty for {@code AccessLevel.NONE}.
     */
    private Optional<Set<Modifier>> access(TypeDecl type, TypeDecl.Field field, String annotation) {
        Optional<Annotation> own = annotations.find(field.annotations(), LOMBOK + annotation, type);
        Optional<Annotation> found = own.isPresent() ? own : annotations.find(type.annotations(), LOMBOK + annotation,
                type);
        return LombokNames.access(found.flatMap(a -> a.attribute("value")));
    }

    /** A type written at {@code scope} in the model; {@code member} (": field 'x'") says where, in messages. */
    private TypeUse use(TypeExpr type, Scope scope, String member) {
        return SourceTypeUses.of(type, scope, index, outside.at(scope, member), (a, s) -> annotation(a, s, member));
    }

    private List<TypeParameter> typeParameters(List<TypeDecl.TypeParameter> written, Scope scope, String member) {
        return ((SourceCreators.TypeReader) this::use).parameters(written, scope, member);
    }

    private TypeUse.Named named(TypeExpr.ClassType type, Scope scope) {
        if (use(type, scope.at(type.line()), "") instanceof TypeUse.Named named) {
            return named.resolved(index.location(scope.type(), type.line()));
        }
        throw OpctlException.invalidInput(String.format("%s: %s is a type variable, and a type can only extend or "
                + "implement a class or interface (javac rejects it too)", index.location(scope.type(), type.line()),
                type));
    }

    /**
     * The annotations on a declaration (the values that are constants; others are left out), then those of
     * the Jackson bundles among them ({@code @JacksonAnnotationsInside} types kept at run time, of the sources or jars).
     */
    private List<AnnotationUse> annotations(List<Annotation> written, Scope scope, String member) {
        List<AnnotationUse> uses = new ArrayList<>(written.size());
        written.forEach(annotation -> uses.add(annotation(annotation, scope.at(annotation.line()), member)));
        for (int i = 0; i < uses.size(); i++) { // a bundle may hold bundles, or itself: each type counts once
            index.type(uses.get(i).type()).filter(t -> t.kind() == TypeDecl.Kind.ANNOTATION && annotations.find(
                    t.annotations(), BUNDLE, t).isPresent() && annotations.keptAtRunTime(t)).ifPresent(bundle -> bundle
                    .annotations().stream().map(a -> annotation(a, Scope.of(bundle).at(a.line()), ""))
                    .filter(a -> !a.type().startsWith("java.lang.annotation.") && uses.stream()
                            .noneMatch(u -> u.type().equals(a.type()))).forEach(uses::add));
        }
        return JacksonBundles.expand(uses, t -> index.type(t).isPresent() ? Optional.empty() : compiled.types().classFile(t));
    }

    /**
     * An annotation with its values. Only those of the annotations opctl reads look for constants on
     * the class path: an enum constant of another's ({@code @Schema(accessMode = READ_ONLY)}) would
     * make a project's class path resolve for nothing.
     */
    private AnnotationUse annotation(Annotation annotation, Scope scope, String member) {
        String type = index.resolve(annotation.name(), scope.type(), annotation.line());
        Constants evaluator = LibraryNames.contains(type) ? constants : sourceConstants;
        Map<String, Value> values = new LinkedHashMap<>();
        for (Annotation.Attribute attribute : annotation.attributes()) {
            values.put(attribute.name(), value(attribute.value(), annotation, scope, evaluator, member));
        }
        AnnotationUse use = new AnnotationUse(type, values);
        String problem = Fabric8Attributes.problem(use, index.location(scope.type(), annotation.line()) + member);
        return problem == null ? use : new AnnotationUse(type, values, problem);
    }

    private Value value(Expr e, Annotation annotation, Scope scope, Constants evaluator, String member) {
        if (e instanceof Expr.ArrayInit array) {
            List<Value> values = new ArrayList<>();
            for (Expr element : array.values()) {
                values.add(value(element, annotation, scope, evaluator, member));
            }
            return new Value.Array(values);
        }
        if (e instanceof Expr.AnnotationValue nested) {
            return new Value.Nested(annotation(nested.annotation(), scope.at(nested.line()), member));
        }
        if (e instanceof Expr.ClassLiteral literal) {
            return new Value.ClassLiteral(use(literal.type(), scope.at(literal.line()), ""));
        }
        Value constant = Value.ofConstant(evaluator.value(e, scope));
        if (constant != null) {
            return constant;
        }
        String location = index.location(scope.type(), e.line()) + member;
        if (evaluator.namesField(e, scope)) {
            return new Value.Unevaluated(String.format("%s: @%s: '%s' is a field whose value opctl cannot evaluate; "
                    + "make it a constant (static final, set by a constant expression) or use a literal", location,
                    annotation.name(), e.text()));
        }
        if (e instanceof Expr.FieldAccess access) {
            String type = evaluator.typeName(access.scope(), scope);
            return evaluator.knowsType(type) ? new Value.EnumConstant(type, access.name())
                    : new Value.Unknown(type, access.name(), String.format("%s: @%s: cannot evaluate '%s': %s is "
                    + "not in the sources or on the class path; add its sources or its jar (--sources, --classpath; "
                    + "in a project, a Maven dependency)", location, annotation.name(), e.text(), type));
        }
        if (e instanceof Expr.Name name) { // an enum constant imported statically, or a constant of a jar
            return new Value.Unknown("", name.name(), String.format("%s: @%s: cannot evaluate '%s': it is not a "
                    + "constant of the sources, nor of a class on the class path that it is imported from; add "
                    + "that class's jar (--classpath; in a project, a Maven dependency)", location, annotation.name(),
                    e.text()));
        }
        return new Value.Unevaluated(String.format("%s: @%s: cannot evaluate '%s'; use a literal or a constant "
                + "(static final) of the sources, the class path or the JDK", location, annotation.name(), e.text()));
    }

    /** Every type of the sources, read into the model, by qualified name. */
    Map<String, TypeDeclaration> readAll() {
        Map<String, TypeDeclaration> all = new LinkedHashMap<>();
        for (TypeDecl type : index.types()) {
            all.put(index.qualifiedName(type), read(type));
        }
        return all;
    }
}
