package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A class or property that Jackson writes with a serializer of its own ({@code @JsonSerialize(using =
 * S.class)}, Tekton's string-or-array {@code ParamValue}): its JSON is what {@code S} writes, which
 * opctl cannot know, so its schema is any JSON, as fabric8 gives for a serializer that does not
 * describe itself. A serializer Jackson writes as a string ({@code ToStringSerializer}, any
 * {@code StdScalarSerializer}) gives a string. One that describes itself ({@code
 * acceptJsonFormatVisitor}) is an error: opctl runs none of the project's code.
 */
final class Serializers {
    /** The method by which a serializer describes its JSON; the readers keep it, though no accessor. */
    static final String DESCRIBES_ITSELF = "acceptJsonFormatVisitor";
    private static final String SERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonSerialize";
    private static final String STD = "com.fasterxml.jackson.databind.ser.std.";
    /** Jackson's serializers that describe what they write as a string. */
    private static final Set<String> STRING_SERIALIZERS = Set.of(STD + "ToStringSerializer",
            STD + "ToStringSerializerBase", STD + "StdScalarSerializer");
    /** Jackson's "no serializer" markers, the attribute's default. */
    private static final Set<String> NONE = Set.of("com.fasterxml.jackson.databind.JsonSerializer.None",
            "com.fasterxml.jackson.databind.JsonSerializer$None");

    private Serializers() {
    }

    /** The serializer a property's members name, if any. */
    static Optional<TypeUse.Named> of(Property property) {
        return serializer(property.find(SERIALIZE), "using");
    }

    /** The serializer a property's members name for its elements or values ({@code contentUsing}), if any. */
    static Optional<TypeUse.Named> ofContent(Property property) {
        return serializer(property.find(SERIALIZE), "contentUsing");
    }

    /** The serializer a class or one of its superclasses ({@code hierarchy}, the class first) names, if any. */
    static Optional<TypeUse.Named> of(List<TypeDeclaration> hierarchy) {
        for (TypeDeclaration type : hierarchy) {
            Optional<TypeUse.Named> found = serializer(type.find(SERIALIZE), "using");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<TypeUse.Named> serializer(Optional<AnnotationUse> annotation, String attribute) {
        return annotation.flatMap(a -> a.classLiteral(attribute)).filter(t -> t instanceof TypeUse.Named)
                .map(t -> (TypeUse.Named) t).filter(t -> !NONE.contains(t.name()));
    }

    /**
     * The schema of what {@code serializer} writes: a string, or any JSON.
     *
     * @param lookup the types of the sources and the class path
     * @param where names the use for the error
     * @throws OpctlException (invalid input) when the serializer describes itself
     */
    static JsonSchema schema(TypeUse.Named serializer, Function<String, Optional<TypeDeclaration>> lookup,
            String where) {
        String name = serializer.name();
        for (int depth = 0; depth < 16 && !name.startsWith("com.fasterxml.jackson."); depth++) {
            Optional<TypeDeclaration> type = lookup.apply(name);
            if (type.isEmpty() || type.get().superclass() == null) {
                break;
            }
            if (type.get().methods().stream().anyMatch(m -> m.name().equals(DESCRIBES_ITSELF))) {
                throw OpctlException.invalidInput(String.format("%s: its serializer %s describes its JSON in "
                        + "acceptJsonFormatVisitor, code opctl does not run; give the field @SchemaFrom(type = X.class) "
                        + "with a class of that shape, or @PreserveUnknownFields", where, type.get().simpleName()));
            }
            name = type.get().superclass().name();
        }
        return STRING_SERIALIZERS.contains(name) ? JsonSchema.ofType("string")
                : new JsonSchema().setPreserveUnknownFields(true);
    }
}
