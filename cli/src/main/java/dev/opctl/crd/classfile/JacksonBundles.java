package dev.opctl.crd.classfile;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.CreatorDeclaration;
import dev.opctl.crd.model.EnumConstant;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.RecordComponent;
import dev.opctl.crd.model.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * Jackson's annotation bundles on a compiled class: an annotation type marked
 * {@code @JacksonAnnotationsInside} carries its annotations to every declaration it is written on,
 * as Jackson (and so fabric8's generator) sees them; one written there directly wins, and a bundle
 * may hold bundles. The source reader does the same for the bundles of the sources.
 */
public final class JacksonBundles {
    private static final String BUNDLE = "com.fasterxml.jackson.annotation.JacksonAnnotationsInside";
    private static final List<String> KNOWN = List.of("java.", "javax.", "jdk.", "jakarta.", "kotlin.", "lombok.",
            "com.fasterxml.jackson.", "io.fabric8.", "io.sundr.", "io.javaoperatorsdk.", "org.jetbrains.annotations.",
            "org.checkerframework.", "edu.umd.cs.findbugs.", "com.google.errorprone.", "org.jspecify.",
            "io.swagger.", "org.eclipse.microprofile.", "io.quarkus.");

    private JacksonBundles() {
    }

    /** {@code type} with the annotations of the bundles on it, its members, enum constants and creators added. */
    static TypeDeclaration expand(TypeDeclaration type, Classpath classpath) {
        return new TypeDeclaration(type.name(), type.kind(), type.modifiers(), type.typeParameters(),
                type.superclass(), type.interfaces(),
                type.fields().stream().map(f -> new FieldDeclaration(f.name(), f.type(), f.modifiers(),
                        expand(f.annotations(), classpath), f.doc(), f.constant())).toList(),
                type.methods().stream().map(m -> new MethodDeclaration(m.name(), m.returnType(), m.parameters(),
                        m.modifiers(), expand(m.annotations(), classpath), m.doc())).toList(),
                type.components().stream().map(c -> new RecordComponent(c.name(), c.type(),
                        expand(c.annotations(), classpath), c.doc())).toList(),
                type.enumConstants().stream().map(e -> new EnumConstant(e.name(), expand(e.annotations(), classpath),
                        e.doc(), e.jsonValue())).toList(),
                expand(type.annotations(), classpath), type.doc(),
                type.creators().stream().map(c -> new CreatorDeclaration(c.name(), c.parameters().stream()
                        .map(p -> new CreatorDeclaration.Parameter(p.type(), expand(p.annotations(), classpath), p.doc()))
                        .toList(), expand(c.annotations(), classpath), c.doc())).toList());
    }

    /**
     * {@code written}, then the annotations of the bundles among them not written (each type once).
     * Only an annotation of no library opctl knows can be a bundle: those of the JDK, Jackson and
     * fabric8 are not looked up.
     */
    private static List<AnnotationUse> expand(List<AnnotationUse> written, Classpath classpath) {
        return expand(written, classpath::type);
    }

    /**
     * {@code written}, then the annotations of the bundles among them not written, the annotation types
     * found by {@code types} (null-safe: empty for none).
     */
    public static List<AnnotationUse> expand(List<AnnotationUse> written,
            Function<String, Optional<TypeDeclaration>> types) {
        if (allKnown(written)) { // most often: a loop, not a stream, as every declaration's annotations come here
            return written;
        }
        List<AnnotationUse> uses = new ArrayList<>(written);
        for (int i = 0; i < uses.size(); i++) {
            String type = uses.get(i).type();
            if (known(type)) {
                continue;
            }
            types.apply(type).filter(t -> t.kind() == TypeDeclaration.Kind.ANNOTATION && t.find(BUNDLE)
                    .isPresent()).ifPresent(bundle -> bundle.annotations().stream()
                            .filter(a -> !a.type().startsWith("java.lang.annotation.")
                                    && uses.stream().noneMatch(u -> u.type().equals(a.type())))
                            .forEach(uses::add));
        }
        return uses;
    }

    private static boolean allKnown(List<AnnotationUse> annotations) {
        for (AnnotationUse annotation : annotations) {
            if (!known(annotation.type())) {
                return false;
            }
        }
        return true;
    }

    private static boolean known(String annotation) {
        // Nor those of Lombok and the common annotation libraries, which hold no Jackson bundle; nor a name left
        // simple (unresolved).
        if (annotation.indexOf('.') < 0) {
            return true;
        }
        for (String prefix : KNOWN) {
            if (annotation.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
