package dev.opctl.crd.model;

import java.util.List;
import java.util.Set;

/**
 * A field of a type.
 *
 * @param name its name
 * @param type its generic type
 * @param modifiers its modifiers that matter (public, static, transient, ...)
 * @param annotations its annotations
 * @param doc its comments
 * @param constant its value when it is a constant of a class file (javac's ConstantValue: a
 *     {@code static final} primitive or String set by a constant expression), else null; the
 *     constants of the sources are evaluated where an annotation uses them
 */
public record FieldDeclaration(String name, TypeUse type, Set<Modifier> modifiers, List<AnnotationUse> annotations,
        Doc doc, Value constant) implements Annotated {
    public FieldDeclaration {
        modifiers = Set.copyOf(modifiers);
        annotations = List.copyOf(annotations);
    }

    /** A field that is not a constant. */
    public FieldDeclaration(String name, TypeUse type, Set<Modifier> modifiers, List<AnnotationUse> annotations,
            Doc doc) {
        this(name, type, modifiers, annotations, doc, null);
    }

    /** Whether it has this modifier. */
    public boolean is(Modifier modifier) {
        return modifiers.contains(modifier);
    }
}
