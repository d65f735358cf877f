package dev.opctl.crd;

import dev.opctl.crd.model.TypeDeclaration;
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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The second pass of a schema, as controller-tools' flattener: inlines the {@link TypeDefinition}s
 * a resource's class refers to, from the root down, and does what depends on the path there:
 * fabric8's swaps ({@link SchemaSwaps}), which may end a recursive type, the check that no other
 * type contains itself, and the JSON paths of the properties that printer columns, selectable
 * fields and the scale subresource name. Keeps no state between roots: safe to share between threads.
 */
final class SchemaExpansion {
    /** fabric8's hook to change a class's schema in code, which opctl does not run. */
    private static final String CUSTOMIZER = "io.fabric8.crdv2.generator.v1.SchemaCustomizer";

    /**
     * A version's schema and the annotated paths found on the way ({@link PropertySchemas#PATH_ANNOTATIONS});
     * where it had errors, those, the schema without the properties they left out (none for an error of the
     * resource class itself) and the paths found on the others.
     *
     * @param incomplete the JSON paths of the objects an error left a property out of ("" for the root's)
     */
    record Root(JsonSchema schema, List<PropertySchemas.Marked> marked, List<OpctlException> errors,
            Set<String> incomplete) {
        Root {
            marked = List.copyOf(marked);
            errors = List.copyOf(errors);
            incomplete = Set.copyOf(incomplete);
        }
    }

    /**
     * Where an expansion is: the JSON path, the classes being expanded (to catch cycles), the swaps in
     * force, whether annotated paths are recorded (not under a swap's recursion), and, for the whole
     * root, where they go, the definitions built so far (each type use's once), the errors of its
     * properties and the objects they left properties out of.
     */
    private record Walk(List<String> path, List<TypeUse.Named> visiting, SchemaSwaps swaps, boolean recording,
            List<PropertySchemas.Marked> marked, Map<TypeUse.Named, TypeDefinition> definitions,
            List<OpctlException> errors, Set<String> incomplete) {
        /** The walk into property {@code name}, as {@code swap} decides: under its recursion, from no cycle. */
        Walk child(String name, SchemaSwaps.Decision swap) {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            return swap.effect() == SchemaSwaps.Effect.ONGOING
                    ? new Walk(List.copyOf(p), List.of(), swap.under(), false, marked, definitions, errors, incomplete)
                    : new Walk(List.copyOf(p), visiting, swap.under(), recording, marked, definitions, errors,
                    incomplete);
        }

        String jsonPath() {
            return "." + String.join(".", path);
        }
    }

    private final ModelSchemas schemas;
    private final PropertySchemas properties;
    /** What each type the walks met loses to a JDK superclass ({@link JdkSuperclasses}). */
    private final Map<String, Optional<String>> jdkLosses = new ConcurrentHashMap<>();

    /** Expands the definitions of {@code schemas}. */
    SchemaExpansion(ModelSchemas schemas) {
        this.schemas = schemas;
        this.properties = new PropertySchemas(schemas);
    }

    /** The properties expanded whose schema refuses what fabric8's client writes. */
    ClientValues clientValues() {
        return properties.clientValues();
    }

    /**
     * The schema of one version of a resource: its class's properties but kind, apiVersion and metadata.
     * A property's error does not stop the walk: the others are built, and the first error is thrown
     * with the others' suppressed in it, so that one run says every error of a schema (as controller-tools).
     */
    Root root(TypeDeclaration resource) {
        Root root = walk(resource);
        if (!root.errors().isEmpty()) {
            throw TypeErrors.together(new ArrayList<>(root.errors()));
        }
        return root;
    }

    /** {@link #root}, with its errors in it rather than thrown, for the checks of what was built to go on. */
    Root walk(TypeDeclaration resource) {
        List<PropertySchemas.Marked> marked = new ArrayList<>();
        List<OpctlException> errors = new ArrayList<>();
        // Definitions live as long as a root: a project's types are seldom shared between resources, and
        // keeping every one for the whole run costs more memory than building a shared one again.
        Set<String> incomplete = new HashSet<>();
        Walk start = new Walk(List.of(), List.of(), SchemaSwaps.NONE, true, marked, new HashMap<>(), errors,
                incomplete);
        JsonSchema schema = null;
        try {
            schema = object(new JsonSchema.Reference(resource, TypeUse.Named.of(resource.name())), start,
                    resource.doc().where(), Set.of("kind", "apiVersion", "metadata")::contains);
        } catch (OpctlException e) { // of the resource class itself
            TypeErrors.record(errors, e);
        }
        return new Root(schema, marked, errors, incomplete);
    }

    /**
     * The object schema of a definition on a walk, but the properties {@code dropped} names; {@code where}
     * is where it is used, for errors.
     */
    private JsonSchema object(JsonSchema.Reference reference, Walk outer, String where, Predicate<String> dropped) {
        TypeDeclaration type = reference.type();
        String at = type.doc().where() != null ? type.doc().where() : where;
        KubebuilderMarkers.check(type.doc().markers(), at, properties.clientValues()::say);
        for (TypeDeclaration t : schemas.hierarchy(type)) {
            if (!t.findAll(CUSTOMIZER, CUSTOMIZER + ".List").isEmpty()) {
                properties.clientValues().say(String.format("%s: @SchemaCustomizer on %s is not applied: opctl does "
                        + "not run fabric8's schema customizers, so the CRD lacks what it changes; write that with the "
                        + "annotations opctl reads (@ValidationRule, @PreserveUnknownFields, @SchemaFrom, ...)",
                        t.doc().where() != null ? t.doc().where() : at, t.simpleName()));
            }
        }
        // Once a type, unless an error (whose place is where it is used).
        jdkLosses.computeIfAbsent(type.name(), n -> JdkSuperclasses.lost(type, schemas::hierarchy, schemas.types(), at))
                .ifPresent(properties.clientValues()::say);
        if (outer.visiting().stream().anyMatch(u -> u.name().equals(type.name()))) {
            String name = type.doc().where() != null ? type.simpleName() : type.name();
            // The cycle, from the type's first use: the same whichever resource or version reaches it (said once).
            List<String> names = outer.visiting().stream().map(TypeUse.Named::name).toList();
            List<String> cycle = new ArrayList<>(names.subList(names.indexOf(type.name()), names.size()));
            cycle.add(type.name());
            String chain = String.join(" -> ", cycle);
            if (!outer.visiting().contains(reference.use())) { // Wrapper<Wrapper<String>>: finite, but refused
                throw OpctlException.invalidInput(String.format("%s: %s is used inside itself, as %s (%s); fabric8 "
                        + "refuses a class within itself even with other type arguments, and so does opctl: use a "
                        + "class of its own for one of them", at, name, reference.use().asWritten(), chain));
            }
            // The fields that close it: of the class that refers back, each to break or swap.
            TypeDefinition closing = outer.definitions().get(outer.visiting().get(outer.visiting().size() - 1));
            List<PropertySchemas.Member> closers = closing == null ? List.of() : closing.members().stream()
                    .filter(m -> m.type() != null && mentions(m.type(), type.name())).toList();
            List<String> through = closers.stream().map(m -> closing.type().simpleName() + "." + m.property().name())
                    .toList();
            // A class of the class path is not the user's to change: the swap that ends the cycle, ready to paste.
            String fix = closers.isEmpty() || closing.type().doc().where() != null
                    ? "break the cycle, or end it with @SchemaSwap(depth = N) or a JsonNode field"
                    : String.format("%s is a class of the class path, not yours to change: end the cycle with "
                    + "@SchemaSwap(originalType = %s.class, fieldName = \"%s\", depth = 1) on the resource class (or "
                    + "depth = N, N levels down)", closing.type().simpleName(), closing.type().name(),
                    closers.get(0).property().implicitName());
            throw TypeErrors.keyed(String.format("%s: %s refers to itself (%s)%s; a CRD schema cannot be "
                    + "recursive: %s", at, name, chain, through.isEmpty() ? "" : ", through " + String.join(" and ",
                    through), fix), "cycle " + new TreeSet<>(cycle)); // one, whichever of its classes it is met from
        }
        List<TypeUse.Named> visiting = new ArrayList<>(outer.visiting());
        visiting.add(reference.use());
        // Entered before the definition is built, as before: a wrong swap is reported before a wrong @JsonNaming.
        SchemaSwaps swaps = outer.swaps().enter(schemas.hierarchy(type), at, n -> schemas.types().type(n).isPresent());
        Walk walk = new Walk(outer.path(), List.copyOf(visiting), swaps, outer.recording(), outer.marked(),
                outer.definitions(), outer.errors(), outer.incomplete());
        TypeDefinition definition = outer.definitions().computeIfAbsent(reference.use(),
                use -> schemas.definition(type, use));
        Map<String, JsonSchema> schemaProperties = new LinkedHashMap<>();
        TreeSet<String> required = new TreeSet<>();
        int before = walk.errors().size();
        for (PropertySchemas.Member member : definition.members()) {
            if (!dropped.test(member.property().name())) {
                property(member, definition, walk, where, schemaProperties, required);
            }
        }
        if (walk.errors().size() == before) { // else a swap may match what an error left out
            swaps.requireUsed(type.simpleName());
        }

        JsonSchema schema = definition.object(where).copy();
        if (!schemaProperties.isEmpty()) {
            schema.setProperties(schemaProperties);
        }
        if (!required.isEmpty()) {
            schema.setRequired(new ArrayList<>(required));
        }
        return schema;
    }

    /**
     * Adds the schema of {@code member} of {@code definition} to {@code out}, as the swaps in force
     * decide, and its name to {@code required} when it is; {@code where} is where the owner is used.
     * An error is the walk's to say, and leaves the property out.
     */
    private void property(PropertySchemas.Member member, TypeDefinition definition, Walk parent, String where,
            Map<String, JsonSchema> out, Set<String> required) {
        int before = parent.errors().size();
        try {
            placed(member, definition, parent, where, out, required);
        } catch (OpctlException e) { // of this property, or of a class of the class path it reaches: placed here
            parent.incomplete().add(parent.path().isEmpty() ? "" : parent.jsonPath());
            if (parent.errors().size() == before) { // else likely of those within it (a list map's key left out)
                String at = PropertySchemas.where(member.property(), definition.type(), where);
                TypeErrors.record(parent.errors(), TypeErrors.placed(member.declared() != null
                        ? TypeErrors.ofSchemaFrom(e, at) : e, at, definition.type(), member.property().name()));
            }
        }
    }

    private void placed(PropertySchemas.Member member, TypeDefinition definition, Walk parent, String where,
            Map<String, JsonSchema> out, Set<String> required) {
        Property property = member.property();
        if (property.problem() != null) { // Jackson refuses it: said where it is written, the others built
            throw OpctlException.invalidInput(property.problem());
        }
        String name = property.name();
        String at = PropertySchemas.where(property, definition.type(), where);
        // As fabric8 matches a swap: by the class being expanded, whichever of its superclasses declares the field.
        SchemaSwaps.Decision swap = parent.swaps().at(definition.type().name(), name);
        if (member.required()) {
            required.add(name); // even when a swap or @SchemaFrom(type = void.class) drops it, as fabric8 does
        }
        boolean swapped = swap.effect() == SchemaSwaps.Effect.SWAP;
        if (swap.effect() == SchemaSwaps.Effect.DROP || !swapped && member.type() == null) {
            return;
        }
        // A swap's target takes the place of the field's type, and of its @SchemaFrom.
        TypeUse type = swapped ? swap.target() : member.type();
        // A serializer of the property's own (@JsonSerialize(using)) decides its JSON, unless @SchemaFrom does;
        // else a converter's (@JsonSerialize(converter)): Jackson writes what it returns.
        boolean own = !swapped && member.declared() == null;
        Optional<TypeUse.Named> serializer = own ? Serializers.of(property) : Optional.empty();
        Optional<TypeUse.Named> converter = own && serializer.isEmpty() ? Serializers.converterOf(property)
                : Optional.empty();
        if (converter.isPresent()) {
            type = Serializers.converted(converter.get(), schemas.types()::type, at);
        }
        ModelSchemas.Resolved resolved = swapped || converter.isPresent() ? schemas.resolve(type, at, true)
                : serializer.isPresent() ? schemas.serialized(serializer.get(), at) : definition.resolved(member, at);
        // The elements of a list, array or map: what @JsonSerialize(contentUsing) writes, or contentConverter returns.
        Optional<JsonSchema> elements = (own ? Serializers.ofContent(property) : Optional.<TypeUse.Named>empty())
                .map(content -> schemas.serialized(content, at).schema())
                .or(() -> (own ? Serializers.contentConverterOf(property) : Optional.<TypeUse.Named>empty())
                        .map(content -> ModelSchemas.withoutFormat(schemas.resolve(Serializers.converted(content,
                                schemas.types()::type, at), at, false).schema())));
        if (elements.isPresent() && resolved.schema().getItems() != null) {
            resolved.schema().setItems(elements.get());
        } else if (elements.isPresent() && resolved.schema().getAdditionalProperties() != null) {
            resolved.schema().setAdditionalProperties(elements.get());
        }
        Walk walk = parent.child(name, swap);
        // Not on a swap's or @SchemaFrom's target, as fabric8.
        JsonSchema expanded = expand(resolved.schema(), walk, at,
                swapped || member.declared() != null ? n -> false : dropped(property));
        JsonSchema schema = properties.finish(property, definition.type(), type, swapped ? null : member.declared(),
                new ModelSchemas.Resolved(expanded, resolved.kind()), at);
        if (parent.recording() && swap.effect() != SchemaSwaps.Effect.ONGOING) {
            for (String annotation : PropertySchemas.PATH_ANNOTATIONS) {
                property.find(annotation).ifPresent(a -> parent.marked().add(new PropertySchemas.Marked(annotation,
                        walk.jsonPath(), a, schema, at)));
            }
            PropertySchemas.scaleKind(property, schema, at).ifPresent(properties.clientValues()::say);
        }
        out.put(name, schema);
    }

    /** Whether {@code use} is the type named {@code name}, or holds it: as an element, a type argument, a bound. */
    private static boolean mentions(TypeUse use, String name) {
        if (use instanceof TypeUse.Named named) {
            return named.name().equals(name) || named.arguments().stream().anyMatch(a -> mentions(a, name));
        }
        if (use instanceof TypeUse.ArrayOf array) {
            return mentions(array.component(), name);
        }
        return use instanceof TypeUse.Wildcard wildcard && wildcard.bound() != null && mentions(wildcard.bound(), name);
    }

    /**
     * The properties of its value (of its elements, for a list or map) a property's
     * {@code @JsonIgnoreProperties} or {@code @JsonIncludeProperties} drops, as Jackson does.
     */
    private static Predicate<String> dropped(Property property) {
        Set<String> ignored = property.find(Annotations.JACKSON + "JsonIgnoreProperties")
                .filter(a -> !a.bool("allowGetters").orElse(false)).map(a -> Set.copyOf(a.strings("value")))
                .orElse(Set.of());
        Set<String> included = property.find(Annotations.JACKSON + "JsonIncludeProperties")
                .map(a -> Set.copyOf(a.strings("value"))).orElse(null);
        return name -> ignored.contains(name) || included != null && !included.contains(name);
    }

    /**
     * {@code schema}, a fresh one, with the references it is or its elements are (at any depth) inlined,
     * and the properties {@code dropped} names left out of their objects (the Kubernetes model's too).
     */
    private JsonSchema expand(JsonSchema schema, Walk walk, String where, Predicate<String> dropped) {
        if (schema.getReference() != null) {
            return object(schema.getReference(), walk, where, dropped);
        }
        if (schema.getProperties() != null && schema.getProperties().keySet().stream().anyMatch(dropped)) {
            Map<String, JsonSchema> kept = new LinkedHashMap<>(schema.getProperties());
            kept.keySet().removeIf(dropped);
            schema.setProperties(kept.isEmpty() ? null : kept);
            if (schema.getRequired() != null) {
                List<String> required = schema.getRequired().stream().filter(dropped.negate()).toList();
                schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
            }
        }
        if (schema.getItems() != null) {
            schema.setItems(expand(schema.getItems(), walk, where, dropped));
        }
        if (schema.getAdditionalProperties() != null) {
            schema.setAdditionalProperties(expand(schema.getAdditionalProperties(), walk, where, dropped));
        }
        return schema;
    }
}
