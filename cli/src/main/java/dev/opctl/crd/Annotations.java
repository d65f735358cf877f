package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
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

    /** Whether {@code found}, a Jackson annotation, is there and on: its {@code enabled} is true unless said. */
    static boolean enabled(Optional<AnnotationUse> found) {
        return found.filter(a -> a.bool("enabled").orElse(true)).isPresent();
    }

    /**
     * Whether the annotation type {@code type} of the sources is kept at run time ({@code @Retention(RUNTIME)}),
     * where Jackson and fabric8 see it: a type without, of the default retention (class files only), or
     * {@code SOURCE}, is not.
     */
    boolean keptAtRunTime(TypeDecl type) {
        for (Annotation annotation : type.annotations()) {
            if (index.resolve(annotation.name(), type, annotation.line()).equals("java.lang.annotation.Retention")) {
                // RetentionPolicy.RUNTIME, or RUNTIME imported statically: an enum constant's name ends the text.
                return annotation.attributes().stream().anyMatch(a -> a.name().equals("value")
                        && a.value().text().strip().matches("(?:[\\w.]+\\.)?RUNTIME"));
            }
        }
        return false;
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
