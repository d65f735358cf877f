package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a schema rule sees of a property or a type: its name, the kind of schema its type has, the
 * declarations whose annotations and comments count (a property's field and accessors, the most
 * derived first; a type and its superclasses), and where it is, for error messages.
 *
 * @param name the property's JSON name, or the type's simple name
 * @param kind the kind of JSON schema Jackson gives its type: string, integer, number, boolean,
 *     array, object, any (a schema of unknown shape) or null ({@code Void})
 * @param members the declarations that make it
 * @param where where it is, e.g. {@code Spec.java:4: field 'replicas'}
 */
record SchemaTarget(String name, String kind, List<Annotated> members, String where) {
    SchemaTarget {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(kind, "kind == null");
        members = List.copyOf(members);
    }

    /** The first of the members' annotations of this type. */
    Optional<AnnotationUse> find(String annotation) {
        for (Annotated member : members) {
            Optional<AnnotationUse> found = member.find(annotation);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every annotation of a repeatable type on the members, also inside its container, in order. */
    List<AnnotationUse> findAll(String annotation, String container) {
        List<AnnotationUse> found = new ArrayList<>();
        members.forEach(m -> found.addAll(m.findAll(annotation, container)));
        return found;
    }

    /** The members' marker comments, in order. */
    List<Doc.Marker> markers() {
        List<Doc.Marker> found = new ArrayList<>();
        members.forEach(m -> found.addAll(m.doc().markers()));
        return found;
    }

    /** The first Javadoc description of the members, if any. */
    Optional<String> javadoc() {
        return members.stream().map(m -> m.doc().javadoc()).filter(Objects::nonNull).findFirst();
    }
}
