package dev.opctl.crd.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void substitutesTypeVariablesEverywhere() {
        TypeUse t = new TypeUse.Named("java.util.Map", List.of(TypeUse.Named.of("java.lang.String"),
                new TypeUse.Wildcard(new TypeUse.ArrayOf(new TypeUse.Variable("T")), true)));
        assertEquals("java.util.Map<java.lang.String, ? extends a.Foo[]>",
                t.substitute(Map.of("T", TypeUse.Named.of("a.Foo"))).toString());
        assertEquals("U", new TypeUse.Variable("U").substitute(Map.of("T", TypeUse.Named.of("a.Foo"))).toString());
    }

    @Test
    void aRawUseBindsTypeParametersToTheirFirstBounds() {
        // class C<N extends Number, U extends N, L extends List<String>, T>
        TypeUse list = new TypeUse.Named("java.util.List", List.of(TypeUse.Named.of("java.lang.String")));
        TypeDeclaration c = new TypeDeclaration("a.C", TypeDeclaration.Kind.CLASS, Set.of(), List.of(
                new TypeParameter("N", TypeUse.Named.of("java.lang.Number")),
                new TypeParameter("U", new TypeUse.Variable("N")), new TypeParameter("L", list),
                new TypeParameter("T", TypeUse.Named.of("java.lang.Object"))), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Doc.NONE);
        assertEquals(Map.of("N", TypeUse.Named.of("java.lang.Number"), "U", TypeUse.Named.of("java.lang.Number"),
                "L", list), c.bindings(List.of()));
        // <N extends Number, M extends List<N>, C extends Comparable<C>>: N in M's bound is bound, C in its own not
        TypeUse comparable = new TypeUse.Named("java.lang.Comparable", List.of(new TypeUse.Variable("C")));
        assertEquals(Map.of("N", TypeUse.Named.of("java.lang.Number"), "M", new TypeUse.Named("java.util.List",
                List.of(TypeUse.Named.of("java.lang.Number"))), "C", comparable), TypeParameter.bounds(List.of(
                new TypeParameter("N", TypeUse.Named.of("java.lang.Number")), new TypeParameter("M",
                new TypeUse.Named("java.util.List", List.of(new TypeUse.Variable("N")))),
                new TypeParameter("C", comparable))));
        // C<Integer, ?, ...>: the arguments, wildcards too (Jackson takes a wildcard's own bound)
        List<TypeUse> arguments = List.of(TypeUse.Named.of("java.lang.Integer"), new TypeUse.Wildcard(null, true),
                list, TypeUse.Named.of("a.D"));
        assertEquals(Map.of("N", arguments.get(0), "U", arguments.get(1), "L", list, "T", arguments.get(3)),
                c.bindings(arguments));
    }

    @Test
    void readsAttributesByTheirType() {
        AnnotationUse rule = new AnnotationUse("g.ValidationRule", Map.of("value", new Value.Text("self > 0")));
        AnnotationUse a = new AnnotationUse("x.A", Map.of(
                "s", new Value.Array(List.of(new Value.Text("one"))),
                "n", new Value.Number(3L),
                "b", new Value.Bool(false),
                "e", new Value.EnumConstant("x.Format", "DATE"),
                "c", new Value.ClassLiteral(TypeUse.Named.of("java.lang.String")),
                "value", new Value.Nested(rule)));
        assertEquals(Optional.of("one"), a.string("s"));
        assertEquals(List.of("one"), a.strings("s"));
        assertEquals(Optional.of(3.0), a.number("n"));
        assertEquals(Optional.of(false), a.bool("b"));
        assertEquals(Optional.of("DATE"), a.enumConstant("e"));
        assertEquals(Optional.of(TypeUse.Named.of("java.lang.String")), a.classLiteral("c"));
        assertEquals(Optional.empty(), a.string("n"));
        assertEquals(Optional.empty(), a.string("missing"));

        EnumConstant holder = new EnumConstant("X", List.of(rule, new AnnotationUse("g.ValidationRules",
                Map.of("value", new Value.Array(List.of(new Value.Nested(rule), new Value.Nested(rule)))))), Doc.NONE);
        assertEquals(3, holder.findAll("g.ValidationRule", "g.ValidationRules").size());
        assertEquals(Optional.of(rule), holder.find("g.ValidationRule"));
    }
}
