package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema of one property of an object: what {@code @JsonIgnore}, {@code @Required} and
 * {@code @SchemaFrom} declare of it ({@link Member}); what {@code @SchemaFrom}, {@code @JsonFormat}
 * and the property rules of {@link ModelRules} make of its type's schema once expanded; and the
 * annotations of the properties whose JSON paths printer columns, selectable fields and the scale
 * subresource name.
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

    /**
     * A property annotated with one of {@link #PATH_ANNOTATIONS}, at a JSON path like {@code .spec.replicas},
     * written {@code where} ({@code Spec.java:4: field 'replicas'}).
     */
    record Marked(String annotation, String path, AnnotationUse use, JsonSchema schema, String where) {
    }

    /**
     * Where a property of the scale subresource has a value the API server cannot read for it: the
     * replicas are integers, the label selector a string ({@code "app=web"}); fabric8 writes the paths
     * whatever the type, and {@code /scale}, {@code kubectl scale} and an autoscaler fail at run time.
     */
    static Optional<String> scaleKind(Property property, JsonSchema schema, String at) {
        String kind = Objects.requireNonNullElse(schema.getType(), "any JSON");
        String[][] rules = {{SPEC_REPLICAS, "integer", "an integer", "an int"}, {STATUS_REPLICAS, "integer",
            "an integer", "an int"}, {LABEL_SELECTOR, "string", "a string", "a String holding the selector as text "
            + "(\"app=web\")"}};
        for (String[] rule : rules) {
            if (property.find(rule[0]).isPresent() && !kind.equals(rule[1])) {
                return Optional.of(String.format("%s: @%s on a value of kind %s, where the scale subresource reads %s; "
                        + "kubectl scale and autoscalers fail on it: make it %s", at,
                        rule[0].substring(rule[0].lastIndexOf('.') + 1), kind, rule[2], rule[3]));
            }
        }
        return Optional.empty();
    }

    /**
     * A property as its declaration makes it, whatever path it is on.
     *
     * @param property the property
     * @param type the type its schema comes from: its own, or {@code @SchemaFrom}'s; null when
     *     {@code @SchemaFrom} gives it none, which drops it
     * @param declared its own type when {@code @SchemaFrom} gives another, else null
     * @param required whether it is {@code @Required}, even when dropped, as fabric8 has it
     */
    record Member(Property property, TypeUse type, TypeUse declared, boolean required) {
    }

    private final ModelSchemas schemas;
    private final ClientValues clientValues = new ClientValues();

    PropertySchemas(ModelSchemas schemas) {
        this.schemas = schemas;
    }

    /** The properties found whose schema refuses what fabric8's client writes. */
    ClientValues clientValues() {
        return clientValues;
    }

    /** What the declaration makes of {@code property}; empty when Jackson ignores it. */
    static Optional<Member> member(Property property) {
        if (property.find(J + "JsonIgnore").isPresent()) {
            return Optional.empty();
        }
        boolean required = property.find(G + "Required").isPresent();
        Optional<AnnotationUse> schemaFrom = property.find(Annotations.FABRIC8_CRD + "SchemaFrom");
        if (schemaFrom.isEmpty()) {
            return Optional.of(new Member(property, property.type(), null, required));
        }
        TypeUse from = schemaFrom.get().classLiteral("type")
                .filter(t -> !(t instanceof TypeUse.Primitive p && p.name().equals("void"))).orElse(null);
        return Optional.of(new Member(property, from, from == null ? null : property.type(), required));
    }

    /**
     * The schema of {@code property} of {@code owner} made of {@code resolved}, the expanded schema of
     * {@code type} (its own type, {@code @SchemaFrom}'s or a swap's target), which it changes: the format of
     * {@code declared} (its own type, when {@code @SchemaFrom} gives another), its {@code @JsonFormat} shape,
     * the property rules; {@code at} names it in errors.
     */
    JsonSchema finish(Property property, TypeDeclaration owner, TypeUse type, TypeUse declared,
            ModelSchemas.Resolved resolved, String at) {
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
        // Under @SchemaFrom, fabric8 applies the property's annotations by its declared type: an int's
        // @Min and @Default hold on the string schema it takes, a String's @Pattern on an IntOrString.
        String kind = declared != null ? declaredKind(declared) : resolved.kind();
        SchemaTarget target = new SchemaTarget(property.name(), kind, property.members(), at);
        ModelRules.apply(ModelRules.PROPERTY, target, resolved.schema());
        DefaultRule.leftOut(target, resolved.schema(), clientValues::say);
        for (Annotated member : property.members()) {
            KubebuilderMarkers.check(member.doc().markers(), at, clientValues::say);
        }
        clientValues.check(property, owner, declared != null ? declared : type, resolved.schema(), at,
                name -> schemas.types().type(name));
        IgnoredConstraints.check(property, type, kind, resolved.schema(), at, clientValues::say);
        return resolved.schema();
    }

    /** "Spec.java:4: field 'replicas'" for a property of the sources, "... , Lib.name" for one of a class file. */
    static String where(Property property, TypeDeclaration owner, String where) {
        // The member annotated, where the mistake most often is; else the field (not its getter); else the first.
        String member = property.members().stream().filter(m -> !m.annotations().isEmpty()).findFirst()
                .or(() -> property.members().stream().filter(FieldDeclaration.class::isInstance).findFirst())
                .or(() -> property.members().stream().findFirst()).map(m -> m.doc().where()).orElse(null);
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
        // The sources, else the class path; a declared type need not be on it (that is what @SchemaFrom is for).
        return schemas.types().type(name).map(t -> schemas.declaredKind(t, named)).orElse("object");
    }

    /**
     * What a property's {@code @JsonFormat(shape)} applies to: the Java type of its value, or of its
     * elements when it is a collection, map or array.
     *
     * @throws OpctlException (invalid input) for shape OBJECT on an enum, which Jackson refuses
     */
    private JacksonShapes.Content content(TypeUse type, String shape, String at) {
        boolean array = type instanceof TypeUse.ArrayOf;
        while (type instanceof TypeUse.ArrayOf of) {
            type = of.component();
        }
        if (array && type instanceof TypeUse.Primitive primitive) {
            return new JacksonShapes.Content(primitive.name() + "[]", false, null); // its own array serializer's
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
            if (EnumSchemas.shapedAsObject(enumType.get())) {
                return new JacksonShapes.Content(named.name(), false, null); // an object already: unchanged
            }
            throw OpctlException.invalidInput(String.format("%s: Jackson cannot write an enum as an object from a "
                    + "property's @JsonFormat(shape = OBJECT) (fabric8 refuses it too); put the @JsonFormat on the "
                    + "enum %s instead", at, enumType.get().simpleName()));
        }
        // A property's shape overrides the enum's own OBJECT shape: the enum is its constants again.
        JsonSchema constants = enumType.filter(EnumSchemas::shapedAsObject).map(t -> EnumSchemas.of(t, at))
                .orElse(null);
        // Values from a @JsonValue, the enum's own or an interface's (then only its constants have them).
        boolean jsonValues = enumType.filter(t -> JsonValues.member(t).isPresent()
                || t.enumConstants().stream().anyMatch(c -> c.jsonValue() != null)).isPresent();
        return new JacksonShapes.Content(named.name(), jsonValues, constants);
    }
}
