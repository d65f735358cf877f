package dev.opctl.crd;

import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The definitions of types of the declaration model, whether read from the sources or from class
 * files, by the rules fabric8's crd-generator (API v2) applies to compiled classes: Jackson's
 * properties ({@link ModelProperties}), its shapes ({@link JacksonShapes}), fabric8's and Jackson's
 * annotations and opctl's Javadoc and markers ({@link ModelRules}). Types come from the sources
 * first, then from fixed schemas (the JDK), fabric8's Kubernetes model catalog and the class path.
 * An object type's schema is a reference to its {@link TypeDefinition}, which
 * {@link SchemaExpansion} inlines. Holds no state of a walk: safe to share between threads.
 */
final class ModelSchemas {
    private static final TypeUse OBJECT = TypeUse.Named.of("java.lang.Object");
    private static final String JODA_TIME = "org.joda.time.";

    /** The Map and Collection classes whose elements this thread is resolving. */
    private static final ThreadLocal<Set<String>> CONTAINERS = ThreadLocal.withInitial(HashSet::new);

    /** A schema and the kind of JSON schema Jackson gives the type, which decides what rules apply. */
    record Resolved(JsonSchema schema, String kind) {
    }

    private final Classpath classpath;
    private final TypeLookup types;
    private final ModelProperties properties;

    /** The schemas of the types of a class path. */
    ModelSchemas(Classpath classpath) {
        this(null, classpath, said -> { });
    }

    /** Of the types of {@code index} (null for none), then of {@code classpath}; {@code said} takes warnings. */
    ModelSchemas(SourceIndex index, Classpath classpath, Consumer<String> said) {
        this.classpath = classpath;
        this.types = new TypeLookup(index, classpath, this);
        this.properties = new ModelProperties(types::type, said);
    }

    /** The declarations this engine reads. */
    TypeLookup types() {
        return types;
    }

    /** The definition of {@code type} used as {@code use}; {@link SchemaExpansion} keeps it for a root. */
    TypeDefinition definition(TypeDeclaration type, TypeUse.Named use) {
        return new TypeDefinition(this, type, properties.hierarchy(type),
                properties.of(type, use).stream().flatMap(p -> PropertySchemas.member(p).stream()).toList());
    }

    /**
     * The type arguments {@code <Spec, Status>} a class of the sources gives CustomResource, through
     * generic bases of the sources or the class path.
     */
    Optional<List<TypeUse>> customResourceArguments(TypeDeclaration type) {
        Map<String, TypeUse> bindings = Map.of();
        TypeDeclaration current = type;
        for (int depth = 0; depth < 32; depth++) {
            if (current.superclass() == null || current.kind() != TypeDeclaration.Kind.CLASS) {
                return Optional.empty();
            }
            TypeUse.Named superclass = (TypeUse.Named) current.superclass().substitute(bindings);
            if (superclass.name().equals(LibraryNames.CUSTOM_RESOURCE)) {
                return Optional.of(superclass.arguments());
            }
            Optional<TypeDeclaration> parent = types.type(superclass.name());
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            bindings = parent.get().bindings(superclass.arguments());
            current = parent.get();
        }
        return Optional.empty();
    }

    /** The type and its superclasses, in the sources or on the class path, the type first. */
    List<TypeDeclaration> hierarchy(TypeDeclaration type) {
        return properties.hierarchy(type);
    }

    /**
     * Qualifies a name the sources left unresolved, as javac would from the class path: a type the
     * file imports statically by that name, else one in the file's package, else in exactly one of
     * its on-demand imports.
     *
     * @throws OpctlException (invalid input) when two on-demand imports offer it, as javac does
     */
    UnaryOperator<String> qualifier(ImportScope scope, String where) {
        return qualifier(() -> scope, () -> where);
    }

    /**
     * The member type a simple name names among those inherited from {@code supertypes}, of the class
     * path (null for none), as javac looks for it before the package and the imports.
     */
    String inherited(List<String> supertypes, String simpleName) {
        for (String supertype : supertypes) {
            String member = memberType(supertype, simpleName, 0);
            if (member != null) {
                return member;
            }
        }
        return null;
    }

    /** The member type {@code simpleName} of a class path's {@code type}, its own or one it inherits. */
    private String memberType(String type, String simpleName, int depth) {
        if (classpath.type(type + "." + simpleName).isPresent()) {
            return type + "." + simpleName;
        }
        Optional<TypeDeclaration> declaration = depth < 16 ? classpath.type(type) : Optional.empty();
        if (declaration.isPresent()) {
            for (TypeUse.Named supertype : declaration.get().supertypes()) {
                String member = memberType(supertype.name(), simpleName, depth + 1);
                if (member != null) {
                    return member;
                }
            }
        }
        return null;
    }

    /** {@link #qualifier(ImportScope, String)}, finding the scope and saying where only when a name needs it. */
    UnaryOperator<String> qualifier(Supplier<ImportScope> inScope, Supplier<String> where) {
        return name -> {
            ImportScope scope = inScope.get();
            for (String imported : scope.imported()) {
                if (imported.endsWith("." + name) && onClasspath(imported)) {
                    return imported;
                }
            }
            List<String> packages = scope.packages();
            String own = packages.get(0).isEmpty() ? name : packages.get(0) + "." + name;
            if (onClasspath(own)) {
                return own;
            }
            String found = null;
            for (String imported : packages.subList(1, packages.size())) {
                String candidate = imported + "." + name;
                if (!candidate.equals(found) && onClasspath(candidate)) {
                    if (found != null) {
                        throw new AmbiguousName(where.get(), name, found, candidate);
                    }
                    found = candidate;
                }
            }
            return found != null ? found : name;
        };
    }

    /** Whether the class path or the JDK declares a type of this name (one opctl maps or not). */
    boolean onClasspath(String name) {
        return classpath.type(name).isPresent();
    }

    /**
     * The schema of {@code type}, an object type's a reference to its definition; {@code where} names the
     * property for errors; {@code property} when it is a property's own type (not an element's), which type
     * annotations apply to.
     */
    Resolved resolve(TypeUse type, String where, boolean property) {
        if (type instanceof TypeUse.Primitive primitive) {
            String scalar = KnownTypes.SCALARS.get(primitive.name());
            if (scalar == null) {
                throw TypeErrors.unmappable(type, where);
            }
            return new Resolved(JsonSchema.ofType(scalar), scalar);
        }
        if (type instanceof TypeUse.ArrayOf array) {
            requireTyped(array.component(), type, where);
            return arrayOf(resolve(array.component(), where, false).schema());
        }
        if (type instanceof TypeUse.Wildcard wildcard) {
            // Jackson writes a value of ? extends T as a T.
            return wildcard.bound() != null && wildcard.upper() ? resolve(wildcard.bound(), where, property)
                    : new Resolved(JsonSchema.ofType("object"), "object");
        }
        if (!(type instanceof TypeUse.Named named)) {
            return new Resolved(JsonSchema.ofType("object"), "object"); // an unbound type variable is Object to Jackson
        }
        String name = named.name();
        List<TypeUse> arguments = named.arguments();
        String scalar = KnownTypes.SCALARS.get(name);
        if (scalar != null) {
            return new Resolved(JsonSchema.ofType(scalar), scalar);
        }
        if (name.equals("java.lang.Void")) {
            // Jackson's null schema, which fabric8 writes as an object of unknown shape.
            return new Resolved(JsonSchema.ofType("object"), "null");
        }
        if (name.equals("java.util.concurrent.atomic.AtomicReference") && arguments.size() == 1) {
            return resolve(arguments.get(0), where, property); // Jackson writes what it refers to
        }
        if (KnownTypes.COLLECTIONS.contains(name) && arguments.size() <= 1) {
            // A raw List holds Objects.
            requireTyped(arguments.isEmpty() ? OBJECT : arguments.get(0), type, where);
            JsonSchema items = resolve(arguments.get(0), where, false).schema();
            if (property && name.equals("java.util.List")) {
                typeAnnotations(arguments.get(0), items, where);
            }
            return arrayOf(items);
        }
        if (KnownTypes.MAPS.contains(name) && arguments.size() != 1) {
            // A raw Map holds Objects, to Jackson as to javac.
            JsonSchema values = arguments.isEmpty() ? KnownTypes.fixed("java.lang.Object").orElseThrow()
                    : resolve(arguments.get(1), where, false).schema();
            if (property && name.equals("java.util.Map") && !arguments.isEmpty()) {
                typeAnnotations(arguments.get(1), values, where);
            }
            return new Resolved(new JsonSchema().setAdditionalProperties(withoutFormat(values)).setType("object"),
                    "object");
        }
        if (name.equals(LibraryNames.HAS_METADATA) || name.equals(KnownTypes.KUBERNETES_RESOURCE)) {
            return resource(name);
        }
        Optional<TypeDeclaration> source = types.source(name);
        if (source.isPresent()) {
            return declared(source.get(), named, where);
        }
        Optional<JsonSchema> fixed = JsonNodes.schema(name).or(() -> KnownTypes.fixed(name));
        if (fixed.isPresent()) {
            return new Resolved(fixed.get(), kindOf(fixed.get()));
        }
        if (name.startsWith(KnownTypes.KUBERNETES_MODEL)) {
            KubernetesCatalog catalog = KubernetesCatalog.get();
            Optional<JsonSchema> model = catalog.schema(name);
            if (model.isPresent()) {
                return new Resolved(model.get(), kindOf(model.get()));
            }
            Optional<String> reason = catalog.unsupported(name);
            if (reason.isPresent()) {
                throw OpctlException.invalidInput(String.format("%s: %s has no CRD schema: %s (fabric8's generator "
                        + "refuses it too); use a narrower type or a JsonNode", where, type, reason.get()));
            }
        }
        Optional<TypeDeclaration> compiled = types.compiled(name);
        Optional<String> serialized = compiled.isPresent() ? Optional.empty()
                : types.classFile(name).flatMap(types::serializedSuperclass); // the JDK's LongAdder, SimpleTimeZone
        if (serialized.isPresent()) {
            return resolve(TypeUse.Named.of(serialized.get()), where, property);
        }
        return compiled.map(t -> declared(t, named, where)).orElseThrow(() -> TypeErrors.unmappable(type, where,
                types::declaring, types::classFile));
    }

    /** The schema of what a serializer of the sources, the class path or Jackson writes. */
    Resolved serialized(TypeUse.Named serializer, String where) {
        JsonSchema schema = Serializers.schema(serializer, types::type, where);
        return new Resolved(schema, kindOf(schema));
    }

    /** The kind of schema a type of the sources or the class path has, without building it. */
    String declaredKind(TypeDeclaration type, TypeUse.Named use) {
        if (type.kind() == TypeDeclaration.Kind.ENUM) {
            return EnumSchemas.shapedAsObject(type) ? "object" : "string";
        }
        return container(type, use).filter(c -> KnownTypes.COLLECTIONS.contains(c.name())).isPresent() ? "array"
                : "object";
    }

    /**
     * The Map, Collection or Map.Entry a class is to Jackson: one that is only {@code Iterable} (no
     * Collection) is written as a bean when it has properties, and as an array of its elements when not.
     */
    private Optional<TypeUse.Named> container(TypeDeclaration type, TypeUse.Named use) {
        return properties.containerSupertype(type, use)
                .filter(c -> !c.name().equals("java.lang.Iterable") || properties.of(type, use).isEmpty());
    }

    /** A type of the sources or the class path: any JSON, an enum, a Map or Collection, or an object. */
    private Resolved declared(TypeDeclaration type, TypeUse.Named use, String where) {
        List<TypeDeclaration> hierarchy = properties.hierarchy(type);
        Optional<JsonSchema> node = JsonNodes.extending(hierarchy);
        if (node.isPresent()) {
            return new Resolved(node.get(), "any");
        }
        // A serializer (@JsonSerialize(using)) or converter of the class: Jackson writes what it writes or returns.
        Optional<Resolved> written = Serializers.of(hierarchy).map(s -> serialized(s, where))
                .or(() -> Serializers.converted(hierarchy, types::type, where).map(out -> resolve(out, where, false)));
        if (written.isPresent()) {
            return written.get();
        }
        if (type.kind() == TypeDeclaration.Kind.ENUM && !EnumSchemas.shapedAsObject(type)) {
            return new Resolved(EnumSchemas.of(type, where, types::type), "string");
        }
        if (type.kind() == TypeDeclaration.Kind.INTERFACE && types.isA(type, LibraryNames.HAS_METADATA)) {
            return resource(LibraryNames.HAS_METADATA);
        }
        Optional<TypeUse> value = type.kind() == TypeDeclaration.Kind.ENUM ? Optional.empty()
                : JsonValues.valueType(hierarchy, use, types::type);
        if (value.isPresent()) {
            // Jackson writes the value alone; one of a polymorphic class (@JsonTypeInfo) it describes as any JSON.
            boolean polymorphic = value.get() instanceof TypeUse.Named named && types.type(named.name())
                    .flatMap(t -> properties.classAnnotation(t, Annotations.JACKSON + "JsonTypeInfo"))
                    .filter(ClientValues::polymorphic).isPresent();
            return polymorphic ? new Resolved(new JsonSchema().setPreserveUnknownFields(true), "any")
                    : resolve(value.get(), where, false);
        }
        // @JsonFormat(shape = OBJECT) on the class makes Jackson write a Collection, a Map, an entry or a
        // Number as a bean of its properties; STRING a Number as a string.
        String shape = properties.classAnnotation(type, Annotations.JACKSON + "JsonFormat")
                .flatMap(a -> a.enumConstant("shape")).orElse("");
        Optional<TypeUse.Named> container = shape.equals("OBJECT") ? Optional.empty() : container(type, use);
        if (container.isPresent()) {
            // A class that is a Map or a Collection is one to Jackson, whatever else it declares; its
            // elements are inlined, so one that holds itself (Tree extends ArrayList<Tree>) would never end.
            Set<String> resolving = CONTAINERS.get();
            if (!resolving.add(type.name())) {
                throw OpctlException.invalidInput(String.format("%s: %s holds itself (through %s); a CRD schema cannot "
                        + "be recursive: break the cycle, or hold a JsonNode instead", where, type.simpleName(),
                        container.get()));
            }
            try {
                return resolve(container.get(), where, false);
            } finally {
                resolving.remove(type.name());
            }
        }
        // A Number is one to Jackson (Lang's MutableInt), a Date's subclass a date, ...
        Optional<String> serialized = shape.equals("OBJECT") ? Optional.empty() : types.serializedSuperclass(type);
        if (serialized.filter("java.lang.Number"::equals).isPresent()) {
            String kind = shape.equals("STRING") ? "string" : "number";
            return new Resolved(JsonSchema.ofType(kind), kind);
        }
        if (serialized.isPresent()) {
            return resolve(TypeUse.Named.of(serialized.get()), where, false);
        }
        if (type.name().startsWith(JODA_TIME)) { // Jackson refuses them without its Joda module: any JSON to fabric8
            return new Resolved(new JsonSchema().setPreserveUnknownFields(true), "any");
        }
        return new Resolved(JsonSchema.reference(new JsonSchema.Reference(type, use)), "object");
    }

    /**
     * fabric8's schemas of the model's interfaces: any resource ({@code HasMetadata}, or an interface
     * extending it) is an embedded resource; a {@code KubernetesResource} an object of no properties.
     */
    private static Resolved resource(String name) {
        JsonSchema schema = new JsonSchema().setType("object");
        return new Resolved(name.equals(KnownTypes.KUBERNETES_RESOURCE) ? schema : schema.setEmbeddedResource(true),
                "object");
    }

    /**
     * Refuses a collection whose elements are Objects to Jackson, as fabric8 does ("Untyped collection"):
     * of Object, {@code ?}, {@code ? super T} or a type variable nothing binds.
     */
    private static void requireTyped(TypeUse element, TypeUse type, String where) {
        TypeUse bound = element instanceof TypeUse.Wildcard w && w.upper() && w.bound() != null ? w.bound() : element;
        if (bound instanceof TypeUse.Named named && named.name().equals("java.lang.Object")
                || bound instanceof TypeUse.Wildcard || bound instanceof TypeUse.Variable) {
            throw OpctlException.invalidInput(String.format("%s: a collection of untyped objects (%s) has no "
                    + "schema; give its element type (JsonNode for any JSON)", where, type));
        }
    }

    /** Constraints written on a List's element or a Map's value type: {@code List<@Pattern("[a-z]+") String>}. */
    private static void typeAnnotations(TypeUse argument, JsonSchema schema, String where) {
        String kind = Objects.toString(schema.getType(), "");
        if (argument instanceof TypeUse.Named named && !named.annotations().isEmpty()
                && (kind.equals("string") || kind.equals("number") || kind.equals("integer"))) {
            ModelRules.constraints(kind, annotation -> named.annotations().stream()
                    .filter(a -> a.type().equals(annotation)).findFirst().map(AnnotationUse.class::cast), schema, where);
        }
    }

    /**
     * The schema of a collection's or map's elements: fabric8 writes no {@code format} there (a
     * {@code List<Instant>} has string items), though it does on a property of the same type.
     */
    static JsonSchema withoutFormat(JsonSchema elements) {
        return elements.getFormat() == null ? elements : elements.copy().setFormat(null);
    }

    private static Resolved arrayOf(JsonSchema items) {
        return new Resolved(new JsonSchema().setItems(withoutFormat(items)).setType("array"), "array");
    }

    /** The kind of Jackson schema behind a schema: any-schemas keep unknown fields or have no type. */
    static String kindOf(JsonSchema schema) {
        if (schema.getPreserveUnknownFields() != null || schema.getAnyOf() != null || schema.getType() == null) {
            return "any";
        }
        return schema.getType();
    }
}
