package dev.opctl.crd;

import static dev.opctl.crd.Declarations.CRD;
import static dev.opctl.crd.Declarations.annotation;
import static dev.opctl.crd.Declarations.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.crd.model.Value;
import dev.opctl.engine.OpctlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SchemaSwaps}: what a swap does to a field, each time a path meets it. */
class SchemaSwapsTest {
    private static AnnotationUse swap(String target, int depth) {
        return target == null
                ? annotation(CRD + "SchemaSwap", "originalType", new Value.ClassLiteral(TypeUse.Named.of("p.Node")),
                        "fieldName", "next", "depth", depth)
                : annotation(CRD + "SchemaSwap", "originalType", new Value.ClassLiteral(TypeUse.Named.of("p.Node")),
                        "fieldName", "next", "targetType", new Value.ClassLiteral(TypeUse.Named.of(target)),
                        "depth", depth);
    }

    @Test
    void aFieldIsSwappedAtItsDepth() {
        SchemaSwaps swaps = SchemaSwaps.NONE.enter(List.of(type("p.Root", Doc.at("Root.java:3"),
                swap("p.Leaf", 1))), "here");
        assertEquals(SchemaSwaps.Effect.NONE, swaps.at("p.Node", "other").effect());
        SchemaSwaps.Decision first = swaps.at("p.Node", "next");
        assertEquals(SchemaSwaps.Effect.ONGOING, first.effect());
        SchemaSwaps.Decision second = first.under().at("p.Node", "next");
        assertEquals(SchemaSwaps.Effect.SWAP, second.effect());
        assertEquals(TypeUse.Named.of("p.Leaf"), second.target());
        swaps.requireUsed("Root");
    }

    @Test
    void withoutATargetTheFieldIsDropped() {
        SchemaSwaps swaps = SchemaSwaps.NONE.enter(List.of(type("p.Root", Doc.NONE, swap(null, 0))), "here");
        assertEquals(SchemaSwaps.Effect.DROP, swaps.at("p.Node", "next").effect());
    }

    @Test
    void anUnmetOrRepeatedSwapIsAnError() {
        SchemaSwaps swaps = SchemaSwaps.NONE.enter(List.of(type("p.Root", Doc.at("Root.java:3"), swap(null, 0))),
                "here");
        OpctlException unused = assertThrows(OpctlException.class, () -> swaps.requireUsed("Root"));
        assertEquals("Root.java:3: @SchemaSwap(originalType = p.Node, fieldName = \"next\") matches no field under "
                + "Root; fix the type or field name (originalType is the class a field is used through, not a superclass "
                + "that declares it)", unused.getMessage());
        OpctlException twice = assertThrows(OpctlException.class, () -> swaps.enter(List.of(type("p.Inner",
                Doc.at("Inner.java:2"), swap(null, 1))), "here"));
        assertEquals("Inner.java:2: @SchemaSwap for p.Node.next is given twice on one path; keep one",
                twice.getMessage());
    }
}
