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
 */
public record FieldDeclaration(String name, TypeUse type, Set<Modifier> modifiers, List<AnnotationUse> annotations,
        Doc doc) implements Annotated {
    public FieldDeclaration {
        modifiers = Set.copyOf(modifiers);
        annotations = List.copyOf(annotations);
    }

    /** Whether it has this modifier. */
    public boolean is(Modifier modifier) {
        return modifiers.contains(modifier);
    }
}
