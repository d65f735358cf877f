package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeUse;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * fabric8's constraint annotations where they change nothing, in fabric8's generator as in opctl:
 * on a property whose schema they do not fit (a {@code @Pattern} on an {@code int}, a {@code @Min} on
 * a {@code String}), and on a type argument other than the element of a property's {@code List} or
 * the value of its {@code Map} ({@code Set<@Pattern("[a-z]+") String>}), and on one in an accessor's type
 * rather than the field's ({@code List<@Pattern("[a-z]+") String> getTags()}). controller-tools refuses such
 * markers; opctl writes the CRD fabric8 writes and says what was left out. Only for the sources: a
 * library's classes are not the user's to change.
 */
final class IgnoredConstraints {
    private static final String G = Annotations.FABRIC8_GENERATOR;
    /** Each constraint, by its simple and its qualified name, and the kinds of schema it applies to. */
    private static final List<Constraint> CONSTRAINTS = List.of(
            new Constraint("Min", List.of("integer", "number")),
            new Constraint("Max", List.of("integer", "number")),
            new Constraint("Pattern", List.of("string")),
            new Constraint("Size", List.of("string", "array", "object")));

    private record Constraint(String name, String annotation, List<String> kinds) {
        Constraint(String name, List<String> kinds) {
            this(name, G + name, kinds);
        }
    }

    /** The kinds of element and value schemas fabric8 applies a type argument's constraints to. */
    private static final List<String> ARGUMENT_KINDS = List.of("string", "integer", "number");

    private IgnoredConstraints() {
    }

    /**
     * Says (to {@code say}) the constraints of {@code property} that its schema {@code schema}, of kind
     * {@code kind} (by its declared type, as the rules take it), made of {@code type}, leaves out.
     */
    static void check(Property property, TypeUse type, String kind, JsonSchema schema, String at,
            Consumer<String> say) {
        if (property.members().isEmpty() || property.members().get(0).doc().where() == null) {
            return; // of a class file
        }
        for (Constraint c : CONSTRAINTS) {
            if (!c.kinds().contains(kind) && property.find(c.annotation()).isPresent()) {
                say.accept(String.format("%s: @%s has no effect on %s (fabric8's generator applies it to %s only); %s",
                        where(property, m -> m.find(c.annotation()).isPresent(), at), c.name(), article(kind),
                        String.join(", ", c.kinds()), instead(c.name(), kind)));
            }
        }
        if (type instanceof TypeUse.ArrayOf || type instanceof TypeUse.Named named && !named.arguments().isEmpty()) {
            // Type annotations are read from the field's type.
            arguments(type, schema, where(property, FieldDeclaration.class::isInstance, at), say);
        }
        accessors(property, say);
    }

    /**
     * Says the constraints on type arguments in the types of {@code property}'s accessors of the sources that
     * its field's (or record component's) type has not at that place: Lombok's getters and a record's accessors
     * have the field's.
     */
    private static void accessors(Property property, Consumer<String> say) {
        boolean annotated = false;
        for (Annotated member : property.members()) { // most have none: nothing to allocate for them
            annotated |= member instanceof MethodDeclaration method && method.doc().where() != null
                    && annotatedArgument(declared(method));
        }
        if (!annotated) {
            return;
        }
        Set<String> inFields = new HashSet<>();
        property.members().stream().map(m -> m instanceof FieldDeclaration f ? f.type()
                : m instanceof RecordComponent r ? r.type() : null).filter(Objects::nonNull)
                .forEach(t -> constraints(t, "", (key, element) -> inFields.add(key)));
        boolean field = property.members().stream().anyMatch(FieldDeclaration.class::isInstance);
        String fix = property.members().stream().anyMatch(RecordComponent.class::isInstance)
                ? "put it in the record component's type"
                : field ? "put it in the field's type" : "declare a field of that type";
        for (Annotated member : property.members()) {
            if (member instanceof MethodDeclaration method && method.doc().where() != null) {
                constraints(declared(method), "", (key, element) -> {
                    if (!inFields.contains(key)) {
                        String c = key.substring(key.lastIndexOf('@') + 1);
                        boolean applies = key.startsWith("java.util.List/0@") || key.startsWith("java.util.Map/1@");
                        say.accept(String.format("%s: @%s on the type argument %s of %s(%s) has no effect: fabric8's "
                                + "generator reads the constraints on type arguments in a field's type only%s",
                                method.doc().where(), c, element.asWritten(), method.name(),
                                method.parameters().isEmpty() ? "" : "...", applies ? "; " + fix
                                        : ", and there on a List's element or a Map's value only; validate it by a "
                                        + "rule, @ValidationRule"));
                    }
                });
            }
        }
    }

    /**
     * Gives {@code found} each constraint on a type argument in {@code type}, with a key of its place and simple
     * name: {@code java.util.List/0@Pattern} of {@code List<@Pattern(...) String>}, behind {@code path}.
     */
    private static void constraints(TypeUse type, String path, BiConsumer<String, TypeUse.Named> found) {
        if (type instanceof TypeUse.ArrayOf array) {
            constraints(array.component(), path + "[]", found);
        } else if (type instanceof TypeUse.Named named) {
            for (int i = 0; i < named.arguments().size(); i++) {
                String place = path + named.name() + "/" + i;
                if (named.arguments().get(i) instanceof TypeUse.Named element) {
                    element.annotations().stream().flatMap(a -> constraint(a).stream())
                            .forEach(c -> found.accept(place + "@" + c.name(), element));
                }
                constraints(named.arguments().get(i), place + ">", found);
            }
        }
    }

    /** The type of what an accessor gets or sets. */
    private static TypeUse declared(MethodDeclaration accessor) {
        return accessor.parameters().isEmpty() ? accessor.returnType() : accessor.parameters().get(0);
    }

    /** Whether a type argument in {@code type} has a type annotation. */
    private static boolean annotatedArgument(TypeUse type) {
        if (type instanceof TypeUse.ArrayOf array) {
            return annotatedArgument(array.component());
        }
        if (type instanceof TypeUse.Named named) {
            for (TypeUse argument : named.arguments()) {
                if (argument instanceof TypeUse.Named n && !n.annotations().isEmpty() || annotatedArgument(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Constraint> constraint(AnnotationUse annotation) {
        return CONSTRAINTS.stream().filter(c -> c.annotation().equals(annotation.type())).findFirst();
    }

    /**
     * The constraints on the type arguments of {@code type}: applied to a {@code java.util.List}'s element
     * and a {@code java.util.Map}'s value of a property ({@code schema} not null) whose schema is a string or
     * a number, to no other.
     */
    private static void arguments(TypeUse type, JsonSchema schema, String at, Consumer<String> say) {
        if (type instanceof TypeUse.ArrayOf array) {
            arguments(array.component(), null, at, say);
        }
        if (!(type instanceof TypeUse.Named named)) {
            return;
        }
        for (int i = 0; i < named.arguments().size(); i++) {
            TypeUse argument = named.arguments().get(i);
            JsonSchema applied = schema == null ? null
                    : named.name().equals("java.util.List") && i == 0 ? schema.getItems()
                    : named.name().equals("java.util.Map") && i == 1 ? schema.getAdditionalProperties() : null;
            String kind = applied == null ? null : ModelSchemas.kindOf(applied);
            if (argument instanceof TypeUse.Named element) {
                for (AnnotationUse annotation : element.annotations()) {
                    Constraint c = constraint(annotation).orElse(null);
                    if (c == null) {
                        continue;
                    }
                    String name = c.name();
                    List<String> kinds = c.kinds();
                    if (kind == null) {
                        say.accept(String.format("%s: @%s on the type argument %s has no effect: fabric8's generator "
                                + "reads constraints on type arguments only on a property's List element or Map "
                                + "value, not deeper nor in other collections; validate it by a rule, @ValidationRule",
                                at, name, element.asWritten()));
                    } else if (!ARGUMENT_KINDS.contains(kind) || !kinds.contains(kind)) {
                        say.accept(String.format("%s: @%s on the type argument %s has no effect on %s (fabric8's "
                                + "generator applies it there to %s only)", at, name, element.asWritten(),
                                article(kind), String.join(", ", kinds.stream()
                                        .filter(ARGUMENT_KINDS::contains).toList())));
                    }
                }
            }
            arguments(argument, null, at, say);
        }
    }

    /** Where the first member of {@code property} that {@code holds} is, else {@code at}. */
    private static String where(Property property, Predicate<Annotated> holds, String at) {
        return property.members().stream().filter(holds).map(m -> m.doc().where()).filter(Objects::nonNull)
                .findFirst().map(w -> w + ": field '" + property.name() + "'").orElse(at);
    }

    /** What to write instead of constraint {@code name} on a schema of {@code kind}. */
    private static String instead(String name, String kind) {
        return switch (name + " " + kind) {
            case "Min string", "Max string" -> "bound its length by @Size";
            case "Min array", "Max array" -> "bound its items by @Size, or their values by @" + name
                    + " on the element type";
            case "Pattern array" -> "put it on the element type, List<@Pattern(...) String>";
            case "Pattern object" -> "drop it, or put it on a Map's value type, Map<String, @Pattern(...) String>";
            case "Pattern integer", "Pattern number", "Size integer", "Size number" -> "bound it by @Min and @Max";
            default -> "drop it";
        };
    }

    private static String article(String kind) {
        return Optional.of(kind).filter(k -> k.equals("any"))
                .map(k -> "a value of no single JSON type (an int-or-string, a Quantity, any JSON)")
                .orElse((kind.equals("integer") || kind.equals("array") || kind.equals("object") ? "an " : "a ")
                        + kind);
    }
}
