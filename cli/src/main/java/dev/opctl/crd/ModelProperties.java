package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Jackson's properties of a type of the declaration model, as fabric8's generator sees them: record
 * components, public or {@code @JsonProperty} fields, public getters ({@code getX()}, and
 * {@code isX()} for booleans, {@code getX()} winning), superclasses first, the members of one property
 * merged so that each keeps the annotations of those it overrides; a private field joins the property
 * a getter (its class's or a subclass's) makes. {@link JacksonPasses} then runs Jackson's later passes.
 */
final class ModelProperties {
    private static final String J = Annotations.JACKSON;
    private static final String DATABIND = "com.fasterxml.jackson.databind.annotation.";

    /** The getters {@code CustomResource} marks {@code @JsonIgnore}: an override inherits that. */
    private static final Set<String> IGNORED_BY_CUSTOM_RESOURCE = Set.of("getPlural", "getSingular", "getCRDName",
            "getScope", "getGroup", "getVersion", "isServed", "isStorage", "isDeprecated", "getDeprecationWarning");
    private static final String DELEGATE = "lombok.experimental.Delegate";
    private static final String OLD_DELEGATE = "lombok.Delegate";

    private final Function<String, Optional<TypeDeclaration>> lookup;
    private final Consumer<String> said;

    /** Of the types {@code types} finds by name; {@code said} takes what {@link JacksonPasses#removeIgnored} says. */
    ModelProperties(Function<String, Optional<TypeDeclaration>> types, Consumer<String> said) {
        this.lookup = types;
        this.said = said;
    }

    /** The properties of {@code type} used as {@code use} (which binds its type parameters), by JSON name. */
    List<Property> of(TypeDeclaration type, TypeUse.Named use) {
        Map<String, Property> properties = new TreeMap<>();
        List<TypeDeclaration> hierarchy = hierarchy(type);
        JacksonAccessors.Visibility visibility = JacksonAccessors.Visibility.of(classAnnotation(type,
                J + "JsonAutoDetect"));
        List<Property> anyGetters = new ArrayList<>(0);
        Map<String, List<Annotated>> setters = JacksonAccessors.setters(hierarchy);
        Walk walk = new Walk(new HashMap<>(), new HashMap<>(), anyGetters, visibility, setters);
        collect(type, bindings(type, use), properties, walk, 0);
        walk.dropped().values().forEach(p -> JacksonPasses.sayRead(p, setters, said)); // ignored, but read
        JacksonPasses.removeIgnored(properties, setters, said);
        if (!setters.isEmpty()) { // a setter's annotations count for the whole property, as Jackson merges them
            properties.values().removeIf(p -> JacksonPasses.writeOnly(setters.getOrDefault(p.implicitName(),
                    List.of())));
            JacksonPasses.renameBySetters(properties, setters);
        }
        Map<String, List<Annotated>> creator = JacksonCreators.parameters(type);
        if (!creator.isEmpty()) {
            properties.values().removeIf(p -> JacksonPasses.writeOnly(JacksonCreators.of(p, creator)));
        }
        properties.replaceAll((name, p) -> JacksonPasses.inJacksonsOrder(p, JacksonCreators.of(p, creator),
                setters.getOrDefault(p.implicitName(), List.of())));
        // The class's naming strategy renames the properties that no annotation names.
        Optional<AnnotationUse> naming = classAnnotation(type, DATABIND + "JsonNaming");
        UnaryOperator<String> strategy = naming.isEmpty() ? UnaryOperator.identity() : JacksonNaming.strategy(
                naming.get().classLiteral("value").map(TypeUse::toString).orElse(""), type.doc().where());
        // The class's @JsonIgnoreProperties and @JsonIncludeProperties, by the names Jackson writes.
        Optional<AnnotationUse> ignore = classAnnotation(type, J + "JsonIgnoreProperties")
                .filter(a -> !a.bool("allowGetters").orElse(false));
        Optional<AnnotationUse> include = classAnnotation(type, J + "JsonIncludeProperties");
        if (ignore.isPresent() || include.isPresent()) {
            List<String> ignored = ignore.map(a -> a.strings("value")).orElse(List.of());
            List<String> included = include.map(a -> a.strings("value")).orElse(null);
            properties.values().removeIf(p -> ignored.contains(named(p, strategy))
                    || included != null && !included.contains(named(p, strategy)));
        }
        JacksonPasses.keepAnyGetters(type, hierarchy, properties, anyGetters);
        if (naming.isEmpty()) {
            return List.copyOf(properties.values());
        }
        Map<String, Property> renamed = new TreeMap<>();
        for (Property p : properties.values()) {
            String name = named(p, strategy);
            renamed.put(name, p.with(name, p.members()));
        }
        return List.copyOf(renamed.values());
    }

    private static String named(Property p, UnaryOperator<String> strategy) {
        return p.name().equals(p.implicitName()) && !p.members().isEmpty() ? strategy.apply(p.name()) : p.name();
    }

    /**
     * A class annotation as Jackson finds it: on the class, else on its supertypes in Jackson's order,
     * a class's interfaces (depth first) before its superclass.
     */
    Optional<AnnotationUse> classAnnotation(TypeDeclaration type, String annotation) {
        return classAnnotation(type, annotation, 0);
    }

    private Optional<AnnotationUse> classAnnotation(TypeDeclaration type, String annotation, int depth) {
        Optional<AnnotationUse> found = type.find(annotation);
        if (found.isPresent() || depth > 16) {
            return found;
        }
        for (TypeUse.Named implemented : type.interfaces()) {
            String name = implemented.name();
            if (!name.startsWith("java.") && !name.startsWith(LibraryNames.FABRIC8_KUBERNETES)
                    && !LibraryNames.contains(name)) {
                found = lookup.apply(name).flatMap(t -> classAnnotation(t, annotation, depth + 1));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return superclass(type).flatMap(t -> classAnnotation(t, annotation, depth + 1));
    }

    /** The type and its superclasses on the class path, the type first. */
    List<TypeDeclaration> hierarchy(TypeDeclaration type) {
        List<TypeDeclaration> chain = new ArrayList<>();
        for (TypeDeclaration t = type; t != null && chain.size() < 32; t = superclass(t).orElse(null)) {
            chain.add(t);
        }
        return chain;
    }

    /** The Map, Collection or Map.Entry type a class extends or implements, with its type arguments bound. */
    Optional<TypeUse.Named> containerSupertype(TypeDeclaration type, TypeUse.Named use) {
        return containerSupertype(type, bindings(type, use), 0);
    }

    private Optional<TypeUse.Named> containerSupertype(TypeDeclaration type, Map<String, TypeUse> bindings,
            int depth) {
        for (TypeUse.Named written : type.supertypes()) {
            TypeUse.Named supertype = (TypeUse.Named) written.substitute(bindings);
            Optional<TypeUse.Named> container = KnownTypes.containerOf(supertype);
            if (container.isPresent()) {
                return container;
            }
            // The JDK's and fabric8's other supertypes (KubernetesResource, Namespaced) are no containers.
            if (depth < 16 && !supertype.name().startsWith("java.")
                    && !supertype.name().startsWith(LibraryNames.FABRIC8_KUBERNETES)) {
                Optional<TypeUse.Named> found = lookup.apply(supertype.name())
                        .flatMap(t -> containerSupertype(t, bindings(t, supertype), depth + 1));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TypeDeclaration> superclass(TypeDeclaration type) {
        return inherits(type) ? lookup.apply(type.superclass().name()) : Optional.empty();
    }

    /** Whether {@code type} is a class with a superclass whose properties it inherits. */
    private static boolean inherits(TypeDeclaration type) {
        TypeUse.Named superclass = type.superclass();
        return superclass != null && type.kind() == TypeDeclaration.Kind.CLASS
                && !superclass.name().equals("java.lang.Object") && !LibrarySupertypes.declares(superclass.name());
    }

    /**
     * The methods of {@code type}, and the public ones Lombok's {@code @Delegate} on a field copies
     * from the field's type (and its superclasses) where the type declares none of that name.
     */
    private List<MethodDeclaration> withDelegated(TypeDeclaration type) {
        List<MethodDeclaration> methods = type.methods();
        for (FieldDeclaration field : type.fields()) {
            if (field.annotations().isEmpty() || field.find(DELEGATE).isEmpty() && field.find(OLD_DELEGATE).isEmpty()
                    || !(field.type() instanceof TypeUse.Named named)) {
                continue;
            }
            List<MethodDeclaration> all = new ArrayList<>(methods);
            Set<String> declared = new HashSet<>();
            methods.forEach(m -> declared.add(m.name()));
            for (TypeDeclaration delegate : lookup.apply(named.name()).map(this::hierarchy).orElse(List.of())) {
                for (MethodDeclaration method : delegate.methods()) {
                    boolean visible = method.is(Modifier.PUBLIC) || delegate.kind() == TypeDeclaration.Kind.INTERFACE;
                    if (visible && !method.is(Modifier.STATIC) && declared.add(method.name())) {
                        all.add(method);
                    }
                }
            }
            methods = all;
        }
        return methods;
    }

    /** Whether a class extends CustomResource, through superclasses of the sources or the class path. */
    private boolean isCustomResource(TypeDeclaration type) {
        TypeDeclaration t = type;
        for (int depth = 0; t != null && t.superclass() != null && depth < 32; depth++) {
            if (t.superclass().name().equals(LibraryNames.CUSTOM_RESOURCE)) {
                return true;
            }
            t = superclass(t).orElse(null);
        }
        return false;
    }

    /** What the type parameters of {@code type} stand for in {@code use}; in a raw use, their bounds. */
    private static Map<String, TypeUse> bindings(TypeDeclaration type, TypeUse.Named use) {
        return type.bindings(use.arguments());
    }

    /**
     * A walk up a class's hierarchy: the fields Jackson does not see by themselves (private ones), whose
     * annotations count where a getter of a subclass makes them a property; the properties {@code @JsonIgnore}
     * drops, by implicit name; the {@code @JsonAnyGetter} methods found; the class's {@code @JsonAutoDetect},
     * and the hierarchy's setters by implicit name.
     */
    private record Walk(Map<String, List<Annotated>> hidden, Map<String, Property> dropped, List<Property> anyGetters,
            JacksonAccessors.Visibility visibility, Map<String, List<Annotated>> setters) {
    }

    /** Collects the properties of {@code type} and its supertypes into {@code properties}. */
    private void collect(TypeDeclaration type, Map<String, TypeUse> bindings, Map<String, Property> properties,
            Walk walk, int depth) {
        TypeUse.Named written = type.superclass();
        if (written != null && LibrarySupertypes.declares(written.name())) {
            // CustomResource's spec and status (and kind, apiVersion, metadata), a resource list's items.
            LibrarySupertypes.properties((TypeUse.Named) written.substitute(bindings))
                    .forEach((name, propertyType) -> properties.put(name, new Property(name, name, List.of(),
                            propertyType)));
            written = null;
        }
        // An interface's getters (default ones, and the annotations of abstract ones) count, below a superclass's.
        for (TypeUse.Named written2 : depth < 32 ? type.interfaces() : List.<TypeUse.Named>of()) {
            String name = written2.name();
            if (JdkClasses.inPackage(name) || name.startsWith(LibraryNames.FABRIC8_KUBERNETES)
                    || LibraryNames.contains(name)) {
                continue;
            }
            Optional<TypeDeclaration> implemented = lookup.apply(name);
            if (implemented.isEmpty()) {
                throw TypeErrors.unknownSupertype(type, "interface", name);
            }
            if (implemented.get().kind() == TypeDeclaration.Kind.INTERFACE) {
                TypeUse.Named use = (TypeUse.Named) written2.substitute(bindings);
                collect(implemented.get(), bindings(implemented.get(), use), properties, walk, depth + 1);
            }
        }
        Optional<TypeDeclaration> parent = depth < 32 && written != null ? superclass(type) : Optional.empty();
        // The JDK's supertypes are there; their properties are not inherited (fabric8 fails on most).
        if (parent.isEmpty() && depth < 32 && inherits(type) && !JdkClasses.inPackage(type.superclass().name())) {
            throw TypeErrors.unknownSupertype(type, "superclass", type.superclass().name());
        }
        if (parent.isPresent()) {
            TypeUse.Named superUse = (TypeUse.Named) type.superclass().substitute(bindings);
            collect(parent.get(), bindings(parent.get(), superUse), properties, walk, depth + 1);
        }

        // Jackson's implicit names: components and fields by name, getters by their mangled name.
        Map<String, List<Annotated>> members = new LinkedHashMap<>();
        Map<String, TypeUse> types = new HashMap<>();
        Map<String, Boolean> visible = new HashMap<>();
        for (RecordComponent component : type.components()) {
            members.computeIfAbsent(component.name(), k -> new ArrayList<>()).add(component);
            types.put(component.name(), component.type().substitute(bindings));
            visible.put(component.name(), JacksonAccessors.explicit(component));
        }
        for (FieldDeclaration field : type.fields()) {
            // A record's fields are its components. Jackson skips a transient field unless an annotation makes it
            // a property (a @JsonAnyGetter field is one to fabric8's schema, named after the field), or
            // @JsonIgnore ignores the property through it.
            boolean explicit = JacksonAccessors.explicit(field)
                    || Annotations.enabled(field.find(J + "JsonAnyGetter"));
            if (field.is(Modifier.STATIC) || type.kind() == TypeDeclaration.Kind.RECORD || field.is(Modifier.TRANSIENT)
                    && !explicit && field.find(J + "JsonIgnore").filter(a -> a.bool("value").orElse(true)).isEmpty()) {
                continue;
            }
            members.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(field);
            types.putIfAbsent(field.name(), field.type().substitute(bindings));
            boolean fieldVisible = explicit
                    || !field.is(Modifier.TRANSIENT) && JacksonAccessors.visible(field, walk.visibility());
            visible.merge(field.name(), fieldVisible, Boolean::logicalOr);
        }
        JacksonAccessors.requireOneGetterEach(type, walk.visibility());
        Set<String> getters = new HashSet<>(); // beside isX(), Jackson takes getX(), in whichever order they stand
        boolean customResource = !type.methods().isEmpty() && isCustomResource(type);
        for (MethodDeclaration method : withDelegated(type)) {
            if (type.kind() == TypeDeclaration.Kind.RECORD && method.parameters().isEmpty()
                    && members.containsKey(method.name()) && !method.is(Modifier.STATIC)) {
                members.get(method.name()).add(method); // a component's accessor, named after it (isActive())
                members.get(method.name()).addAll(JacksonAccessors.overridden(type, method.name(), lookup, 0));
                visible.merge(method.name(), JacksonAccessors.explicit(method)
                        || JacksonAccessors.visible(method, walk.visibility()), Boolean::logicalOr);
                continue;
            }
            String name = JacksonAccessors.getterName(method, walk.visibility());
            if (name == null || customResource && IGNORED_BY_CUSTOM_RESOURCE.contains(method.name())
                    && method.find(J + "JsonIgnore").isEmpty()) {
                continue; // an override of a getter CustomResource ignores is ignored too, as in Jackson
            }
            members.computeIfAbsent(name, k -> new ArrayList<>()).add(method);
            boolean isGetter = !method.name().startsWith("get");
            if (!isGetter || !getters.contains(name)) {
                // fabric8 reads type annotations (List<@Pattern("^a") String>) on the field only.
                TypeUse returned = method.returnType().substitute(bindings);
                types.put(name, returned.equals(types.get(name)) ? types.get(name)
                        : JacksonAccessors.fieldAnnotations(returned, types.get(name)));
            }
            if (!isGetter) {
                getters.add(name);
            }
            visible.put(name, true);
            if (Annotations.enabled(method.find(J + "JsonAnyGetter"))) {
                walk.anyGetters().add(new Property(method.name(), method.name(), List.of(method),
                        method.returnType().substitute(bindings)));
            }
        }

        Set<String> named = new HashSet<>(); // the names this class's members give
        for (Map.Entry<String, List<Annotated>> entry : members.entrySet()) {
            Property inherited = null;
            for (Property p : properties.values()) {
                if (p.implicitName().equals(entry.getKey())) {
                    inherited = p;
                }
            }
            TypeUse propertyType = types.get(entry.getKey());
            if (!visible.getOrDefault(entry.getKey(), false)) {
                // A field Jackson does not see: its annotations count where a getter makes the property.
                if (inherited == null) {
                    walk.hidden().computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).addAll(entry.getValue());
                    continue;
                }
                if (inherited.members().stream().noneMatch(JacksonPasses::isGetter)) {
                    continue;
                }
                propertyType = inherited.type();
            }
            if (JacksonPasses.writeOnly(entry.getValue()) || ignoredType(propertyType)) {
                continue;
            }
            // An overriding member keeps the annotations of the one it overrides, as in Jackson.
            List<Annotated> merged = new ArrayList<>(entry.getValue());
            Property dropped = walk.dropped().remove(entry.getKey());
            if (inherited != null) {
                merged.addAll(inherited.members());
                properties.remove(inherited.name());
            } else if (dropped != null) {
                merged.addAll(dropped.members());
            }
            List<Annotated> fields = walk.hidden().remove(entry.getKey());
            if (fields != null && merged.stream().anyMatch(JacksonPasses::isGetter)) {
                merged.addAll(fields);
            }
            if (JacksonPasses.ignoredWhole(merged, walk.setters().getOrDefault(entry.getKey(), List.of()))) {
                // Dropped before any renaming: another member may take its name; an override inherits the ignoral.
                walk.dropped().put(entry.getKey(), new Property(entry.getKey(), entry.getKey(), merged, propertyType));
                continue;
            }
            List<Annotated> ofGetters = merged.stream().filter(JacksonPasses::isGetter).toList();
            List<Annotated> others = merged.stream().filter(m -> !JacksonPasses.isGetter(m)).toList();
            String getterName = JacksonPasses.explicitName(ofGetters);
            String otherName = JacksonPasses.explicitName(others);
            boolean split = getterName != null && otherName != null && !getterName.equals(otherName);
            String name = getterName != null ? getterName : otherName != null ? otherName : entry.getKey();
            String clash = JacksonPasses.clash(type, named, properties, name, entry.getKey(), split ? ofGetters : merged);
            properties.remove(entry.getKey());
            if (split) { // the getter and the field name it differently: Jackson makes two properties of them
                String otherClash = JacksonPasses.clash(type, named, properties, otherName, entry.getKey(), others);
                properties.put(getterName, new Property(getterName, entry.getKey(), ofGetters, propertyType, clash));
                properties.put(otherName, new Property(otherName, entry.getKey(), others, propertyType, otherClash));
            } else {
                properties.put(name, new Property(name, entry.getKey(), merged, propertyType, clash));
            }
        }
    }

    /** Whether a property's type is a class Jackson ignores wherever it is used ({@code @JsonIgnoreType}). */
    private boolean ignoredType(TypeUse type) {
        // Only a type the schema would look up anyway is looked up: the class path is read only when needed.
        return type instanceof TypeUse.Named named && !named.name().startsWith("java.")
                && !KnownTypes.isKnown(named.name()) && !LibraryNames.contains(named.name())
                && JsonNodes.schema(named.name()).isEmpty()
                && lookup.apply(named.name()).flatMap(t -> classAnnotation(t, J + "JsonIgnoreType"))
                        .filter(a -> a.bool("value").orElse(true)).isPresent();
    }
}
