package dev.opctl.crd;

import dev.opctl.crd.model.TypeDeclaration;
import java.util.List;
import java.util.Optional;

/**
 * Jackson's tree nodes, as fabric8 maps them: any JSON ({@code x-kubernetes-preserve-unknown-fields}),
 * and an {@code ObjectNode} itself a JSON object of any fields. A class that extends a node type,
 * directly or through its superclasses, is any JSON too, whatever it declares.
 */
final class JsonNodes {
    private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
    private static final String NODES = "com.fasterxml.jackson.databind.node.";
    private static final String OBJECT_NODE = NODES + "ObjectNode";

    private JsonNodes() {
    }

    /** A fresh schema of the type {@code qualifiedName} when it is one of Jackson's nodes. */
    static Optional<JsonSchema> schema(String qualifiedName) {
        if (qualifiedName.equals(OBJECT_NODE)) {
            return Optional.of(JsonSchema.ofType("object").setPreserveUnknownFields(true));
        }
        return isNode(qualifiedName) ? Optional.of(anyJson()) : Optional.empty();
    }

    /** A fresh schema of a class whose superclasses ({@code hierarchy}, the class first) include a node. */
    static Optional<JsonSchema> extending(List<TypeDeclaration> hierarchy) {
        for (TypeDeclaration type : hierarchy) {
            if (type.kind() == TypeDeclaration.Kind.CLASS && type.superclass() != null
                    && isNode(type.superclass().name())) {
                return Optional.of(anyJson());
            }
        }
        return Optional.empty();
    }

    private static JsonSchema anyJson() {
        return new JsonSchema().setPreserveUnknownFields(true);
    }

    private static boolean isNode(String qualifiedName) {
        return qualifiedName.equals(JSON_NODE) || qualifiedName.startsWith(NODES) && qualifiedName.endsWith("Node")
                && LibraryNames.contains(qualifiedName);
    }
}
