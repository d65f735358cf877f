package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.EnumSet;
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
 */
final class SourceModelReader {
    private static final String LOMBOK = "lombok.";

    private final SourceIndex index;
    private final Annotations annotations;
    private final Markers markers;
    private final ModelSchemas compiled;

    /** A reader that qualifies the names the sources leave unresolved from {@code compiled}'s class path. */
    SourceModelReader(SourceIndex index, ModelSchemas compiled) {
        this.index = index;
        this.annotations = new Annotations(index);
        this.markers = new Markers(index);
        this.compiled = compiled;
    }

    /** The model of one type of the sources (its nested types are types of their own). */
    dev.opctl.crd.model.TypeDeclaration read(TypeDeclaration<?> type) {
        String name = index.qualifiedName(type);
        dev.opctl.crd.model.TypeDeclaration.Kind kind = kind(type);
        Set<Modifier> modifiers = modifiers(type);
        if (type.isNestedType() && kind != dev.opctl.crd.model.TypeDeclaration.Kind.CLASS) {
            modifiers.add(Modifier.STATIC); // nested enums, records and interfaces are static
        }
        TypeUse.Named superclass = null;
        List<TypeUse.Named> interfaces = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration cls) {
            for (ClassOrInterfaceType extended : cls.getExtendedTypes()) {
                if (cls.isInterface()) {
                    interfaces.add(named(extended, cls));
                } else {
                    superclass = named(extended, cls);
                }
            }
            cls.getImplementedTypes().forEach(i -> interfaces.add(named(i, cls)));
        } else if (type instanceof EnumDeclaration e) {
            superclass = new TypeUse.Named("java.lang.Enum", List.of(TypeUse.Named.of(name)));
            e.getImplementedTypes().forEach(i -> interfaces.add(named(i, e)));
        } else if (type instanceof RecordDeclaration r) {
            superclass = TypeUse.Named.of("java.lang.Record");
            r.getImplementedTypes().forEach(i -> interfaces.add(named(i, r)));
        } else if (kind == dev.opctl.crd.model.TypeDeclaration.Kind.ANNOTATION) {
            interfaces.add(TypeUse.Named.of("java.lang.annotation.Annotation"));
        }
        List<String> typeParameters = type instanceof NodeWithTypeParameters<?> generic
                ? generic.getTypeParameters().stream().map(TypeParameter::getNameAsString).toList() : List.of();
        Members members = new Members();
        members(type, kind, members);
        return new dev.opctl.crd.model.TypeDeclaration(name, kind, modifiers, typeParameters, superclass, interfaces,
                members.fields, members.methods, members.components, members.constants, annotations(type), doc(type));
    }

    private static final class Members {
        final List<dev.opctl.crd.model.FieldDeclaration> fields = new ArrayList<>();
        final List<dev.opctl.crd.model.MethodDeclaration> methods = new ArrayList<>();
        final List<RecordComponent> components = new ArrayList<>();
        final List<EnumConstant> constants = new ArrayList<>();
    }

    private void members(TypeDeclaration<?> type, dev.opctl.crd.model.TypeDeclaration.Kind kind, Members into) {
        boolean isInterface = kind == dev.opctl.crd.model.TypeDeclaration.Kind.INTERFACE;
        if (type instanceof EnumDeclaration e) {
            List<String> jsonValues = jsonValues(e);
            for (int i = 0; i < e.getEntries().size(); i++) {
                EnumConstantDeclaration constant = e.getEntry(i);
                into.constants.add(new EnumConstant(constant.getNameAsString(), annotations(constant), doc(constant),
                        jsonValues.isEmpty() ? null : jsonValues.get(i)));
            }
        }
        if (type instanceof RecordDeclaration r) {
            for (Parameter component : r.getParameters()) {
                TypeUse componentType = use(component.getType(), r);
                into.components.add(new RecordComponent(component.getNameAsString(), componentType,
                        annotations(component), doc(component)));
                into.fields.add(new dev.opctl.crd.model.FieldDeclaration(component.getNameAsString(), componentType,
                        EnumSet.of(Modifier.PRIVATE, Modifier.FINAL), annotations(component),
                        Doc.at(index.location(component))));
            }
        }
        for (FieldDeclaration field : type.getFields()) {
            Set<Modifier> modifiers = modifiers(field);
            if (isInterface) {
                modifiers.addAll(List.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL));
            }
            for (VariableDeclarator variable : field.getVariables()) {
                into.fields.add(new dev.opctl.crd.model.FieldDeclaration(variable.getNameAsString(),
                        use(variable.getType(), field), modifiers, annotations(field), doc(field)));
            }
        }
        for (MethodDeclaration method : type.getMethods()) {
            if (method.getParameters().size() > 1
                    || method.getParameters().isEmpty() && method.getType().isVoidType()) {
                continue;
            }
            Set<Modifier> modifiers = modifiers(method);
            if (isInterface && !modifiers.contains(Modifier.PRIVATE)) {
                modifiers.add(Modifier.PUBLIC);
                if (method.getBody().isEmpty() && !modifiers.contains(Modifier.STATIC)) {
                    modifiers.add(Modifier.ABSTRACT);
                }
            }
            List<TypeUse> parameters = method.getParameters().stream().map(p -> use(p.getType(), method)).toList();
            into.methods.add(new dev.opctl.crd.model.MethodDeclaration(method.getNameAsString(),
                    use(method.getType(), method), parameters, modifiers, annotations(method), doc(method)));
        }
        implicitMethods(type, into);
    }

    /** What javac and Lombok add: a record's accessors, an enum's values(), Lombok's getters and setters. */
    private void implicitMethods(TypeDeclaration<?> type, Members into) {
        String name = index.qualifiedName(type);
        if (type instanceof EnumDeclaration) {
            into.methods.add(method("values", new TypeUse.ArrayOf(TypeUse.Named.of(name)), List.of(), true));
            into.methods.add(method("valueOf", TypeUse.Named.of(name), List.of(TypeUse.Named.of("java.lang.String")),
                    true));
        }
        for (RecordComponent component : List.copyOf(into.components)) {
            // javac puts the component's annotations that may target a method on the accessor it makes.
            addIfAbsent(into, new dev.opctl.crd.model.MethodDeclaration(component.name(), component.type(), List.of(),
                    EnumSet.of(Modifier.PUBLIC), component.annotations(), Doc.at(component.doc().where())));
        }
        boolean annotatedType = type.getAnnotations().isNonEmpty();
        boolean data = annotatedType && lombok(type, "Data");
        boolean value = annotatedType && lombok(type, "Value");
        boolean classGetter = annotatedType && lombok(type, "Getter") || data || value;
        boolean classSetter = annotatedType && lombok(type, "Setter") || data;
        for (FieldDeclaration field : type.getFields()) {
            boolean annotated = field.getAnnotations().isNonEmpty();
            boolean getters = classGetter || annotated && lombok(field, "Getter");
            boolean setters = !field.isFinal() && !value && (classSetter || annotated && lombok(field, "Setter"));
            if (field.isStatic() || !getters && !setters) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                TypeUse fieldType = use(variable.getType(), field);
                boolean bool = fieldType instanceof TypeUse.Primitive p && p.name().equals("boolean");
                Optional<Set<Modifier>> getter = getters ? access(type, field, "Getter") : Optional.empty();
                if (getter.isPresent()) {
                    addIfAbsent(into, new dev.opctl.crd.model.MethodDeclaration(
                            LombokNames.getter(variable.getNameAsString(), bool), fieldType, List.of(), getter.get(),
                            List.of(), Doc.at(index.location(field))));
                }
                if (setters) {
                    addIfAbsent(into, method(LombokNames.setter(variable.getNameAsString(), bool),
                            new TypeUse.Primitive("void"), List.of(fieldType), false));
                }
            }
        }
    }

    /** The values of an enum written through a {@code @JsonValue} opctl can read, in constant order; else none. */
    private List<String> jsonValues(EnumDeclaration type) {
        try {
            return JacksonShapes.jsonValues(type, annotations, index).orElse(List.of());
        } catch (OpctlException e) {
            return List.of(); // the schema rules say why, where they need the values
        }
    }

    private static dev.opctl.crd.model.MethodDeclaration method(String name, TypeUse returned, List<TypeUse> parameters,
            boolean isStatic) {
        Set<Modifier> modifiers = isStatic ? EnumSet.of(Modifier.PUBLIC, Modifier.STATIC) : EnumSet.of(Modifier.PUBLIC);
        return new dev.opctl.crd.model.MethodDeclaration(name, returned, parameters, modifiers, List.of(), Doc.NONE);
    }

    private static void addIfAbsent(Members into, dev.opctl.crd.model.MethodDeclaration method) {
        if (into.methods.stream().noneMatch(m -> m.name().equals(method.name())
                && m.parameters().size() == method.parameters().size())) {
            into.methods.add(method);
        }
    }

    private boolean lombok(NodeWithAnnotations<?> node, String annotation) {
        return annotations.find(node, LOMBOK + annotation).isPresent();
    }

    /**
     * The access of what a Lombok {@code @Getter} (or {@code @Setter}) on the field, else on the type
     * (or {@code @Data}, {@code @Value}: public) makes; empty for {@code AccessLevel.NONE}.
     */
    private Optional<Set<Modifier>> access(TypeDeclaration<?> type, FieldDeclaration field, String annotation) {
        Optional<AnnotationExpr> own = annotations.find(field, LOMBOK + annotation);
        Optional<AnnotationExpr> found = own.isPresent() ? own : annotations.find(type, LOMBOK + annotation);
        String level = found.flatMap(a -> annotations.enumConstant(a, "value")).orElse("PUBLIC");
        return switch (level) {
            case "NONE" -> Optional.empty();
            case "PUBLIC" -> Optional.of(EnumSet.of(Modifier.PUBLIC));
            case "PROTECTED" -> Optional.of(EnumSet.of(Modifier.PROTECTED));
            case "PRIVATE" -> Optional.of(EnumSet.of(Modifier.PRIVATE));
            default -> Optional.of(EnumSet.noneOf(Modifier.class));
        };
    }

    private static dev.opctl.crd.model.TypeDeclaration.Kind kind(TypeDeclaration<?> type) {
        if (type instanceof EnumDeclaration) {
            return dev.opctl.crd.model.TypeDeclaration.Kind.ENUM;
        }
        if (type instanceof RecordDeclaration) {
            return dev.opctl.crd.model.TypeDeclaration.Kind.RECORD;
        }
        if (type instanceof ClassOrInterfaceDeclaration cls && cls.isInterface()) {
            return dev.opctl.crd.model.TypeDeclaration.Kind.INTERFACE;
        }
        return type.isAnnotationDeclaration() ? dev.opctl.crd.model.TypeDeclaration.Kind.ANNOTATION
                : dev.opctl.crd.model.TypeDeclaration.Kind.CLASS;
    }

    private static Set<Modifier> modifiers(NodeWithModifiers<?> node) {
        Set<Modifier> set = EnumSet.noneOf(Modifier.class);
        for (com.github.javaparser.ast.Modifier modifier : node.getModifiers()) {
            switch (modifier.getKeyword()) {
                case PUBLIC -> set.add(Modifier.PUBLIC);
                case PROTECTED -> set.add(Modifier.PROTECTED);
                case PRIVATE -> set.add(Modifier.PRIVATE);
                case STATIC -> set.add(Modifier.STATIC);
                case FINAL -> set.add(Modifier.FINAL);
                case ABSTRACT -> set.add(Modifier.ABSTRACT);
                case TRANSIENT -> set.add(Modifier.TRANSIENT);
                default -> {
                }
            }
        }
        return set;
    }

    private TypeUse use(Type type, Node context) {
        return SourceTypeUses.of(TypeRef.of(type, context), index,
                compiled.qualifier(() -> index.packagesInScope(context),
                        () -> index.location(context) + member(context)),
                this::annotation);
    }

    /** ": field 'name'" for a field or record component, ": method 'name'" for a method, for messages. */
    private static String member(Node context) {
        if (context instanceof FieldDeclaration field) {
            return ": field '" + field.getVariable(0).getNameAsString() + "'";
        }
        if (context instanceof Parameter component
                && component.getParentNode().orElse(null) instanceof RecordDeclaration) {
            return ": field '" + component.getNameAsString() + "'";
        }
        return context instanceof MethodDeclaration method ? ": method '" + method.getNameAsString() + "'" : "";
    }

    private TypeUse.Named named(ClassOrInterfaceType type, Node context) {
        if (use(type, context) instanceof TypeUse.Named named) {
            return named;
        }
        throw OpctlException.invalidInput(String.format("%s: %s is a type variable, and a type can only extend or "
                + "implement a class or interface (javac rejects it too)", index.location(type), type));
    }

    private Doc doc(Node node) {
        return new Doc(markers.description(node).orElse(null), markers.markers(node), index.location(node));
    }

    /** The annotations on a declaration, with the values that are constants (others are left out). */
    private List<AnnotationUse> annotations(NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream().map(this::annotation).toList();
    }

    private AnnotationUse annotation(AnnotationExpr annotation) {
        Map<String, Value> values = new LinkedHashMap<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            value(single.getMemberValue(), annotation).ifPresent(v -> values.put("value", v));
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                value(pair.getValue(), annotation).ifPresent(v -> values.put(pair.getNameAsString(), v));
            }
        }
        return new AnnotationUse(index.resolve(annotation.getNameAsString(), annotation), values);
    }

    private Optional<Value> value(Expression e, AnnotationExpr annotation) {
        if (e instanceof ArrayInitializerExpr array) {
            List<Value> values = new ArrayList<>();
            for (Expression element : array.getValues()) {
                value(element, annotation).ifPresent(values::add);
            }
            return Optional.of(new Value.Array(values));
        }
        if (e instanceof AnnotationExpr nested) {
            return Optional.of(new Value.Nested(annotation(nested)));
        }
        if (e instanceof ClassExpr literal) {
            return Optional.of(new Value.ClassLiteral(use(literal.getType(), annotation)));
        }
        Object constant = annotations.constantValue(e);
        if (constant instanceof String s) {
            return Optional.of(new Value.Text(s));
        }
        if (constant instanceof Boolean b) {
            return Optional.of(new Value.Bool(b));
        }
        if (constant instanceof Number n) {
            return Optional.of(new Value.Number(n));
        }
        if (e instanceof FieldAccessExpr access) {
            return Optional.of(new Value.EnumConstant(index.resolve(access.getScope().toString(), annotation),
                    access.getNameAsString()));
        }
        if (e instanceof NameExpr name) {
            return Optional.of(new Value.EnumConstant("", name.getNameAsString())); // statically imported
        }
        return Optional.of(new Value.Unevaluated(String.format("%s: @%s: cannot evaluate '%s' from the sources; use a "
                + "literal or a static final constant declared in the sources", index.location(e),
                annotation.getNameAsString(), e)));
    }

    /** Every type of the sources, read into the model, by qualified name. */
    Map<String, dev.opctl.crd.model.TypeDeclaration> readAll() {
        Map<String, dev.opctl.crd.model.TypeDeclaration> all = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : index.types()) {
            all.put(index.qualifiedName(type), read(type));
        }
        return all;
    }
}
