package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A class or property that Jackson writes with a serializer of its own ({@code @JsonSerialize(using =
 * S.class)}, Tekton's string-or-array {@code ParamValue}): its JSON is what {@code S} writes, which
 * opctl cannot know, so its schema is any JSON, as fabric8 gives for a serializer that does not
 * describe itself. A serializer Jackson writes as a string ({@code ToStringSerializer}, any
 * {@code StdScalarSerializer}) gives a string. One that describes itself ({@code
 * acceptJsonFormatVisitor}) is an error: opctl runs none of the project's code. A converter
 * ({@code @JsonSerialize(converter = C.class)}, a {@code StdConverter<IN, OUT>}) makes Jackson write
 * the {@code OUT} it returns instead.
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
            "com.fasterxml.jackson.databind.JsonSerializer$None", "com.fasterxml.jackson.databind.util.Converter.None",
            "com.fasterxml.jackson.databind.util.Converter$None");
    /** Jackson's converter types, whose second type argument is what a converter returns. */
    private static final Set<String> CONVERTERS = Set.of("com.fasterxml.jackson.databind.util.StdConverter",
            "com.fasterxml.jackson.databind.util.Converter");

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

    /** The converter a property's members name ({@code converter}), if any. */
    static Optional<TypeUse.Named> converterOf(Property property) {
        return serializer(property.find(SERIALIZE), "converter");
    }

    /** The converter a property's members name for its elements or values ({@code contentConverter}), if any. */
    static Optional<TypeUse.Named> contentConverterOf(Property property) {
        return serializer(property.find(SERIALIZE), "contentConverter");
    }

    /** The serializer a class or one of its superclasses ({@code hierarchy}, the class first) names, if any. */
    static Optional<TypeUse.Named> of(List<TypeDeclaration> hierarchy) {
        return of(hierarchy, "using");
    }

    /**
     * What the converter a class or one of its superclasses ({@code hierarchy}, the class first) names
     * returns, if it names one that returns another type than the class.
     */
    static Optional<TypeUse> converted(List<TypeDeclaration> hierarchy,
            Function<String, Optional<TypeDeclaration>> lookup, String where) {
        return of(hierarchy, "converter").map(converter -> converted(converter, lookup, where))
                .filter(out -> !(out instanceof TypeUse.Named named && named.name().equals(hierarchy.get(0).name())));
    }

    private static Optional<TypeUse.Named> of(List<TypeDeclaration> hierarchy, String attribute) {
        for (TypeDeclaration type : hierarchy) {
            Optional<TypeUse.Named> found = serializer(type.find(SERIALIZE), attribute);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * What {@code converter} returns: the {@code OUT} of the {@code StdConverter<IN, OUT>} or {@code
     * Converter<IN, OUT>} it extends or implements, through generic supertypes of the sources or the class path.
     *
     * @throws OpctlException (invalid input) when no type is given for it
     */
    static TypeUse converted(TypeUse.Named converter, Function<String, Optional<TypeDeclaration>> lookup,
            String where) {
        TypeUse found = converted(converter, lookup, 0);
        if (!(found instanceof TypeUse.Named || found instanceof TypeUse.ArrayOf)) {
            throw OpctlException.invalidInput(String.format("%s: its converter %s returns a type opctl cannot read "
                    + "from it (a StdConverter<IN, OUT> with OUT a class); give the property "
                    + "@SchemaFrom(type = X.class) with a class of that shape", where,
                    converter.name().substring(converter.name().lastIndexOf('.') + 1)));
        }
        return found;
    }

    private static TypeUse converted(TypeUse.Named type, Function<String, Optional<TypeDeclaration>> lookup,
            int depth) {
        if (CONVERTERS.contains(type.name())) {
            return type.arguments().size() == 2 ? type.arguments().get(1) : null;
        }
        Optional<TypeDeclaration> declaration = depth < 16 ? lookup.apply(type.name()) : Optional.empty();
        if (declaration.isEmpty()) {
            return null;
        }
        Map<String, TypeUse> bindings = declaration.get().bindings(type.arguments());
        for (TypeUse.Named supertype : declaration.get().supertypes()) {
            TypeUse found = converted((TypeUse.Named) supertype.substitute(bindings), lookup, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
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
