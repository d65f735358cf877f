package dev.opctl.crd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The schemas of types the sources do not declare, built from their declarations in class files
 * (the class path, the JDK) by the rules fabric8's generator applies to compiled classes: Jackson's
 * properties ({@link ModelProperties}), fabric8's and Jackson's annotations ({@link ModelRules},
 * {@link JacksonShapes}). Class files have no Javadoc: their schemas have no descriptions but
 * those of {@code @JsonPropertyDescription}, as fabric8 writes them.
 */
final class ModelSchemas {
    /** What to do about a type opctl cannot map, for the error. */
    static final String REMEDY = "; add its sources or its jar (--sources, --classpath; in a project, a Maven "
            + "dependency), or map the field with @SchemaFrom(type = ...)";

    private static final String J = Annotations.JACKSON;
    private static final String G = Annotations.FABRIC8_GENERATOR;
    private static final String CRD = Annotations.FABRIC8_CRD;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Classpath classpath;
    private final ModelProperties properties;

    ModelSchemas(Classpath classpath) {
        this.classpath = classpath;
        this.properties = new ModelProperties(classpath);
    }

    /**
     * The schema of {@code type} when a class file declares it, else empty.
     *
     * @param where where the type is used, for error messages ("Foo.java:12: field 'bar'")
     */
    Optional<ObjectNode> schema(TypeUse.Named type, String where) {
        if (declared(type.name()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(resolve(type, where, List.of()));
    }

    /**
     * Qualifies a name the sources left unresolved, as javac would from the class path: in the
     * file's package ({@code packages}' first), else in exactly one of its on-demand imports.
     *
     * @throws OpctlException (invalid input) when two on-demand imports offer it, as javac does
     */
    UnaryOperator<String> qualifier(List<String> packages, String where) {
        return name -> {
            if (packages.isEmpty()) {
                return name;
            }
            String own = packages.get(0).isEmpty() ? name : packages.get(0) + "." + name;
            if (declared(own).isPresent()) {
                return own;
            }
            String found = null;
            for (String imported : packages.subList(1, packages.size())) {
                String candidate = imported + "." + name;
                if (!candidate.equals(found) && declared(candidate).isPresent()) {
                    if (found != null) {
                        throw OpctlException.invalidInput(String.format("%s: %s is ambiguous: both %s and %s are "
                                + "imported on demand (javac rejects it too); import the one you mean by name", where,
                                name, found, candidate));
                    }
                    found = candidate;
                }
            }
            return found != null ? found : name;
        };
    }

    /**
     * Adds to the schema of a source class what it inherits from a superclass on the class path:
     * the properties the class does not declare itself (but those in {@code ignore}), required
     * names, class-level validation rules, preserve-unknown. A superclass opctl cannot read adds nothing.
     */
    void inherit(ObjectNode schema, TypeUse.Named superclass, String where, Set<String> ignore) {
        Optional<TypeDeclaration> declared = declared(superclass.name());
        if (declared.isEmpty() || declared.get().kind() != TypeDeclaration.Kind.CLASS) {
            return;
        }
        ObjectNode inherited = object(declared.get(), superclass, where, List.of());
        ObjectNode own = schema.has("properties") ? (ObjectNode) schema.get("properties") : JSON.objectNode();
        TreeSet<String> required = new TreeSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        inherited.path("properties").properties().forEach(p -> {
            if (!own.has(p.getKey()) && !ignore.contains(p.getKey())) {
                own.set(p.getKey(), p.getValue());
            }
        });
        inherited.path("required").forEach(n -> {
            if (!ignore.contains(n.asText())) {
                required.add(n.asText());
            }
        });
        if (!own.isEmpty()) {
            schema.set("properties", own);
        }
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
        if (inherited.has("x-kubernetes-preserve-unknown-fields")) {
            schema.put("x-kubernetes-preserve-unknown-fields", true);
        }
        if (inherited.get("x-kubernetes-validations") instanceof ArrayNode rules) {
            ArrayNode list = schema.has("x-kubernetes-validations") ? (ArrayNode) schema.get("x-kubernetes-validations")
                    : schema.putArray("x-kubernetes-validations");
            list.addAll(rules);
        }
    }

    private ObjectNode resolve(TypeUse type, String where, List<String> visiting) {
        if (type instanceof TypeUse.Primitive primitive) {
            return JsonTrees.scalar(KnownTypes.SCALARS.get(primitive.name()));
        }
        if (type instanceof TypeUse.ArrayOf array) {
            return arrayOf(resolve(array.component(), where, visiting));
        }
        if (type instanceof TypeUse.Wildcard wildcard) {
            return wildcard.bound() != null && wildcard.upper() ? resolve(wildcard.bound(), where, visiting)
                    : JsonTrees.scalar("object");
        }
        if (!(type instanceof TypeUse.Named named)) {
            return JsonTrees.scalar("object"); // An unbound type variable is Object to Jackson.
        }
        String name = named.name();
        List<TypeUse> arguments = named.arguments();
        String scalar = KnownTypes.SCALARS.get(name);
        if (scalar != null) {
            return JsonTrees.scalar(scalar);
        }
        if (name.equals("java.lang.Void")) {
            return JsonTrees.scalar("object");
        }
        if (KnownTypes.COLLECTIONS.contains(name) && arguments.size() == 1) {
            if (arguments.get(0) instanceof TypeUse.Named element && element.name().equals("java.lang.Object")) {
                throw OpctlException.invalidInput(String.format("%s: a collection of untyped objects (%s) has no "
                        + "schema; give its element type", where, type));
            }
            return arrayOf(resolve(arguments.get(0), where, visiting));
        }
        if (KnownTypes.MAPS.contains(name) && arguments.size() == 2) {
            ObjectNode schema = JSON.objectNode();
            schema.set("additionalProperties", SchemaBuilder.withoutFormat(resolve(arguments.get(1), where, visiting)));
            schema.put("type", "object");
            return schema;
        }
        Optional<String> node = JsonNodes.schema(name, Optional.empty(), null);
        String fixed = node.orElse(KnownTypes.FIXED.get(name));
        if (fixed != null) {
            return JsonTrees.object(fixed);
        }
        if (name.startsWith(KnownTypes.KUBERNETES_MODEL)) {
            Optional<ObjectNode> model = KubernetesCatalog.get().schema(name);
            if (model.isPresent()) {
                return model.get();
            }
        }
        Optional<TypeDeclaration> declared = KnownTypes.COLLECTIONS.contains(name) || KnownTypes.MAPS.contains(name)
                ? Optional.empty() : declared(name);
        if (declared.isEmpty()) {
            throw OpctlException.invalidInput(String.format("%s: opctl cannot map type %s to a schema (it is not "
                    + "declared in the sources or on the class path, not a JDK type opctl knows and not a Kubernetes "
                    + "model class of fabric8 %s)" + REMEDY, where, type, KubernetesCatalog.get().fabric8Version()));
        }
        TypeDeclaration declaration = declared.get();
        if (declaration.kind() == TypeDeclaration.Kind.ENUM) {
            return enumSchema(declaration, where);
        }
        if (properties.hierarchy(declaration).stream().anyMatch(t -> t.superclass() != null
                && JsonNodes.schema(t.superclass().name(), Optional.empty(), null).isPresent())) {
            return JsonTrees.object("{\"x-kubernetes-preserve-unknown-fields\":true}"); // a Jackson node to fabric8: any JSON
        }
        Optional<TypeUse.Named> container = properties.containerSupertype(declaration, named);
        if (container.isPresent()) {
            // A class that is a Map or a Collection is one to Jackson, whatever else it declares.
            return resolve(container.get(), where, visiting);
        }
        return object(declaration, named, where, visiting);
    }

    /**
     * A type of the class path, or an enum of the JDK: Jackson writes the JDK's other classes with
     * serializers of their own (an AtomicLong is a number), not as beans.
     */
    private Optional<TypeDeclaration> declared(String name) {
        boolean jdk = name.startsWith("java.") || name.startsWith("javax.");
        return classpath.type(name).filter(t -> !jdk || t.kind() == TypeDeclaration.Kind.ENUM);
    }

    private ObjectNode object(TypeDeclaration type, TypeUse.Named use, String where, List<String> outer) {
        if (outer.contains(type.name())) {
            throw OpctlException.invalidInput(String.format("%s: %s refers to itself (%s); a CRD schema cannot be "
                    + "recursive: break the cycle, or end it with a JsonNode field", where, type.name(),
                    String.join(" -> ", outer)));
        }
        List<String> visiting = new ArrayList<>(outer);
        visiting.add(type.name());
        ObjectNode schemaProperties = JSON.objectNode();
        TreeSet<String> required = new TreeSet<>();
        for (ModelProperties.Property property : properties.of(type, use)) {
            addProperty(property, where + ", " + type.simpleName() + "." + property.name(), List.copyOf(visiting),
                    schemaProperties,
                    required);
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
        List<TypeDeclaration> hierarchy = properties.hierarchy(type);
        if (hierarchy.stream().anyMatch(t -> t.find(CRD + "PreserveUnknownFields").isPresent())) {
            schema.put("x-kubernetes-preserve-unknown-fields", true);
        }
        List<AnnotationUse> rules = new ArrayList<>();
        hierarchy.forEach(t -> rules.addAll(t.findAll(G + "ValidationRule", G + "ValidationRules")));
        ModelRules.validationRules(schema, rules);
        return schema;
    }

    private void addProperty(ModelProperties.Property property, String where, List<String> visiting,
            ObjectNode schemaProperties, TreeSet<String> required) {
        if (property.find(J + "JsonIgnore").isPresent()) {
            return;
        }
        if (property.find(G + "Required").isPresent()) {
            required.add(property.name());
        }
        TypeUse type = property.type();
        TypeUse declared = null;
        Optional<AnnotationUse> schemaFrom = property.find(CRD + "SchemaFrom");
        if (schemaFrom.isPresent()) {
            Optional<TypeUse> from = schemaFrom.get().classLiteral("type");
            if (from.isEmpty() || from.get() instanceof TypeUse.Primitive p && p.name().equals("void")) {
                return;
            }
            declared = type;
            type = from.get();
        }
        ObjectNode resolved = resolve(type, where, visiting);
        if (declared != null) {
            // fabric8 keeps the format of the declared type (an Instant stays date-time) and drops the other's.
            SchemaFromFormat.keep(resolved, declared instanceof TypeUse.Named n ? n.name() : declared.toString());
        }
        Optional<String> shape = property.find(JacksonShapes.JSON_FORMAT).flatMap(a -> a.enumConstant("shape"));
        ObjectNode schema = shape.isEmpty() ? resolved
                : JacksonShapes.shaped(resolved, shape.get(), new JacksonShapes.Content(contentType(type), false));
        String kind = kindOf(schema);
        property.find(J + "JsonPropertyDescription").flatMap(a -> a.string("value"))
                .ifPresent(d -> schema.put("description", d));
        ModelRules.defaultValue(property::find, kind, where).ifPresent(d -> schema.set("default", d));
        if (property.find(G + "Nullable").isPresent()) {
            schema.put("nullable", true);
        }
        ModelRules.constraints(kind, property::find, schema);
        if (property.find(CRD + "PreserveUnknownFields").isPresent()) {
            schema.put("x-kubernetes-preserve-unknown-fields", true);
        }
        List<AnnotationUse> rules = new ArrayList<>();
        for (Annotated member : property.members()) {
            rules.addAll(member.findAll(G + "ValidationRule", G + "ValidationRules"));
        }
        ModelRules.validationRules(schema, rules);
        schemaProperties.set(property.name(), schema);
    }

    /** The Java type of a value, or of its elements when it is a collection, map or array. */
    private static String contentType(TypeUse type) {
        while (type instanceof TypeUse.ArrayOf array) {
            type = array.component();
        }
        if (type instanceof TypeUse.Named named) {
            boolean container = KnownTypes.COLLECTIONS.contains(named.name()) || KnownTypes.MAPS.contains(named.name());
            return container && !named.arguments().isEmpty()
                    ? contentType(named.arguments().get(named.arguments().size() - 1)) : named.name();
        }
        return type.toString();
    }

    private ObjectNode enumSchema(TypeDeclaration type, String where) {
        ObjectNode schema = JSON.objectNode();
        if (type.find(JacksonShapes.JSON_FORMAT).flatMap(a -> a.enumConstant("shape"))
                .filter(s -> s.startsWith("NUMBER")).isPresent()) {
            schema.put("type", "integer");
            return schema;
        }
        boolean jsonValue = type.methods().stream().anyMatch(ModelSchemas::isJsonValue)
                || type.fields().stream().anyMatch(ModelSchemas::isJsonValue);
        if (jsonValue && type.enumConstants().stream().anyMatch(c -> c.jsonValue() == null)) {
            throw OpctlException.invalidInput(String.format("%s: enum %s (from the class path) writes its values "
                    + "with a @JsonValue that opctl cannot read (it reads a field, or a getter returning one, set by "
                    + "the constructor from a String constant); give the field @SchemaFrom(type = String.class) or a "
                    + "String type", where, type.name()));
        }
        TreeMap<String, String> values = new TreeMap<>();
        for (EnumConstant constant : type.enumConstants()) {
            if (jsonValue) {
                values.put(constant.jsonValue(), constant.jsonValue());
            } else if (constant.find(J + "JsonIgnore").isEmpty()) {
                String value = constant.find(J + "JsonProperty").flatMap(a -> a.string("value"))
                        .orElse(constant.name());
                values.put(value, value);
            }
        }
        ArrayNode list = JSON.arrayNode();
        values.keySet().forEach(list::add);
        schema.set("enum", list);
        schema.put("type", "string");
        return schema;
    }

    private static boolean isJsonValue(Annotated member) {
        return member.find(J + "JsonValue").filter(a -> a.bool("value").orElse(true)).isPresent();
    }

    /** The kind of Jackson schema behind a schema: any-schemas keep unknown fields or have no type. */
    private static String kindOf(ObjectNode schema) {
        if (schema.has("x-kubernetes-preserve-unknown-fields") || schema.has("anyOf") || !schema.has("type")) {
            return "any";
        }
        return schema.get("type").asText();
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode schema = JSON.objectNode();
        schema.set("items", SchemaBuilder.withoutFormat(items));
        schema.put("type", "array");
        return schema;
    }
}
