package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.Doc;
import dev.opctl.crd.model.MethodDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
        return Annotated.first(members, annotation);
    }

    /** {@link #find} as a function, made once. */
    Function<String, Optional<AnnotationUse>> finder() {
        return this::find;
    }

    /** The members' marker comments, in order. */
    List<Doc.Marker> markers() {
        List<Doc.Marker> found = new ArrayList<>();
        for (Annotated member : members) {
            found.addAll(member.doc().markers());
        }
        return found;
    }

    /**
     * The first Javadoc description of the members, if any; not a setter's, which is of what it does (kas-fleetshard's
     * {@code setSpec} override "A null value will be treated as empty instead", trial46 L3), not of the property.
     */
    Optional<String> javadoc() {
        for (Annotated member : members) {
            if (member.doc().javadoc() != null && !(member instanceof MethodDeclaration m && !m.parameters().isEmpty())) {
                return Optional.of(member.doc().javadoc());
            }
        }
        return Optional.empty();
    }
}
