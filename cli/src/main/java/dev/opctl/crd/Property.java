package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeUse;
import java.util.List;
import java.util.Optional;

/**
 * One property: its JSON name, its implicit name (from the field or accessor), the members that
 * make it (the most derived first), its type with the type variables of its use bound, and what
 * makes Jackson refuse it (another property of its name: its error, said where its schema is built), or null.
 */
record Property(String name, String implicitName, List<Annotated> members, TypeUse type, String problem) {
    Property(String name, String implicitName, List<Annotated> members, TypeUse type) {
        this(name, implicitName, members, type, null);
    }

    /** The first of the members' annotations of this type. */
    Optional<AnnotationUse> find(String annotation) {
        return Annotated.first(members, annotation);
    }

    /** This property under another name, or made of other members. */
    Property with(String newName, List<Annotated> newMembers) {
        return new Property(newName, implicitName, newMembers, type, problem);
    }
}
