package dev.opctl.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opctl.crd.classfile.Classpath;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SchemaExpansion}: definitions inlined from the root, with the swaps and cycle checks of each path. */
class SchemaExpansionTest {
    private static final String SWAP = "@io.fabric8.crd.generator.annotation.SchemaSwap";
    private static final String NODE = """
            package p;

            public class Node {
                public String name;
                public Node next;
            }
            """;
    private static final String LEAF = """
            package p;

            public class Leaf {
                public int size;
            }
            """;

    private final Map<Path, String> sources = new LinkedHashMap<>();
    private ModelSchemas schemas;

    private void source(String name, String text) {
        sources.put(Path.of("p", name + ".java"), text);
    }

    /** The root {@code p.Root} with one property {@code node} of type Node, under {@code annotation}. */
    private void root(String annotation) {
        source("Root", """
                package p;

                %s
                public class Root {
                    public Node node;
                }
                """.formatted(annotation));
    }

    private SchemaExpansion.Root expand() {
        schemas = new ModelSchemas(SourceIndex.parse(sources), Classpath.of(List.of()), warning -> { });
        return new SchemaExpansion(schemas).root(schemas.types().source("p.Root").orElseThrow());
    }

    private static String swap(String target, int depth) {
        return SWAP + "(originalType = Node.class, fieldName = \"next\"" + (target == null ? ""
                : ", targetType = " + target + ".class") + ", depth = " + depth + ")";
    }

    /** The Node schema under {@code node}, followed {@code hops} times down {@code next}. */
    private static JsonSchema node(SchemaExpansion.Root root, int hops) {
        JsonSchema schema = root.schema().getProperties().get("node");
        for (int i = 0; i < hops; i++) {
            schema = schema.getProperties().get("next");
        }
        return schema;
    }

    private static final String NODE_ENDING_IN_LEAF = "{\"properties\":{\"name\":{\"type\":\"string\"},\"next\":"
            + "{\"properties\":{\"size\":{\"type\":\"integer\"}},\"type\":\"object\"}},\"type\":\"object\"}";

    @Test
    void aSwapAtDepthZeroReplacesTheFirstField() {
        source("Node", NODE);
        source("Leaf", LEAF);
        root(swap("Leaf", 0));
        assertEquals(NODE_ENDING_IN_LEAF, node(expand(), 0).toString());
    }

    @Test
    void aSwapAtDepthOneOrTwoLetsTheTypeRecurThatOftenFirst() {
        source("Node", NODE);
        source("Leaf", LEAF);
        root(swap("Leaf", 1));
        SchemaExpansion.Root once = expand();
        assertEquals(NODE_ENDING_IN_LEAF, node(once, 1).toString());
        assertEquals(List.of("name", "next"), List.copyOf(node(once, 0).getProperties().keySet()));

        root(swap("Leaf", 2));
        SchemaExpansion.Root twice = expand();
        assertEquals(NODE_ENDING_IN_LEAF, node(twice, 2).toString());
        assertEquals("object", node(twice, 1).getType());
    }

    @Test
    void aSwapWithoutTargetDropsTheFieldButNotItsRequired() {
        source("Node", NODE.replace("public Node next;", "@io.fabric8.generator.annotation.Required public Node next;"));
        root(swap(null, 1));
        SchemaExpansion.Root root = expand();
        assertEquals("{\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"next\"],\"type\":\"object\"}",
                node(root, 1).toString());
        assertEquals(List.of("next"), node(root, 0).getRequired());
    }

    @Test
    void aSwappedFieldsOwnTypeIsNeverResolved() {
        source("Node", NODE.replace("public Node next;", "public Unknown next;"));
        source("Leaf", LEAF);
        root(SWAP + "(originalType = Node.class, fieldName = \"next\", targetType = Leaf.class)");
        assertEquals(NODE_ENDING_IN_LEAF, node(expand(), 0).toString());
    }

    @Test
    void aTypeThatContainsItselfIsAnErrorUnlessSwapped() {
        source("Node", NODE);
        root("");
        OpctlException e = assertThrows(OpctlException.class, this::expand);
        assertEquals("p/Node.java:3: Node refers to itself (p.Node -> p.Node), through Node.next; a CRD schema cannot be recursive: "
                + "break the cycle, or end it with @SchemaSwap(depth = N) or a JsonNode field", e.getMessage());
    }

    @Test
    void aGenericClassWithinItselfIsRefusedAsFabric8RefusesItNamedAsSuch() {
        // Wrapper<Wrapper<String>> is finite, but fabric8 refuses it: the message does not call it recursive.
        source("Node", "package p;\n\npublic class Node {\n    public Wrapper<Wrapper<String>> wrapped;\n}\n");
        source("Wrapper", "package p;\n\npublic class Wrapper<T> {\n    public T inner;\n}\n");
        root("");
        OpctlException e = assertThrows(OpctlException.class, this::expand);
        assertEquals("p/Wrapper.java:3: Wrapper is used inside itself, as Wrapper<String> (p.Wrapper -> "
                + "p.Wrapper); fabric8 refuses a class within itself even with other type arguments, and so does "
                + "opctl: use a class of its own for one of them", e.getMessage());
    }

    @Test
    void aSwapThatMatchesNoFieldIsAnError() {
        source("Node", NODE);
        source("Leaf", LEAF);
        root(SWAP + "(originalType = Node.class, fieldName = \"nope\", targetType = Leaf.class)");
        OpctlException e = assertThrows(OpctlException.class, this::expand);
        // The walk meets the cycle before it can tell the swap went unused.
        assertEquals("p/Node.java:3: Node refers to itself (p.Node -> p.Node), through Node.next; a CRD schema cannot be recursive: "
                + "break the cycle, or end it with @SchemaSwap(depth = N) or a JsonNode field", e.getMessage());

        source("Node", NODE.replace("public Node next;", ""));
        e = assertThrows(OpctlException.class, this::expand);
        assertEquals("p/Root.java:3: @SchemaSwap(originalType = p.Node, fieldName = \"nope\") matches no field "
                + "under Root; fix the type or field name (originalType is the class a field is used through, not a "
                + "superclass that declares it)", e.getMessage());
    }

    @Test
    void aSwapOfATypeNothingDeclaresSaysSoNotThatItMatchesNoField() {
        source("Node", NODE.replace("public Node next;", ""));
        source("Leaf", LEAF);
        for (String swap : List.of("originalType = Nowhere.class, fieldName = \"name\", targetType = Leaf.class",
                "originalType = Node.class, fieldName = \"name\", targetType = Nowhere.class")) {
            root(SWAP + "(" + swap + ")");
            OpctlException e = assertThrows(OpctlException.class, this::expand);
            assertEquals("p/Root.java:3: @SchemaSwap(originalType = " + (swap.contains("= Nowhere") && swap
                    .startsWith("originalType = Nowhere") ? "Nowhere" : "Node") + ".class, fieldName = \"name\"): "
                    + "Nowhere names no type of the sources, the class path or the file's imports (javac refuses it "
                    + "too); import it, or fix the name", e.getMessage());
        }
    }

    @Test
    void pathsAreMarkedOnlyOutsideASwapsRecursion() {
        source("Node", NODE.replace("public String name;",
                "@io.fabric8.crd.generator.annotation.PrinterColumn public String name;"));
        source("Leaf", LEAF);
        root(swap("Leaf", 2));
        SchemaExpansion.Root root = expand();
        assertEquals(List.of(".node.name"), root.marked().stream().map(PropertySchemas.Marked::path).toList());
        assertSame(node(root, 0).getProperties().get("name"), root.marked().get(0).schema());
    }

    @Test
    void aDefinitionLeavesObjectTypesAsReferences() {
        source("Node", NODE);
        source("Leaf", LEAF);
        root(swap("Leaf", 2));
        expand();
        TypeDeclaration node = schemas.types().source("p.Node").orElseThrow();
        TypeDefinition definition = schemas.definition(node, TypeUse.Named.of("p.Node"));
        PropertySchemas.Member next = definition.members().get(1);
        assertEquals("next", next.property().name());
        JsonSchema reference = definition.resolved(next, "here").schema();
        assertEquals("p.Node", reference.getReference().type().name());
    }
}
