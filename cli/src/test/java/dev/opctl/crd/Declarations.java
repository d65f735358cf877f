package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Declarations of the model built in memory, for the tests of schema rules. */
final class Declarations {
    static final String G = Annotations.FABRIC8_GENERATOR;
    static final String J = Annotations.JACKSON;
    static final String CRD = Annotations.FABRIC8_CRD;

    private Declarations() {
    }

    /** An annotation; {@code values} alternate attribute names and values (String, Number, Boolean or Value). */
    static AnnotationUse annotation(String type, Object... values) {
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], value(values[i + 1]));
        }
        return new AnnotationUse(type, map);
    }

    private static Value value(Object value) {
        if (value instanceof Value v) {
            return v;
        }
        if (value instanceof String s) {
            return new Value.Text(s);
        }
        if (value instanceof Boolean b) {
            return new Value.Bool(b);
        }
        return new Value.Number((Number) value);
    }

    /** A public String field with these comments and annotations. */
    static FieldDeclaration field(String name, Doc doc, AnnotationUse... annotations) {
        return new FieldDeclaration(name, TypeUse.Named.of("java.lang.String"), Set.of(Modifier.PUBLIC),
                List.of(annotations), doc);
    }

    /** A public String field with these annotations, written at {@code Spec.java:3}. */
    static FieldDeclaration field(String name, AnnotationUse... annotations) {
        return field(name, Doc.at("Spec.java:3"), annotations);
    }

    /** A class of the sources with these annotations and comments. */
    static TypeDeclaration type(String name, Doc doc, AnnotationUse... annotations) {
        return new TypeDeclaration(name, TypeDeclaration.Kind.CLASS, Set.of(Modifier.PUBLIC), List.of(), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(annotations), doc);
    }

    /** An enum with these constants and annotations. */
    static TypeDeclaration enumType(String name, Doc doc, List<EnumConstant> constants,
            List<dev.opctl.crd.model.MethodDeclaration> methods, AnnotationUse... annotations) {
        return new TypeDeclaration(name, TypeDeclaration.Kind.ENUM, Set.of(Modifier.PUBLIC), List.of(),
                new TypeUse.Named("java.lang.Enum", List.of(TypeUse.Named.of(name))), List.of(), List.of(), methods,
                List.of(), constants, List.of(annotations), doc);
    }

    /** A target of this kind made of {@code members}, at {@code Spec.java:3: field 'name'}. */
    static SchemaTarget target(String name, String kind, Annotated... members) {
        return new SchemaTarget(name, kind, List.of(members), "Spec.java:3: field '" + name + "'");
    }

    /** {@code rule} applied to an empty schema of {@code type}. */
    static JsonSchema apply(SchemaRule rule, SchemaTarget target, String type) {
        JsonSchema schema = new JsonSchema();
        if (type != null) {
            schema.setType(type);
        }
        rule.apply(target, schema);
        return schema;
    }
}
