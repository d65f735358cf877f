package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.CreatorDeclaration;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of the creator Jackson (2.18 and later, fabric8 7.5.2's 2.20) picks for a type, which
 * join its properties: Jackson merges a parameter's annotations into the property its {@code @JsonProperty}
 * names, after the getter's and the field's, before the setter's ({@code @JsonFormat(shape = STRING)},
 * {@code @JsonPropertyDescription}, {@code access = WRITE_ONLY}, {@code @Min}, ...).
 *
 * <p>It picks the first constructor marked {@code @JsonCreator} that is properties-based, else the first
 * such static method; else the constructor with parameters named by {@code @JsonProperty} (a record's
 * canonical one first). A parameter joins only by the name an annotation gives it: Jackson knows no other
 * without the parameter-names module, which fabric8 does not register. Only a type's own creators count,
 * none of an inner class's or an enum's.
 */
final class JacksonCreators {
    private static final String J = Annotations.JACKSON;

    private JacksonCreators() {
    }

    /** The parameters of {@code type}'s creator that name a property, by that name; empty for most types. */
    static Map<String, List<Annotated>> parameters(TypeDeclaration type) {
        if (type.creators().isEmpty()) {
            return Map.of();
        }
        Optional<CreatorDeclaration> chosen = explicit(type, true).or(() -> explicit(type, false));
        if (chosen.isEmpty()) {
            List<CreatorDeclaration> named = type.creators().stream().filter(c -> c.isConstructor()
                    && mode(c) == null && c.parameters().stream().anyMatch(p -> name(p) != null)).toList();
            chosen = named.stream().filter(c -> canonical(type, c)).findFirst().or(() -> named.stream().findFirst());
        }
        if (chosen.isEmpty() || canonical(type, chosen.get())) {
            return Map.of(); // a record's canonical parameters are its components: its fields and accessors have theirs
        }
        Map<String, List<Annotated>> parameters = new HashMap<>();
        for (CreatorDeclaration.Parameter parameter : chosen.get().parameters()) {
            String name = name(parameter);
            if (name != null) {
                parameters.computeIfAbsent(name, k -> new ArrayList<>(1)).add(parameter);
            }
        }
        return parameters;
    }

    /**
     * The parameters of {@code parameters} that join {@code property}: those that name it, unless an annotation
     * renamed it (Jackson then keeps them apart, in a property it only reads).
     */
    static List<Annotated> of(Property property, Map<String, List<Annotated>> parameters) {
        return parameters.isEmpty() || !property.name().equals(property.implicitName()) ? List.of()
                : parameters.getOrDefault(property.name(), List.of());
    }

    /**
     * The first creator marked {@code @JsonCreator} among the constructors (or the static methods) that is
     * properties-based: by its mode, or by default when a parameter is named (or it has none).
     */
    private static Optional<CreatorDeclaration> explicit(TypeDeclaration type, boolean constructors) {
        for (CreatorDeclaration creator : type.creators()) {
            String mode = mode(creator);
            if (creator.isConstructor() == constructors && mode != null && (mode.equals("PROPERTIES")
                    || mode.equals("DEFAULT") && (creator.parameters().isEmpty()
                            || creator.parameters().stream().anyMatch(p -> name(p) != null)))) {
                return Optional.of(creator);
            }
        }
        return Optional.empty();
    }

    /** The mode of a creator's {@code @JsonCreator}, or null when it has none. */
    private static String mode(CreatorDeclaration creator) {
        return creator.find(J + "JsonCreator").map(a -> a.enumConstant("mode").orElse("DEFAULT")).orElse(null);
    }

    /** The name {@code @JsonProperty} (or {@code @JsonSetter}) gives a parameter, or null. */
    private static String name(CreatorDeclaration.Parameter parameter) {
        for (String annotation : List.of(J + "JsonProperty", J + "JsonSetter")) {
            String name = parameter.find(annotation).flatMap(a -> a.string("value")).orElse("");
            if (!name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    /** Whether a creator is a record's canonical constructor: its parameters the components' types, in order. */
    private static boolean canonical(TypeDeclaration type, CreatorDeclaration creator) {
        List<RecordComponent> components = type.components();
        if (type.kind() != TypeDeclaration.Kind.RECORD || !creator.isConstructor()
                || creator.parameters().size() != components.size()) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            if (!erased(creator.parameters().get(i).type()).equals(erased(components.get(i).type()))) {
                return false;
            }
        }
        return true;
    }

    private static String erased(TypeUse type) {
        return type instanceof TypeUse.Named named ? named.name() : type.toString();
    }
}
