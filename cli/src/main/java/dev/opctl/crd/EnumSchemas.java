package dev.opctl.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The schema of an enum, as Jackson writes it: its constants' names (or {@code @JsonProperty}
 * names) as a sorted string enum, or the values of a {@code @JsonValue} member, {@code @JsonIgnore}d
 * constants left out, as fabric8 leaves them out; an integer under {@code @JsonFormat(shape = NUMBER)}. (Under
 * {@code shape = OBJECT} an enum is an object of its getters, which {@link ModelSchemas} builds.)
 */
final class EnumSchemas {
    private static final String J = Annotations.JACKSON;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The @JsonValue members whose values opctl reads. */
    private static final String READ = "a field (or a getter returning one) that the constructor sets from a "
            + "parameter, with a constant String, number or boolean for each enum constant, or from a method that "
            + "returns name() (maybe lower- or upper-cased, with replace('_', '-') and the like) or switches on this to return a constant for each (a "
            + "default's for those without a case)";

    private EnumSchemas() {
    }

    /** The schema of {@code type}, an enum whose interfaces are not looked at; {@code where} says where it is used. */
    static JsonSchema of(TypeDeclaration type, String where) {
        return of(type, where, name -> Optional.empty());
    }

    /**
     * The schema of {@code type}, an enum; {@code where} says where it is used, and {@code types} finds
     * the interfaces it implements, whose {@code @JsonValue} method Jackson applies to its implementation.
     */
    static JsonSchema of(TypeDeclaration type, String where, Function<String, Optional<TypeDeclaration>> types) {
        JsonSchema schema = new JsonSchema();
        Optional<AnnotationUse> format = type.find(JacksonShapes.JSON_FORMAT);
        if (format.isPresent() && format.get().enumConstant("shape").orElse("").startsWith("NUMBER")) {
            schema.setType("integer");
        } else {
            TreeSet<String> values = new TreeSet<>();
            // A @JsonValue of the enum's own, or of an interface it implements: then its constants have values.
            boolean valued = type.enumConstants().stream().anyMatch(c -> c.jsonValue() != null);
            // An interface's: opctl may not read the values of its implementation, but must not write names then.
            if (JsonValues.member(type).isPresent() || valued || JsonValues.inheritedByEnum(type, types)) {
                requireJsonValues(type, where);
                for (EnumConstant constant : type.enumConstants()) {
                    if (constant.find(J + "JsonIgnore").isEmpty()) {
                        values.add(constant.jsonValue());
                    }
                }
            } else {
                for (EnumConstant constant : type.enumConstants()) {
                    Optional<AnnotationUse> property = constant.find(J + "JsonProperty");
                    if (constant.find(J + "JsonIgnore").isEmpty()) {
                        values.add(property.isPresent() ? property.get().string("value").orElse(constant.name())
                                : constant.name());
                    }
                }
            }
            List<JsonNode> list = new ArrayList<>(values.size());
            for (String value : values) {
                list.add(JSON.textNode(value));
            }
            // No values (no constants, or all ignored): a string, as fabric8 writes it; an empty enum restricts nothing.
            schema.setEnum(list.isEmpty() ? null : list).setType("string");
        }
        ModelRules.apply(List.of(new DescriptionRule()), new SchemaTarget(type.simpleName(), "string",
                List.of(type), where), schema);
        return schema;
    }

    /** Whether Jackson writes the enum as an object of its getters: {@code @JsonFormat(shape = OBJECT)} on it. */
    static boolean shapedAsObject(TypeDeclaration type) {
        return type.find(JacksonShapes.JSON_FORMAT).flatMap(a -> a.enumConstant("shape")).filter("OBJECT"::equals)
                .isPresent();
    }

    /** Every constant has a value from its {@code @JsonValue} member; else an error naming why. */
    private static void requireJsonValues(TypeDeclaration type, String where) {
        EnumConstant missing = null;
        boolean none = true;
        for (EnumConstant constant : type.enumConstants()) {
            if (constant.jsonValue() == null) {
                missing = missing == null ? constant : missing;
            } else {
                none = false;
            }
        }
        if (missing == null) {
            return;
        }
        String which = none ? "" : "no value for its constant " + missing.name();
        if (type.doc().where() == null) {
            throw OpctlException.invalidInput(where + ": enum " + type.name() + " (from the class path) writes its "
                    + "values with a @JsonValue that opctl cannot read" + (none ? "" : " (" + which + ")")
                    + "; opctl reads " + READ + "; give the field @SchemaFrom(type = String.class) or a String type");
        }
        // No value at all: the member is not one opctl reads; else the first constant without one.
        Optional<Annotated> member = JsonValues.member(type); // absent when an interface declares it
        String at = none && member.isPresent() && !(member.get() instanceof dev.opctl.crd.model.FieldDeclaration)
                ? member.get().doc().where() : missing.doc().where();
        throw OpctlException.invalidInput(at + ": enum " + type.simpleName() + ": " + (none ? "" : which + "; ")
                + "opctl reads a @JsonValue only from " + READ + "; otherwise give the fields of this type "
                + "@SchemaFrom(type = String.class), or drop the @JsonValue and name each constant with @JsonProperty");
    }
}
