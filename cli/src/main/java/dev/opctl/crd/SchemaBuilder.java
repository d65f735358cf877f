package dev.opctl.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.javaparser.ast.Modifier;
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
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the OpenAPI v3 schema of a custom resource class from its source, following the rules
 * fabric8's crd-generator (API v2) applies to compiled classes: Jackson's notion of a property,
 * fabric8's schema annotations, Jackson's names and descriptions. Javadoc becomes the description
 * where no {@code @JsonPropertyDescription} is given, and marker comments ({@code +listType=map})
 * add the Kubernetes list and map extensions.
 */
final class SchemaBuilder {
    static final String CUSTOM_RESOURCE = LibraryNames.CUSTOM_RESOURCE;
    static final String PRINTER_COLUMN = Annotations.FABRIC8_CRD + "PrinterColumn";
    static final String SELECTABLE_FIELD = Annotations.FABRIC8_CRD + "SelectableField";
    static final String SPEC_REPLICAS = Annotations.FABRIC8_MODEL + "SpecReplicas";
    static final String STATUS_REPLICAS = Annotations.FABRIC8_MODEL + "StatusReplicas";
    static final String LABEL_SELECTOR = Annotations.FABRIC8_MODEL + "LabelSelector";
    /** Field annotations whose JSON paths the CRD needs: printer columns, selectable fields, scale. */
    private static final List<String> PATH_ANNOTATIONS = List.of(PRINTER_COLUMN, SELECTABLE_FIELD, SPEC_REPLICAS,
            STATUS_REPLICAS, LABEL_SELECTOR);
    private static final String G = Annotations.FABRIC8_GENERATOR;
    private static final String J = Annotations.JACKSON;
    private static final String LOMBOK = "lombok.";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** For default values only: made when a source has one, as an ObjectMapper is slow to set up. */
    private static final class Readers {
        static final ObjectMapper JSON_READER = new ObjectMapper();
        static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());
    }

    /** A property annotated with one of {@link #PATH_ANNOTATIONS}, at a JSON path like {@code .spec.replicas}. */
    record Marked(String annotation, String path, AnnotationExpr expression, ObjectNode schema) {
    }

    /** A version's schema and the annotated paths found on the way. */
    record Root(ObjectNode schema, List<Marked> marked) {
    }

    private final SourceIndex index;
    private final Annotations annotations;
    private final Markers markers;
    private final ModelSchemas compiled;
    private final List<Marked> marked = new ArrayList<>();
    /** The superclass outside the sources that the last collectProperties met, if any. */
    private TypeUse.Named jarSuperclass;

    /** {@code compiled} gives the schemas of types the sources do not declare. */
    SchemaBuilder(SourceIndex index, Annotations annotations, ModelSchemas compiled) {
        this.index = index;
        this.annotations = annotations;
        this.compiled = compiled;
        this.markers = new Markers(index);
    }

    /** The schema of one version of a custom resource: its class's properties but kind, apiVersion and metadata. */
    Root root(ClassOrInterfaceDeclaration resource) {
        marked.clear();
        ObjectNode schema = object(resource, Map.of(), Walk.START, Set.of("kind", "apiVersion", "metadata"));
        return new Root(schema, List.copyOf(marked));
    }

    /** The type arguments {@code <Spec, Status>} the class gives CustomResource, through any generic base classes. */
    Optional<List<TypeRef>> customResourceArguments(ClassOrInterfaceDeclaration cls) {
        Map<String, TypeRef> bindings = Map.of();
        TypeDeclaration<?> current = cls;
        for (int depth = 0; depth < 32 && current instanceof ClassOrInterfaceDeclaration c; depth++) {
            if (c.getExtendedTypes().isEmpty() || c.isInterface()) {
                return Optional.empty();
            }
            ClassOrInterfaceType superType = c.getExtendedTypes(0);
            String name = index.resolve(superType.getNameWithScope(), c);
            TypeRef superRef = new TypeRef(superType, c, bindings);
            List<Type> arguments = superType.getTypeArguments().map(List::copyOf).orElse(List.of());
            if (name.equals(CUSTOM_RESOURCE)) {
                return Optional.of(arguments.stream().map(superRef::with).toList());
            }
            Optional<TypeDeclaration<?>> parent = index.type(name);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            bindings = bind(parent.get(), superRef);
            current = parent.get();
        }
        return Optional.empty();
    }

    /** Whether a type is {@code java.lang.Void}. */
    boolean isVoid(TypeRef ref) {
        TypeRef type = ref.unwrap();
        return type.type().isClassOrInterfaceType() && index.resolve(type.type().asClassOrInterfaceType()
                .getNameWithScope(), type.context()).equals("java.lang.Void");
    }

    // ---------------------------------------------------------------- walking state

    private record SwapKey(String type, String field) {
    }

    /** A {@code @SchemaSwap}: in class {@code key.type}, field {@code key.field} takes the schema of {@code target}. */
    private static final class Swap {
        final SwapKey key;
        final TypeRef target;
        final int depth;
        final AnnotationExpr where;
        boolean used;

        Swap(SwapKey key, TypeRef target, int depth, AnnotationExpr where) {
            this.key = key;
            this.target = target;
            this.depth = depth;
            this.where = where;
        }
    }

    /**
     * Where a walk is: the JSON path, the classes being expanded (to catch cycles), the schema swaps
     * in force and how often each was met on this path.
     */
    private record Walk(List<String> path, List<String> visiting, Map<SwapKey, Swap> swaps,
            Map<SwapKey, Integer> depths, boolean recording) {
        static final Walk START = new Walk(List.of(), List.of(), Map.of(), Map.of(), true);

        Walk child(String name) {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            return new Walk(List.copyOf(p), visiting, swaps, depths, recording);
        }

        String jsonPath() {
            return "." + String.join(".", path);
        }
    }

    // ---------------------------------------------------------------- types

    /** A schema and the kind of JSON schema Jackson gives the type, which decides what annotations apply. */
    private record Resolved(ObjectNode schema, String kind) {
    }

    private Resolved resolve(TypeRef written, String field, Walk walk, boolean property) {
        TypeRef ref = written.unwrap();
        Type type = ref.type();
        Node context = ref.context();
        if (type instanceof PrimitiveType primitive) {
            String scalar = KnownTypes.SCALARS.get(primitive.asString());
            return new Resolved(JsonTrees.scalar(scalar), scalar);
        }
        if (type instanceof ArrayType array) {
            return arrayOf(resolve(ref.with(array.getComponentType()), field, walk, false).schema());
        }
        if (type instanceof WildcardType wildcard && wildcard.getExtendedType().isPresent()) {
            // Jackson writes a value of ? extends T as a T.
            return resolve(ref.with(wildcard.getExtendedType().get()), field, walk, property);
        }
        if (!(type instanceof ClassOrInterfaceType classType)) {
            throw unmappable(type, context, field);
        }
        if (SourceTypeUses.isTypeVariable(classType, context)) {
            // An unbound type variable is Object to Jackson.
            return new Resolved(JsonTrees.scalar("object"), "object");
        }
        String name = index.resolve(classType.getNameWithScope(), context);
        String scalar = KnownTypes.SCALARS.get(name);
        if (scalar != null) {
            return new Resolved(JsonTrees.scalar(scalar), scalar);
        }
        if (name.equals("java.lang.Void")) {
            // Jackson's null schema, which fabric8 writes as an object of unknown shape.
            return new Resolved(JsonTrees.scalar("object"), "null");
        }
        List<Type> arguments = classType.getTypeArguments().map(List::copyOf).orElse(List.of());
        if (KnownTypes.COLLECTIONS.contains(name) && arguments.size() == 1) {
            if (isObject(ref.with(arguments.get(0)))) {
                throw OpctlException.invalidInput(String.format("%s: field '%s': a collection of untyped objects "
                        + "(%s) has no schema; give its element type", index.location(context), field, type));
            }
            ObjectNode items = resolve(ref.with(arguments.get(0)), field, walk, false).schema();
            if (property && name.equals("java.util.List")) {
                typeUseAnnotations(arguments.get(0), items);
            }
            return arrayOf(items);
        }
        if (KnownTypes.MAPS.contains(name) && arguments.size() != 1) {
            // A raw Map holds Objects, to Jackson as to javac.
            ObjectNode values = arguments.isEmpty() ? JsonTrees.object(KnownTypes.FIXED.get("java.lang.Object"))
                    : resolve(ref.with(arguments.get(1)), field, walk, false).schema();
            if (property && name.equals("java.util.Map") && !arguments.isEmpty()) {
                typeUseAnnotations(arguments.get(1), values);
            }
            ObjectNode schema = JSON.objectNode();
            schema.set("additionalProperties", withoutFormat(values));
            schema.put("type", "object");
            return new Resolved(schema, "object");
        }
        Optional<TypeDeclaration<?>> declared = index.type(name);
        Optional<String> node = JsonNodes.schema(name, declared, index);
        if (node.isPresent()) {
            return new Resolved(JsonTrees.object(node.get()), "any");
        }
        if (declared.isPresent()) {
            if (declared.get() instanceof EnumDeclaration enumType) {
                return new Resolved(enumSchema(enumType), "string");
            }
            Optional<TypeRef> container = containerSupertype(declared.get(), ref, 0);
            if (container.isPresent()) {
                // A class that is a Map or a Collection is one to Jackson, whatever else it declares.
                return resolve(container.get(), field, walk, false);
            }
            return new Resolved(object(declared.get(), bind(declared.get(), ref), walk, Set.of()), "object");
        }
        String fixed = KnownTypes.FIXED.get(name);
        if (fixed != null) {
            ObjectNode schema = JsonTrees.object(fixed);
            return new Resolved(schema, kindOf(schema));
        }
        if (name.startsWith(KnownTypes.KUBERNETES_MODEL)) {
            KubernetesCatalog catalog = KubernetesCatalog.get();
            Optional<ObjectNode> model = catalog.schema(name);
            if (model.isPresent()) {
                return new Resolved(model.get(), kindOf(model.get()));
            }
            Optional<String> reason = catalog.unsupported(name);
            if (reason.isPresent()) {
                throw OpctlException.invalidInput(String.format("%s: field '%s': %s has no CRD schema: %s (fabric8's "
                        + "generator refuses it too); use a narrower type or a JsonNode", index.location(context),
                        field, type, reason.get()));
            }
        }
        String where = index.location(context) + ": field '" + field + "'";
        return compiled.schema((TypeUse.Named) SourceTypeUses.of(ref, index, compiled.qualifier(index
                .packagesInScope(context), where)), where).map(s -> new Resolved(s, kindOf(s)))
                .orElseThrow(() -> unmappable(type, context, field));
    }

    /**
     * The schema of a collection's or map's elements: fabric8 writes no {@code format} there (a
     * {@code List<Instant>} has string items), though it does on a property of the same type.
     */
    static ObjectNode withoutFormat(ObjectNode elements) {
        if (!elements.has("format")) {
            return elements;
        }
        ObjectNode copy = elements.deepCopy();
        copy.remove("format");
        return copy;
    }

    private static Resolved arrayOf(ObjectNode items) {
        ObjectNode schema = JSON.objectNode();
        schema.set("items", withoutFormat(items));
        schema.put("type", "array");
        return new Resolved(schema, "array");
    }

    /** The kind of Jackson schema behind a fixed schema: any-schemas keep unknown fields or have no type. */
    private static String kindOf(ObjectNode schema) {
        if (schema.has("x-kubernetes-preserve-unknown-fields") || schema.has("anyOf") || !schema.has("type")) {
            return "any";
        }
        return schema.get("type").asText();
    }

    private boolean isObject(TypeRef ref) {
        TypeRef type = ref.unwrap();
        return type.type().isClassOrInterfaceType() && index.resolve(type.type().asClassOrInterfaceType()
                .getNameWithScope(), type.context()).equals("java.lang.Object");
    }

    /** The Map or Collection type a class of the sources extends or implements, with its type arguments bound. */
    private Optional<TypeRef> containerSupertype(TypeDeclaration<?> declared, TypeRef usage, int depth) {
        if (!(declared instanceof ClassOrInterfaceDeclaration cls) || depth > 16) {
            return Optional.empty();
        }
        Map<String, TypeRef> bindings = bind(declared, usage);
        List<ClassOrInterfaceType> supertypes = new ArrayList<>(cls.getExtendedTypes());
        supertypes.addAll(cls.getImplementedTypes());
        for (ClassOrInterfaceType supertype : supertypes) {
            TypeRef ref = new TypeRef(supertype, cls, bindings);
            String name = index.resolve(supertype.getNameWithScope(), cls);
            int arity = supertype.getTypeArguments().map(List::size).orElse(0);
            if (KnownTypes.COLLECTIONS.contains(name) && arity == 1 || KnownTypes.MAPS.contains(name) && arity == 2) {
                return Optional.of(ref);
            }
            Optional<TypeRef> found = index.type(name).flatMap(t -> containerSupertype(t, ref, depth + 1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** What the type parameters of {@code declared} stand for in {@code usage} ({@code Base<FooSpec>}). */
    private Map<String, TypeRef> bind(TypeDeclaration<?> declared, TypeRef usage) {
        if (!(declared instanceof NodeWithTypeParameters<?> generic) || generic.getTypeParameters().isEmpty()
                || !usage.type().isClassOrInterfaceType()) {
            return Map.of();
        }
        List<Type> arguments = usage.type().asClassOrInterfaceType().getTypeArguments().map(List::copyOf)
                .orElse(List.of());
        Map<String, TypeRef> bindings = new HashMap<>();
        for (int i = 0; i < generic.getTypeParameters().size() && i < arguments.size(); i++) {
            bindings.put(generic.getTypeParameters().get(i).getNameAsString(), usage.with(arguments.get(i)).unwrap());
        }
        return bindings;
    }

    private ObjectNode enumSchema(EnumDeclaration enumType) {
        ObjectNode schema = JSON.objectNode();
        if (JacksonShapes.writtenAsNumber(enumType, annotations)) {
            schema.put("type", "integer");
            markers.description(enumType).ifPresent(d -> schema.put("description", d));
            return schema;
        }
        TreeSet<String> sortedValues = new TreeSet<>();
        Optional<List<String>> jsonValues = JacksonShapes.jsonValues(enumType, annotations, index);
        if (jsonValues.isPresent()) {
            sortedValues.addAll(jsonValues.get());
        } else {
            for (EnumConstantDeclaration constant : enumType.getEntries()) {
                if (annotations.find(constant, J + "JsonIgnore").isEmpty()) {
                    sortedValues.add(annotations.find(constant, J + "JsonProperty")
                            .flatMap(a -> annotations.string(a, "value")).orElse(constant.getNameAsString()));
                }
            }
        }
        ArrayNode values = JSON.arrayNode();
        sortedValues.forEach(values::add);
        schema.set("enum", values);
        schema.put("type", "string");
        markers.description(enumType).ifPresent(d -> schema.put("description", d));
        return schema;
    }

    // ---------------------------------------------------------------- objects and properties

    /** One Jackson property of a class: its name, the field and accessor that make it, its type. */
    private record Property(String name, List<NodeWithAnnotations<?>> members, TypeRef type, String owner) {
    }

    private ObjectNode object(TypeDeclaration<?> type, Map<String, TypeRef> bindings, Walk outer,
            Set<String> ignore) {
        String name = index.qualifiedName(type);
        if (outer.visiting().contains(name)) {
            throw OpctlException.invalidInput(String.format("%s: %s refers to itself (%s); a CRD schema cannot "
                    + "be recursive: break the cycle, or end it with @SchemaSwap(depth = N) or a JsonNode field",
                    index.location(type), type.getNameAsString(), String.join(" -> ", outer.visiting())));
        }
        List<String> visiting = new ArrayList<>(outer.visiting());
        visiting.add(name);
        Map<SwapKey, Swap> own = swaps(type, outer.swaps());
        Map<SwapKey, Swap> swaps = new HashMap<>(outer.swaps());
        swaps.putAll(own);
        Walk walk = new Walk(outer.path(), List.copyOf(visiting), swaps, outer.depths(), outer.recording());

        Map<String, Property> properties = new TreeMap<>();
        jarSuperclass = null;
        collectProperties(type, bindings, properties);
        TypeUse.Named inherited = jarSuperclass;
        ObjectNode schemaProperties = JSON.objectNode();
        TreeSet<String> required = new TreeSet<>();
        for (Property property : properties.values()) {
            if (!ignore.contains(property.name())) {
                addProperty(property, walk, schemaProperties, required);
            }
        }
        for (Swap swap : own.values()) {
            if (!swap.used) {
                throw OpctlException.invalidInput(String.format("%s: @SchemaSwap(originalType = %s, fieldName = "
                        + "\"%s\") matches no field under %s; fix the type or field name", index.location(swap.where),
                        swap.key.type(), swap.key.field(), type.getNameAsString()));
            }
        }

        ObjectNode schema = JSON.objectNode();
        if (!schemaProperties.isEmpty()) {
            schema.set("properties", schemaProperties);
        }
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
        schema.put("type", "object");
        if (hierarchy(type).stream().anyMatch(t -> annotations.find(t, Annotations.FABRIC8_CRD
                + "PreserveUnknownFields").isPresent())) {
            schema.put("x-kubernetes-preserve-unknown-fields", true);
        }
        List<AnnotationExpr> rules = new ArrayList<>();
        for (TypeDeclaration<?> t : hierarchy(type)) {
            rules.addAll(annotations.findAll(t, G + "ValidationRule", G + "ValidationRules"));
        }
        addValidationRules(schema, rules);
        if (inherited != null) {
            compiled.inherit(schema, inherited, index.location(type), ignore);
        }
        markers.description(type).ifPresent(d -> schema.put("description", d));
        markers.apply(List.of(type), schema, type.getNameAsString());
        return schema;
    }

    /** The class and its superclasses in the sources, the class first. */
    List<TypeDeclaration<?>> hierarchy(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> chain = new ArrayList<>();
        TypeDeclaration<?> current = type;
        while (current != null && chain.size() < 32) {
            chain.add(current);
            TypeDeclaration<?> next = null;
            if (current instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()
                    && cls.getExtendedTypes().isNonEmpty()) {
                next = index.type(index.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls)).orElse(null);
            }
            current = next;
        }
        return chain;
    }

    private Map<SwapKey, Swap> swaps(TypeDeclaration<?> type, Map<SwapKey, Swap> inForce) {
        Map<SwapKey, Swap> own = new LinkedHashMap<>();
        for (TypeDeclaration<?> t : hierarchy(type)) {
            for (AnnotationExpr a : annotations.findAll(t, Annotations.FABRIC8_CRD + "SchemaSwap",
                    Annotations.FABRIC8_CRD + "SchemaSwaps")) {
                TypeRef original = annotations.classLiteral(a, "originalType").orElseThrow(() ->
                        OpctlException.invalidInput(index.location(a) + ": @SchemaSwap needs originalType"));
                String field = annotations.string(a, "fieldName").orElse("");
                TypeRef target = annotations.classLiteral(a, "targetType").orElse(null);
                if (target != null && target.type().isVoidType()) {
                    target = null;
                }
                int depth = annotations.number(a, "depth").map(Double::intValue).orElse(0);
                String originalName = index.resolve(original.type().asString(), a);
                SwapKey key = new SwapKey(originalName, field);
                if (inForce.containsKey(key) || own.containsKey(key)) {
                    throw OpctlException.invalidInput(String.format("%s: @SchemaSwap for %s.%s is given twice on one "
                            + "path; keep one", index.location(a), originalName, field));
                }
                own.put(key, new Swap(key, target, depth, a));
            }
        }
        return own;
    }

    private void collectProperties(TypeDeclaration<?> type, Map<String, TypeRef> bindings,
            Map<String, Property> properties) {
        String owner = index.qualifiedName(type);
        if (type instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()
                && cls.getExtendedTypes().isNonEmpty()) {
            ClassOrInterfaceType superType = cls.getExtendedTypes(0);
            TypeRef superRef = new TypeRef(superType, cls, bindings);
            String superName = index.resolve(superType.getNameWithScope(), cls);
            if (superName.equals(CUSTOM_RESOURCE)) {
                List<Type> arguments = superType.getTypeArguments().map(List::copyOf).orElse(List.of());
                if (arguments.size() == 2) {
                    properties.put("spec", new Property("spec", List.of(), superRef.with(arguments.get(0)), owner));
                    properties.put("status", new Property("status", List.of(), superRef.with(arguments.get(1)),
                            owner));
                }
            } else { // a superclass outside the sources: object() merges what the class path gives of it
                index.type(superName).ifPresentOrElse(parent -> collectProperties(parent, bind(parent, superRef),
                        properties), () -> jarSuperclass = (TypeUse.Named) SourceTypeUses.of(superRef, index,
                        compiled.qualifier(index.packagesInScope(cls), index.location(cls))));
            }
        }

        // Jackson's implicit names: fields by name, getters by their mangled name.
        Map<String, List<NodeWithAnnotations<?>>> members = new LinkedHashMap<>();
        Map<String, TypeRef> types = new HashMap<>();
        Map<String, Boolean> visible = new HashMap<>();
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                String name = component.getNameAsString();
                members.computeIfAbsent(name, k -> new ArrayList<>()).add(component);
                types.put(name, new TypeRef(component.getType(), record, bindings));
                visible.put(name, true);
            }
        }
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic()) {
                continue;
            }
            // Jackson skips a transient field, but a getter (Lombok's too) still makes the property.
            boolean getter = lombokGetter(type, field);
            if (field.isTransient() && !getter) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                String name = variable.getNameAsString();
                boolean own = !field.isTransient() && (field.isPublic()
                        || annotations.find(field, J + "JsonProperty").isPresent());
                // Lombok's getter gives a property of its own name (isCA() and getXName() give "ca" and
                // "xname"); where that is not the field's, Jackson links neither's annotations to the other.
                String fromGetter = getter ? mangle(LombokNames.getter(name, variable.getType().isPrimitiveType()
                        && variable.getType().asPrimitiveType().getType() == PrimitiveType.Primitive.BOOLEAN)
                        .replaceFirst("^(get|is)", "")) : name;
                if (!fromGetter.equals(name)) {
                    members.computeIfAbsent(fromGetter, k -> new ArrayList<>());
                    types.putIfAbsent(fromGetter, new TypeRef(variable.getType(), field, bindings));
                    visible.put(fromGetter, true);
                }
                members.computeIfAbsent(name, k -> new ArrayList<>()).add(field);
                types.putIfAbsent(name, new TypeRef(variable.getType(), field, bindings));
                visible.merge(name, own || getter && fromGetter.equals(name), Boolean::logicalOr);
            }
        }
        // Where getX() and isX() both exist, Jackson takes getX(), in whichever order they stand.
        Set<String> getters = new HashSet<>();
        for (MethodDeclaration method : type.getMethods()) {
            String name = getterName(method);
            if (name == null) {
                continue;
            }
            members.computeIfAbsent(name, k -> new ArrayList<>()).add(method);
            boolean isGetter = !method.getNameAsString().startsWith("get");
            if (!isGetter || !getters.contains(name)) {
                types.put(name, new TypeRef(method.getType(), method, bindings));
            }
            if (!isGetter) {
                getters.add(name);
            }
            visible.put(name, true);
        }

        Set<String> ignored = new TreeSet<>();
        annotations.find(type, J + "JsonIgnoreProperties").ifPresent(a -> ignored.addAll(annotations.strings(a,
                "value")));
        for (Map.Entry<String, List<NodeWithAnnotations<?>>> entry : members.entrySet()) {
            // An @JsonAnyGetter accessor stays a property too, as fabric8's Jackson sees it.
            if (!visible.getOrDefault(entry.getKey(), false)) {
                continue;
            }
            // The members of the same property in superclasses count too, after this class's own: an
            // overriding getter keeps the annotations of the getter it overrides, as in Jackson.
            List<NodeWithAnnotations<?>> nodes = new ArrayList<>(entry.getValue());
            Property inherited = inherited(properties, entry.getKey());
            if (inherited != null) {
                nodes.addAll(inherited.members());
                properties.remove(inherited.name());
            }
            String name = nodes.stream().map(n -> annotations.find(n, J + "JsonProperty"))
                    .flatMap(Optional::stream).map(a -> annotations.string(a, "value").orElse(""))
                    .filter(v -> !v.isEmpty()).findFirst().orElse(entry.getKey());
            if (ignored.contains(name)) {
                continue;
            }
            properties.remove(entry.getKey());
            properties.put(name, new Property(name, nodes, types.get(entry.getKey()), owner));
        }
    }

    /** The property collected from a superclass whose implicit name is {@code name}, whatever it is renamed to. */
    private static Property inherited(Map<String, Property> properties, String name) {
        for (Property property : properties.values()) {
            for (NodeWithAnnotations<?> member : property.members()) {
                boolean same = member instanceof MethodDeclaration method ? name.equals(getterName(method))
                        : member instanceof FieldDeclaration field
                                ? field.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))
                                : member instanceof Parameter component && component.getNameAsString().equals(name);
                if (same) {
                    return property;
                }
            }
        }
        return null;
    }

    /** The implicit property name of a public getter ({@code getURL} is "url"), or null for other methods. */
    private static String getterName(MethodDeclaration method) {
        if (method.isStatic() || !method.hasModifier(Modifier.Keyword.PUBLIC) || !method.getParameters().isEmpty()
                || method.getType().isVoidType()) {
            return null;
        }
        String name = method.getNameAsString();
        if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
            return mangle(name.substring(3));
        }
        boolean bool = method.getType().isPrimitiveType()
                && method.getType().asPrimitiveType().getType() == PrimitiveType.Primitive.BOOLEAN
                || method.getType().asString().equals("Boolean")
                || method.getType().asString().equals("java.lang.Boolean");
        if (name.startsWith("is") && name.length() > 2 && bool) {
            return mangle(name.substring(2));
        }
        return null;
    }

    /** Jackson's default: lower-case the leading upper-case letters. */
    private static String mangle(String base) {
        StringBuilder name = new StringBuilder(base.length());
        int i = 0;
        while (i < base.length() && Character.isUpperCase(base.charAt(i))) {
            name.append(Character.toLowerCase(base.charAt(i)));
            i++;
        }
        return name.append(base, i, base.length()).toString();
    }

    private Optional<AnnotationExpr> find(Property property, String annotation) {
        for (NodeWithAnnotations<?> member : property.members()) {
            Optional<AnnotationExpr> found = annotations.find(member, annotation);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private void addProperty(Property property, Walk parent, ObjectNode properties, TreeSet<String> required) {
        if (find(property, J + "JsonIgnore").isPresent()) {
            return;
        }
        String name = property.name();
        Walk walk = parent.child(name);
        Node context = property.members().isEmpty() ? property.type().context() : (Node) property.members().get(0);

        // @SchemaSwap: the n-th time a swapped field is met on a path (n = depth) it takes the target's schema.
        SwapKey key = new SwapKey(property.owner(), name);
        Swap swap = walk.swaps().get(key);
        if (swap != null && swap.target == null && walk.depths().getOrDefault(key, 0) == swap.depth) {
            if (find(property, G + "Required").isPresent()) {
                required.add(name);
            }
            swap.used = true;
            return;
        }
        TypeRef type = property.type();
        boolean ongoing = false;
        if (swap != null) {
            swap.used = true;
            int met = walk.depths().getOrDefault(key, 0);
            Map<SwapKey, Integer> depths = new HashMap<>(walk.depths());
            depths.put(key, met + 1);
            if (met == swap.depth) {
                type = swap.target;
                walk = new Walk(walk.path(), walk.visiting(), walk.swaps(), depths, walk.recording());
            } else {
                ongoing = true;
                walk = new Walk(walk.path(), List.of(), walk.swaps(), depths, false);
            }
        }
        if (find(property, G + "Required").isPresent()) {
            required.add(name); // even when a swap or @SchemaFrom(type = void.class) drops the property, as fabric8
        }
        Optional<AnnotationExpr> schemaFrom = find(property, Annotations.FABRIC8_CRD + "SchemaFrom");
        TypeRef declared = null;
        if (schemaFrom.isPresent() && (swap == null || ongoing)) {
            Optional<TypeRef> from = annotations.classLiteral(schemaFrom.get(), "type");
            if (from.isEmpty() || from.get().type().isVoidType()) {
                return;
            }
            declared = type;
            type = from.get();
        }

        Resolved resolved = resolve(type, name, walk, true);
        if (declared != null) {
            SchemaFromFormat.keep(resolved.schema(), declared, index);
        }
        Optional<String> shape = find(property, JacksonShapes.JSON_FORMAT)
                .flatMap(a -> annotations.enumConstant(a, "shape"));
        if (shape.isPresent()) {
            ObjectNode shaped = JacksonShapes.shaped(resolved.schema(), shape.get(), content(type));
            resolved = new Resolved(shaped, shaped == resolved.schema() ? resolved.kind() : kindOf(shaped));
        }
        ObjectNode schema = resolved.schema();
        applyMetadata(property, resolved.kind(), schema, context);
        if (parent.recording() && !ongoing) {
            for (String annotation : PATH_ANNOTATIONS) {
                Optional<AnnotationExpr> found = find(property, annotation);
                ObjectNode finalSchema = schema;
                found.ifPresent(a -> marked.add(new Marked(annotation, parent.child(name).jsonPath(), a, finalSchema)));
            }
        }
        properties.set(name, schema);
    }

    /** The Java type of a property's value, or of its elements when it is a collection, map or array. */
    private JacksonShapes.Content content(TypeRef written) {
        TypeRef ref = written.unwrap();
        Type type = ref.type();
        while (type instanceof ArrayType array) {
            type = array.getComponentType();
        }
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return new JacksonShapes.Content(type.asString(), false);
        }
        String name = index.resolve(classType.getNameWithScope(), ref.context());
        List<Type> arguments = classType.getTypeArguments().map(List::copyOf).orElse(List.of());
        if ((KnownTypes.COLLECTIONS.contains(name) || KnownTypes.MAPS.contains(name)) && !arguments.isEmpty()) {
            return content(ref.with(arguments.get(arguments.size() - 1)));
        }
        boolean jsonValue = index.type(name).filter(EnumDeclaration.class::isInstance)
                .map(e -> JacksonShapes.jsonValues((EnumDeclaration) e, annotations, index).isPresent()).orElse(false);
        return new JacksonShapes.Content(name, jsonValue);
    }

    /** What fabric8 takes from a property's annotations, by the kind of schema its type has. */
    private void applyMetadata(Property property, String kind, ObjectNode schema, Node context) {
        Optional<String> description = find(property, J + "JsonPropertyDescription")
                .flatMap(a -> annotations.string(a, "value"))
                .or(() -> property.members().stream().map(m -> markers.description((Node) m)).flatMap(Optional::stream)
                        .findFirst());
        description.ifPresent(d -> schema.put("description", d));
        defaultValue(property, kind, context).ifPresent(d -> schema.set("default", d));
        if (find(property, G + "Nullable").isPresent()) {
            schema.put("nullable", true);
        }
        constraints(kind, annotation -> find(property, annotation), schema);
        if (find(property, Annotations.FABRIC8_CRD + "PreserveUnknownFields").isPresent()) {
            schema.put("x-kubernetes-preserve-unknown-fields", true);
        }
        List<AnnotationExpr> rules = new ArrayList<>();
        for (NodeWithAnnotations<?> member : property.members()) {
            rules.addAll(annotations.findAll(member, G + "ValidationRule", G + "ValidationRules"));
        }
        addValidationRules(schema, rules);
        markers.apply(property.members().stream().map(Node.class::cast).toList(), schema, property.name());
    }

    /** {@code @Default}, or Jackson's {@code @JsonProperty(defaultValue)}, as a value of the property's type. */
    private Optional<JsonNode> defaultValue(Property property, String kind, Node context) {
        Optional<String> explicit = find(property, G + "Default").flatMap(a -> annotations.string(a, "value"));
        Optional<String> value = explicit.or(() -> find(property, J + "JsonProperty")
                .flatMap(a -> annotations.string(a, "defaultValue")).filter(v -> !v.isEmpty()));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            // As fabric8 reads it: JSON when it looks like a JSON object or array, YAML otherwise.
            String text = value.get().strip();
            JsonNode parsed = (text.startsWith("{") || text.startsWith("[") ? Readers.JSON_READER : Readers.YAML_READER)
                    .readTree(value.get());
            JsonNode typed = switch (kind) {
                case "string" -> parsed.isValueNode() ? JSON.textNode(parsed.asText()) : null;
                case "integer" -> parsed.canConvertToExactIntegral() ? JSON.numberNode(parsed.longValue()) : null;
                case "number" -> parsed.isNumber() ? JSON.numberNode(parsed.doubleValue()) : null;
                case "boolean" -> parsed.isBoolean() ? parsed : null;
                default -> parsed;
            };
            if (typed == null) {
                throw new IllegalArgumentException("not a " + kind);
            }
            return Optional.of(typed);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (explicit.isEmpty()) {
                return Optional.empty(); // fabric8 ignores a JsonProperty default it cannot read
            }
            throw OpctlException.invalidInput(String.format("%s: field '%s': @Default(\"%s\") is not a valid %s "
                    + "value; write it as YAML or JSON of the field's type", index.location(context), property.name(),
                    value.get(), kind));
        }
    }

    private void addValidationRules(ObjectNode schema, List<AnnotationExpr> rules) {
        if (rules.isEmpty()) {
            return;
        }
        ArrayNode list = schema.has("x-kubernetes-validations") ? (ArrayNode) schema.get("x-kubernetes-validations")
                : schema.putArray("x-kubernetes-validations");
        for (AnnotationExpr a : rules) {
            ObjectNode rule = list.addObject();
            rule.put("rule", annotations.string(a, "value").orElse(""));
            for (String key : List.of("message", "messageExpression", "reason", "fieldPath")) {
                annotations.string(a, key).filter(v -> !v.isEmpty()).ifPresent(v -> rule.put(key, v));
            }
            if (annotations.bool(a, "optionalOldSelf").orElse(false)) {
                rule.put("optionalOldSelf", true);
            }
        }
    }

    /** Annotations on a List's element or a Map's value type: {@code List<@Pattern("[a-z]+") String>}. */
    private void typeUseAnnotations(Type argument, ObjectNode schema) {
        String kind = schema.path("type").asText();
        if (kind.equals("string") || kind.equals("number") || kind.equals("integer")) {
            constraints(kind, annotation -> annotations.find(argument.getAnnotations(), annotation), schema);
        }
    }

    /**
     * {@code @Min}/{@code @Max} on numbers, {@code @Pattern} and {@code @Size} on strings,
     * {@code @Size} on arrays and objects: what fabric8 applies to each kind of schema.
     */
    private void constraints(String kind, Function<String, Optional<AnnotationExpr>> find, ObjectNode schema) {
        Optional<AnnotationExpr> size = find.apply(G + "Size");
        switch (kind) {
            case "integer", "number" -> {
                find.apply(G + "Min").ifPresent(a -> bound(schema, a, "minimum", "exclusiveMinimum"));
                find.apply(G + "Max").ifPresent(a -> bound(schema, a, "maximum", "exclusiveMaximum"));
            }
            case "string" -> {
                find.apply(G + "Pattern").flatMap(a -> annotations.string(a, "value"))
                        .ifPresent(p -> schema.put("pattern", p));
                size.ifPresent(a -> size(schema, a, "minLength", "maxLength"));
            }
            case "array" -> size.ifPresent(a -> size(schema, a, "minItems", "maxItems"));
            case "object" -> size.ifPresent(a -> size(schema, a, "minProperties", "maxProperties"));
            default -> {
            }
        }
    }

    private void bound(ObjectNode schema, AnnotationExpr annotation, String key, String exclusiveKey) {
        annotations.number(annotation, "value").ifPresent(v -> putNumber(schema, key, v));
        if (!annotations.bool(annotation, "inclusive").orElse(true)) {
            schema.put(exclusiveKey, true);
        }
    }

    /** {@code @Size}: a min of 0 and a max of Long.MAX_VALUE are the defaults and are left out. */
    private void size(ObjectNode schema, AnnotationExpr annotation, String minKey, String maxKey) {
        annotations.number(annotation, "min").filter(v -> v > 0).ifPresent(v -> putNumber(schema, minKey, v));
        annotations.number(annotation, "max").filter(v -> v < Long.MAX_VALUE).ifPresent(v -> putNumber(schema, maxKey,
                v));
    }

    private static void putNumber(ObjectNode schema, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            schema.put(key, (long) value);
        } else {
            schema.put(key, value);
        }
    }

    /** Whether Lombok gives the field a public getter: @Getter on it or on its class, @Data, @Value. */
    private boolean lombokGetter(TypeDeclaration<?> type, FieldDeclaration field) {
        Optional<AnnotationExpr> getter = annotations.find(field, LOMBOK + "Getter")
                .or(() -> annotations.find(type, LOMBOK + "Getter"));
        if (getter.isPresent()) {
            return annotations.enumConstant(getter.get(), "value").map(level -> level.equals("PUBLIC")).orElse(true);
        }
        return lombok(type, "Data") || lombok(type, "Value");
    }

    private boolean lombok(NodeWithAnnotations<?> node, String annotation) {
        return annotations.find(node, LOMBOK + annotation).isPresent();
    }


    private OpctlException unmappable(Type type, Node context, String field) {
        return OpctlException.invalidInput(String.format("%s: field '%s': opctl cannot map type %s to a schema "
                + "(it is not declared in the sources or on the class path, not a JDK type opctl knows and not a "
                + "Kubernetes model class of fabric8 %s)" + ModelSchemas.REMEDY, index.location(context), field, type,
                KubernetesCatalog.get().fabric8Version()));
    }

    /** Sorts the keys of every object in a schema, as fabric8 writes them. */
    static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            TreeSet<String> keys = new TreeSet<>();
            object.fieldNames().forEachRemaining(keys::add);
            ObjectNode sorted = JSON.objectNode();
            for (String key : keys) {
                sorted.set(key, sorted(object.get(key)));
            }
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.arrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
