package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema of one property of an object: what {@code @JsonIgnore}, {@code @Required},
 * {@code @SchemaSwap}, {@code @SchemaFrom} and {@code @JsonFormat} make of its type, then the
 * property rules of {@link ModelRules}; and the JSON paths of the properties that printer columns,
 * selectable fields and the scale subresource name.
 */
final class PropertySchemas {
    static final String PRINTER_COLUMN = Annotations.FABRIC8_CRD + "PrinterColumn";
    static final String SELECTABLE_FIELD = Annotations.FABRIC8_CRD + "SelectableField";
    static final String SPEC_REPLICAS = Annotations.FABRIC8_MODEL + "SpecReplicas";
    static final String STATUS_REPLICAS = Annotations.FABRIC8_MODEL + "StatusReplicas";
    static final String LABEL_SELECTOR = Annotations.FABRIC8_MODEL + "LabelSelector";
    /** Property annotations whose JSON paths the CRD needs: printer columns, selectable fields, scale. */
    static final List<String> PATH_ANNOTATIONS = List.of(PRINTER_COLUMN, SELECTABLE_FIELD, SPEC_REPLICAS,
            STATUS_REPLICAS, LABEL_SELECTOR);

    private static final String J = Annotations.JACKSON;
    private static final String G = Annotations.FABRIC8_GENERATOR;

    /** A property annotated with one of {@link #PATH_ANNOTATIONS}, at a JSON path like {@code .spec.replicas}. */
    record Marked(String annotation, String path, AnnotationUse use, JsonSchema schema) {
    }

    private final ModelSchemas schemas;

    PropertySchemas(ModelSchemas schemas) {
        this.schemas = schemas;
    }

    /**
     * Adds the schema of {@code property} of {@code owner} to {@code out}, and its name to
     * {@code required} when it is; {@code where} is where the owner is used.
     */
    void add(ModelProperties.Property property, TypeDeclaration owner, ModelSchemas.Walk parent, String where,
            Map<String, JsonSchema> out, Set<String> required) {
        if (property.find(J + "JsonIgnore").isPresent()) {
            return;
        }
        String name = property.name();
        String at = where(property, owner, where);
        ModelSchemas.Walk walk = parent.child(name);
        SchemaSwaps.Decision swap = parent.swaps().at(property.owner(), name);
        if (property.find(G + "Required").isPresent()) {
            required.add(name); // even when a swap or @SchemaFrom(type = void.class) drops it, as fabric8 does
        }
        TypeUse type = property.type();
        switch (swap.effect()) {
            case DROP -> {
                return;
            }
            case SWAP -> {
                type = swap.target();
                walk = new ModelSchemas.Walk(walk.path(), walk.visiting(), swap.under(), walk.recording(),
                        walk.marked());
            }
            case ONGOING -> walk = new ModelSchemas.Walk(walk.path(), List.of(), swap.under(), false, walk.marked());
            default -> {
            }
        }
        TypeUse declared = null;
        Optional<AnnotationUse> schemaFrom = property.find(Annotations.FABRIC8_CRD + "SchemaFrom");
        if (schemaFrom.isPresent() && swap.effect() != SchemaSwaps.Effect.SWAP) {
            Optional<TypeUse> from = schemaFrom.get().classLiteral("type");
            if (from.isEmpty() || from.get() instanceof TypeUse.Primitive p && p.name().equals("void")) {
                return;
            }
            declared = type;
            type = from.get();
        }
        ModelSchemas.Resolved resolved = schemas.resolve(type, walk, at, true);
        if (declared != null) {
            // fabric8 keeps the format of the declared type (an Instant stays date-time) and drops the other's.
            SchemaFromFormat.keep(resolved.schema(), declared instanceof TypeUse.Named n ? n.name()
                    : declared.toString());
        }
        Optional<String> shape = property.find(JacksonShapes.JSON_FORMAT).flatMap(a -> a.enumConstant("shape"));
        if (shape.isPresent()) {
            JsonSchema shaped = JacksonShapes.shaped(resolved.schema(), shape.get(), content(type, shape.get(), at));
            resolved = new ModelSchemas.Resolved(shaped, shaped == resolved.schema() ? resolved.kind()
                    : ModelSchemas.kindOf(shaped));
        }
        JsonSchema schema = resolved.schema();
        // Under @SchemaFrom, fabric8 applies the property's annotations by its declared type: an int's
        // @Min and @Default hold on the string schema it takes, a String's @Pattern on an IntOrString.
        String kind = declared != null ? declaredKind(declared) : resolved.kind();
        ModelRules.apply(ModelRules.PROPERTY, new SchemaTarget(name, kind, property.members(), at), schema);
        if (parent.recording() && swap.effect() != SchemaSwaps.Effect.ONGOING) {
            for (String annotation : PATH_ANNOTATIONS) {
                property.find(annotation).ifPresent(a -> parent.marked().add(new Marked(annotation,
                        parent.child(name).jsonPath(), a, schema)));
            }
        }
        out.put(name, schema);
    }

    /** "Spec.java:4: field 'replicas'" for a property of the sources, "... , Lib.name" for one of a class file. */
    private static String where(ModelProperties.Property property, TypeDeclaration owner, String where) {
        String member = property.members().isEmpty() ? null : property.members().get(0).doc().where();
        String at = member != null ? member : owner.doc().where();
        return at != null ? at + ": field '" + property.name() + "'"
                : where + ", " + owner.simpleName() + "." + property.name();
    }

    /** The kind of schema a declared type has, without building it (it may have none). */
    private String declaredKind(TypeUse type) {
        if (type instanceof TypeUse.Primitive primitive) {
            return KnownTypes.SCALARS.getOrDefault(primitive.name(), "object");
        }
        if (type instanceof TypeUse.ArrayOf) {
            return "array";
        }
        if (!(type instanceof TypeUse.Named named)) {
            return "object";
        }
        String name = named.name();
        if (KnownTypes.SCALARS.containsKey(name)) {
            return KnownTypes.SCALARS.get(name);
        }
        if (KnownTypes.COLLECTIONS.contains(name)) {
            return "array";
        }
        Optional<JsonSchema> fixed = JsonNodes.schema(name).or(() -> KnownTypes.fixed(name));
        if (fixed.isPresent()) {
            return ModelSchemas.kindOf(fixed.get());
        }
        // Only the sources: a declared type is often not on the class path (that is what @SchemaFrom is for).
        return schemas.types().source(name).filter(t -> t.kind() == TypeDeclaration.Kind.ENUM
                && !EnumSchemas.shapedAsObject(t)).isPresent() ? "string" : "object";
    }

    /**
     * What a property's {@code @JsonFormat(shape)} applies to: the Java type of its value, or of its
     * elements when it is a collection, map or array.
     *
     * @throws OpctlException (invalid input) for shape OBJECT on an enum, which Jackson refuses
     */
    private JacksonShapes.Content content(TypeUse type, String shape, String at) {
        while (type instanceof TypeUse.ArrayOf array) {
            type = array.component();
        }
        if (!(type instanceof TypeUse.Named named)) {
            return new JacksonShapes.Content(type.toString(), false, null);
        }
        boolean container = KnownTypes.COLLECTIONS.contains(named.name()) || KnownTypes.MAPS.contains(named.name());
        if (container && !named.arguments().isEmpty()) {
            return content(named.arguments().get(named.arguments().size() - 1), shape, at);
        }
        Optional<TypeDeclaration> enumType = schemas.types().type(named.name())
                .filter(t -> t.kind() == TypeDeclaration.Kind.ENUM);
        if (enumType.isPresent() && shape.equals("OBJECT")) {
            throw OpctlException.invalidInput(String.format("%s: Jackson cannot write an enum as an object from a "
                    + "property's @JsonFormat(shape = OBJECT) (fabric8 refuses it too); put the @JsonFormat on the "
                    + "enum %s instead", at, enumType.get().simpleName()));
        }
        // A property's shape overrides the enum's own OBJECT shape: the enum is its constants again.
        JsonSchema constants = enumType.filter(EnumSchemas::shapedAsObject).map(t -> EnumSchemas.of(t, at))
                .orElse(null);
        return new JacksonShapes.Content(named.name(), enumType.flatMap(EnumSchemas::jsonValue).isPresent(),
                constants);
    }
}
