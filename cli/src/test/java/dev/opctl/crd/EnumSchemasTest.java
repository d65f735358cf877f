package dev.opctl.crd;

import static dev.opctl.crd.Declarations.J;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.enumType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link EnumSchemas}: an enum's values as Jackson writes them. */
class EnumSchemasTest {
    private static final MethodDeclaration JSON_VALUE = new MethodDeclaration("text",
            TypeUse.Named.of("java.lang.String"), List.of(), Set.of(Modifier.PUBLIC), List.of(annotation(J
            + "JsonValue")), Doc.at("Level.java:6"));

    @Test
    void namesSortedRenamedAndIgnored() {
        var type = enumType("p.Level", new Doc("How loud.", List.of()), List.of(
                new EnumConstant("LOW", List.of(), Doc.NONE),
                new EnumConstant("HIGH", List.of(annotation(J + "JsonProperty", "value", "high")), Doc.NONE),
                new EnumConstant("OFF", List.of(annotation(J + "JsonIgnore")), Doc.NONE)), List.of());
        assertEquals("{\"description\":\"How loud.\",\"enum\":[\"LOW\",\"high\"],\"type\":\"string\"}",
                EnumSchemas.of(type, "here").toString());
    }

    @Test
    void anEnumWithNoValuesIsAString() {
        // Was "enum": [] (trial /tmp/trial33 #5); fabric8 writes a string, and an empty enum restricts nothing.
        var none = enumType("p.Level", Doc.NONE, List.of(), List.of());
        assertEquals("{\"type\":\"string\"}", EnumSchemas.of(none, "here").toString());
        var ignored = enumType("p.Level", Doc.NONE, List.of(new EnumConstant("OFF", List.of(annotation(J
                + "JsonIgnore")), Doc.NONE)), List.of());
        assertEquals("{\"type\":\"string\"}", EnumSchemas.of(ignored, "here").toString());
    }

    @Test
    void jsonValuesAndNumbers() {
        var values = enumType("p.Level", Doc.NONE, List.of(new EnumConstant("LOW", List.of(), Doc.NONE, "low"),
                new EnumConstant("HIGH", List.of(), Doc.NONE, "high")), List.of(JSON_VALUE));
        assertEquals("{\"enum\":[\"high\",\"low\"],\"type\":\"string\"}", EnumSchemas.of(values, "here").toString());
        var numbers = enumType("p.Level", Doc.NONE, List.of(new EnumConstant("LOW", List.of(), Doc.NONE)), List.of(),
                annotation(J + "JsonFormat", "shape", new Value.EnumConstant(J + "JsonFormat.Shape", "NUMBER")));
        assertEquals("{\"type\":\"integer\"}", EnumSchemas.of(numbers, "here").toString());
    }

    @Test
    void aJsonValueOpctlCannotReadIsAnError() {
        var source = enumType("p.Level", Doc.at("Level.java:3"), List.of(new EnumConstant("LOW", List.of(),
                Doc.at("Level.java:4"))), List.of(JSON_VALUE));
        OpctlException e = assertThrows(OpctlException.class, () -> EnumSchemas.of(source, "here"));
        assertTrue(e.getMessage().startsWith("Level.java:6: enum Level: opctl reads a @JsonValue only from a field"),
                e.getMessage());
        // What works with the @JsonValue kept: any string, through @SchemaFrom.
        assertTrue(e.getMessage().endsWith("; otherwise give the fields of this type @SchemaFrom(type = String.class), "
                + "or drop the @JsonValue and name each constant with @JsonProperty"), e.getMessage());
        var compiled = enumType("p.Level", Doc.NONE, List.of(new EnumConstant("LOW", List.of(), Doc.NONE)),
                List.of(JSON_VALUE));
        OpctlException c = assertThrows(OpctlException.class, () -> EnumSchemas.of(compiled, "Spec.java:4: field 'l'"));
        assertTrue(c.getMessage().startsWith("Spec.java:4: field 'l': enum p.Level (from the class path)"),
                c.getMessage());
    }

    @Test
    void aConstantWithoutAJsonValueIsNamed() {
        List<EnumConstant> constants = List.of(new EnumConstant("LOW", List.of(), Doc.at("Level.java:4"), "low"),
                new EnumConstant("HIGH", List.of(), Doc.at("Level.java:5")));
        var source = enumType("p.Level", Doc.at("Level.java:3"), constants, List.of(JSON_VALUE));
        OpctlException e = assertThrows(OpctlException.class, () -> EnumSchemas.of(source, "here"));
        assertTrue(e.getMessage().startsWith("Level.java:5: enum Level: no value for its constant HIGH; opctl reads"),
                e.getMessage());
        var compiled = enumType("p.Level", Doc.NONE, constants, List.of(JSON_VALUE));
        OpctlException c = assertThrows(OpctlException.class, () -> EnumSchemas.of(compiled, "Spec.java:4: field 'l'"));
        assertTrue(c.getMessage().startsWith("Spec.java:4: field 'l': enum p.Level (from the class path) writes its "
                + "values with a @JsonValue that opctl cannot read (no value for its constant HIGH); "),
                c.getMessage());
    }
}
