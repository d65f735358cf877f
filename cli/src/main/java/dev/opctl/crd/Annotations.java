package dev.opctl.crd;

import dev.opctl.crd.syntax.Annotation;
import dev.opctl.crd.syntax.TypeDecl;
import java.util.List;
import java.util.Optional;

/** Finds annotations written in the sources by their type's qualified name, as javac resolves it. */
final class Annotations {
    static final String FABRIC8_MODEL = "io.fabric8.kubernetes.model.annotation.";
    static final String FABRIC8_GENERATOR = "io.fabric8.generator.annotation.";
    static final String FABRIC8_CRD = "io.fabric8.crd.generator.annotation.";
    static final String JACKSON = "com.fasterxml.jackson.annotation.";

    private final SourceIndex index;

    Annotations(SourceIndex index) {
        this.index = index;
    }

    /** The annotation of type {@code qualifiedName} among {@code annotations}, written in {@code context}. */
    Optional<Annotation> find(List<Annotation> annotations, String qualifiedName, TypeDecl context) {
        // So that it resolves through on-demand imports.
        assert LibraryNames.contains(qualifiedName) : qualifiedName + " is missing from LibraryNames";
        for (Annotation annotation : annotations) {
            // A name resolves to one that ends in the same identifier: only those are worth resolving.
            String identifier = annotation.identifier();
            if (qualifiedName.endsWith(identifier) && (qualifiedName.length() == identifier.length()
                    || qualifiedName.charAt(qualifiedName.length() - identifier.length() - 1) == '.')
                    && index.resolve(annotation.name(), context, annotation.line()).equals(qualifiedName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }
}
