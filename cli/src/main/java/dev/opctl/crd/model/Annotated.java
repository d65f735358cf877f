package dev.opctl.crd.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A declaration that carries annotations and comments: a type, field, accessor, record component or
 * enum constant.
 */
public interface Annotated {
    /** The annotations, in the order written. */
    List<AnnotationUse> annotations();

    /** Its comments and place in the sources; none for a class file. */
    default Doc doc() {
        return Doc.NONE;
    }

    /** The annotation of this type, if present. */
    default Optional<AnnotationUse> find(String type) {
        // Indexed, not for-each: this runs for every rule on every member, and an iterator is garbage.
        List<AnnotationUse> annotations = annotations();
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).type().equals(type)) {
                return Optional.of(annotations.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The first annotation of this type on any of {@code members}, in their order: a property's
     * field, getter and setter, the most derived first.
     */
    static Optional<AnnotationUse> first(List<? extends Annotated> members, String type) {
        for (int i = 0; i < members.size(); i++) {
            Optional<AnnotationUse> found = members.get(i).find(type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every annotation of a repeatable type, also those inside its container annotation, in order. */
    default List<AnnotationUse> findAll(String type, String container) {
        List<AnnotationUse> found = new ArrayList<>();
        for (AnnotationUse annotation : annotations()) {
            if (annotation.type().equals(type)) {
                found.add(annotation);
            } else if (annotation.type().equals(container)) {
                found.addAll(annotation.annotations("value"));
            }
        }
        return found;
    }
}
