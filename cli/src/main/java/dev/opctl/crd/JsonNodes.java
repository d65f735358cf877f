package dev.opctl.crd;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Optional;

/**
 * Jackson's tree nodes, as fabric8 maps them: any JSON ({@code x-kubernetes-preserve-unknown-fields}),
 * and an {@code ObjectNode} itself a JSON object of any fields. A class of the sources that extends
 * a node type, directly or through classes of the sources, is any JSON too, whatever it declares.
 */
final class JsonNodes {
    private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
    private static final String NODES = "com.fasterxml.jackson.databind.node.";
    private static final String OBJECT_NODE = NODES + "ObjectNode";
    private static final String PRESERVE_UNKNOWN = "{\"x-kubernetes-preserve-unknown-fields\":true}";

    private JsonNodes() {
    }

    /**
     * The schema (as JSON) of the type {@code qualifiedName}, declared in the sources as {@code declared}
     * or not in the sources (empty), when it is a Jackson node or extends one.
     */
    static Optional<String> schema(String qualifiedName, Optional<TypeDeclaration<?>> declared, SourceIndex index) {
        if (qualifiedName.equals(OBJECT_NODE)) {
            return Optional.of("{\"type\":\"object\",\"x-kubernetes-preserve-unknown-fields\":true}");
        }
        if (isNode(qualifiedName) || declared.isPresent() && extendsNode(declared.get(), index)) {
            return Optional.of(PRESERVE_UNKNOWN);
        }
        return Optional.empty();
    }

    private static boolean isNode(String qualifiedName) {
        return qualifiedName.equals(JSON_NODE) || qualifiedName.startsWith(NODES) && qualifiedName.endsWith("Node")
                && LibraryNames.contains(qualifiedName);
    }

    private static boolean extendsNode(TypeDeclaration<?> type, SourceIndex index) {
        TypeDeclaration<?> current = type;
        for (int depth = 0; depth < 32 && current instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()
                && cls.getExtendedTypes().isNonEmpty(); depth++) {
            String superName = index.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls);
            if (isNode(superName)) {
                return true;
            }
            current = index.type(superName).orElse(null);
        }
        return false;
    }
}
