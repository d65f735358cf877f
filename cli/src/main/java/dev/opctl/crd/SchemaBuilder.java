package dev.opctl.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.opctl.engine.OpctlException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the OpenAPI v3 schema of a Java type from its source, following the rules fabric8's
 * crd-generator (API v2) applies to compiled classes: Jackson's notion of a property, fabric8's
 * validation annotations, Jackson's names and descriptions. Javadoc becomes the description where
 * no {@code @JsonPropertyDescription} is given.
 */
final class SchemaBuilder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String LOMBOK = "lombok.";
    private static final ObjectMapper FIXED_READER = new ObjectMapper();

    private final SourceIndex index;
    private final Annotations annotations;
    private final Deque<String> visiting = new ArrayDeque<>();

    SchemaBuilder(SourceIndex index) {
        this.index = index;
        this.annotations = new Annotations(index);
    }

    /** The schema of a type as written at {@code context}; {@code field} names it in errors. */
    ObjectNode schema(Type type, Node context, String field) {
        if (type instanceof PrimitiveType primitive) {
            return scalar(KnownTypes.SCALARS.get(primitive.asString()));
        }
        if (type instanceof ArrayType array) {
            ObjectNode schema = JSON.objectNode();
            schema.set("items", schema(array.getComponentType(), context, field));
            schema.put("type", "array");
            return schema;
        }
        if (!(type instanceof ClassOrInterfaceType classType)) {
            throw unmappable(type, context, field);
        }
        String name = index.resolve(classType.getNameWithScope(), context);
        String scalar = KnownTypes.SCALARS.get(name);
        if (scalar != null) {
            return scalar(scalar);
        }
        List<Type> arguments = classType.getTypeArguments().map(List::copyOf).orElse(List.of());
        if (KnownTypes.COLLECTIONS.contains(name) && arguments.size() == 1) {
            if (arguments.get(0).isClassOrInterfaceType() && index.resolve(arguments.get(0).asClassOrInterfaceType()
                    .getNameWithScope(), context).equals("java.lang.Object")) {
                throw OpctlException.invalidInput(String.format("%s: field '%s': a collection of untyped objects "
                        + "(%s) has no schema; give its element type", index.location(context), field, type));
            }
            ObjectNode schema = JSON.objectNode();
            schema.set("items", schema(arguments.get(0), context, field));
            schema.put("type", "array");
            return schema;
        }
        if (KnownTypes.MAPS.contains(name) && arguments.size() == 2) {
            ObjectNode schema = JSON.objectNode();
            schema.set("additionalProperties", schema(arguments.get(1), context, field));
            schema.put("type", "object");
            return schema;
        }
        Optional<TypeDeclaration<?>> declared = index.type(name);
        if (declared.isPresent()) {
            return schema(declared.get());
        }
        String fixed = KnownTypes.FIXED.get(name);
        if (fixed != null) {
            return fixed(fixed);
        }
        if (name.startsWith(KnownTypes.KUBERNETES_MODEL)) {
            KubernetesCatalog catalog = KubernetesCatalog.get();
            Optional<ObjectNode> model = catalog.schema(name);
            if (model.isPresent()) {
                return model.get();
            }
            Optional<String> reason = catalog.unsupported(name);
            if (reason.isPresent()) {
                throw OpctlException.invalidInput(String.format("%s: field '%s': %s has no CRD schema: %s (fabric8's "
                        + "generator refuses it too); use a narrower type or a JsonNode", index.location(context),
                        field, type, reason.get()));
            }
        }
        throw unmappable(type, context, field);
    }

    private static ObjectNode fixed(String json) {
        try {
            return (ObjectNode) FIXED_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema of a type declared in the sources. */
    ObjectNode schema(TypeDeclaration<?> type) {
        if (type instanceof EnumDeclaration enumType) {
            TreeSet<String> sortedValues = new TreeSet<>();
            for (EnumConstantDeclaration constant : enumType.getEntries()) {
                sortedValues.add(annotations.find(constant, Annotations.JACKSON + "JsonProperty")
                        .flatMap(a -> annotations.string(a, "value")).orElse(constant.getNameAsString()));
            }
            ArrayNode values = JSON.arrayNode();
            sortedValues.forEach(values::add);
            ObjectNode schema = JSON.objectNode();
            schema.set("enum", values);
            schema.put("type", "string");
            return schema;
        }
        String name = index.qualifiedName(type);
        if (visiting.contains(name)) {
            throw OpctlException.invalidInput(String.format("%s: %s refers to itself (%s); a CRD schema cannot "
                    + "be recursive: break the cycle or mark the field @PreserveUnknownFields",
                    index.location(type), type.getNameAsString(), String.join(" -> ", visiting)));
        }
        visiting.addLast(name);
        try {
            ObjectNode properties = JSON.objectNode();
            TreeSet<String> required = new TreeSet<>();
            addProperties(type, properties, required);
            ObjectNode schema = JSON.objectNode();
            if (!properties.isEmpty()) {
                schema.set("properties", properties);
            }
            if (!required.isEmpty()) {
                ArrayNode list = schema.putArray("required");
                required.forEach(list::add);
            }
            schema.put("type", "object");
            return schema;
        } finally {
            visiting.removeLast();
        }
    }

    private void addProperties(TypeDeclaration<?> type, ObjectNode properties, TreeSet<String> required) {
        if (type instanceof ClassOrInterfaceDeclaration cls) {
            for (ClassOrInterfaceType superType : cls.getExtendedTypes()) {
                index.type(index.resolve(superType.getNameWithScope(), cls))
                        .ifPresent(parent -> addProperties(parent, properties, required));
            }
        }
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                addProperty(component, component.getNameAsString(), component.getType(), record, properties,
                        required);
            }
        }
        boolean lombokAccessors = lombok(type, "Data") || lombok(type, "Getter") || lombok(type, "Value");
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic() || field.isTransient()) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                String name = variable.getNameAsString();
                boolean visible = field.isPublic() || lombokAccessors || lombok(field, "Getter")
                        || hasGetter(type, name) || annotations.find(field, Annotations.JACKSON + "JsonProperty")
                                .isPresent();
                if (visible) {
                    addProperty(field, name, variable.getType(), field, properties, required);
                }
            }
        }
    }

    private <N extends Node & NodeWithAnnotations<?>> void addProperty(N member, String javaName, Type type,
            Node context, ObjectNode properties, TreeSet<String> required) {
        if (annotations.find(member, Annotations.JACKSON + "JsonIgnore").isPresent()) {
            return;
        }
        String name = javaName;
        Optional<AnnotationExpr> jsonProperty = annotations.find(member, Annotations.JACKSON + "JsonProperty");
        if (jsonProperty.isPresent()) {
            // Like fabric8, @JsonProperty(required = true) does not make a property required; @Required does.
            name = annotations.string(jsonProperty.get(), "value").filter(v -> !v.isEmpty()).orElse(javaName);
        }
        ObjectNode schema = schema(type, context, javaName);
        applyValidation(member, schema, name, required);
        properties.set(name, schema);
    }

    private <N extends Node & NodeWithAnnotations<?>> void applyValidation(N member, ObjectNode schema, String name,
            TreeSet<String> required) {
        String g = Annotations.FABRIC8_GENERATOR;
        annotations.find(member, g + "Required").ifPresent(a -> required.add(name));
        annotations.find(member, g + "Min").ifPresent(a -> bound(schema, a, "minimum", "exclusiveMinimum"));
        annotations.find(member, g + "Max").ifPresent(a -> bound(schema, a, "maximum", "exclusiveMaximum"));
        annotations.find(member, g + "Pattern").flatMap(a -> annotations.string(a, "value"))
                .ifPresent(p -> schema.put("pattern", p));
        annotations.find(member, g + "Nullable").ifPresent(a -> schema.put("nullable", true));
        annotations.find(member, g + "Size").ifPresent(a -> size(schema, a));
        annotations.find(member, Annotations.JACKSON + "JsonPropertyDescription")
                .flatMap(a -> annotations.string(a, "value"))
                .or(() -> javadoc(member))
                .ifPresent(d -> schema.put("description", d));
    }

    private void bound(ObjectNode schema, AnnotationExpr annotation, String key, String exclusiveKey) {
        annotations.number(annotation, "value").ifPresent(v -> putNumber(schema, key, v));
        if (!annotations.bool(annotation, "inclusive").orElse(true)) {
            schema.put(exclusiveKey, true);
        }
    }

    private void size(ObjectNode schema, AnnotationExpr annotation) {
        String type = schema.path("type").asText();
        String suffix = switch (type) {
            case "string" -> "Length";
            case "array" -> "Items";
            default -> "Properties";
        };
        annotations.number(annotation, "min").ifPresent(v -> putNumber(schema, "min" + suffix, v));
        annotations.number(annotation, "max").ifPresent(v -> putNumber(schema, "max" + suffix, v));
    }

    private static void putNumber(ObjectNode schema, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            schema.put(key, (long) value);
        } else {
            schema.put(key, value);
        }
    }

    private Optional<String> javadoc(Node member) {
        if (!(member instanceof NodeWithJavadoc<?> documented)) {
            return Optional.empty();
        }
        return documented.getJavadoc()
                .map(doc -> doc.getDescription().toText().replaceAll("\\s+", " ").strip())
                .filter(text -> !text.isEmpty());
    }

    private boolean hasGetter(TypeDeclaration<?> type, String field) {
        String capitalized = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
        for (MethodDeclaration method : type.getMethods()) {
            String name = method.getNameAsString();
            if (method.getParameters().isEmpty() && !method.isStatic()
                    && method.hasModifier(Modifier.Keyword.PUBLIC)
                    && (name.equals("get" + capitalized) || name.equals("is" + capitalized))) {
                return true;
            }
        }
        return false;
    }

    private boolean lombok(NodeWithAnnotations<?> node, String annotation) {
        return annotations.find(node, LOMBOK + annotation).isPresent();
    }

    private static ObjectNode scalar(String type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", type);
        return schema;
    }

    private OpctlException unmappable(Type type, Node context, String field) {
        return OpctlException.invalidInput(String.format("%s: field '%s': opctl cannot map type %s to a schema "
                + "(it is not declared in the sources, not a JDK type opctl knows and not a Kubernetes model class of "
                + "fabric8 " + KubernetesCatalog.get().fabric8Version() + ")", index.location(context), field, type));
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
