package dev.opctl.crd.classfile;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.TypePath;

/**
 * The runtime-visible type annotations of a field's, method's or record component's type, put on
 * the type they annotate inside it: {@code List<@Pattern("[a-z]+") String>} has {@code @Pattern}
 * on its type argument, where the source reader puts it. An annotation on the type as a whole (an
 * empty path, or only array steps) is the declaration's own, which the class file has as a
 * declaration annotation too: it is left there.
 */
final class TypeAnnotations {
    private record Located(TypePath path, List<AnnotationUse> annotation) {
    }

    private final List<Located> found = new ArrayList<>();

    /** The visitor of one type annotation at {@code path}; null for one that is not visible at run time. */
    AnnotationVisitor visit(TypePath path, String descriptor, boolean visible) {
        if (!visible || path == null || !nested(path)) {
            return null;
        }
        List<AnnotationUse> into = new ArrayList<>(1);
        found.add(new Located(path, into));
        return AnnotationValues.into(descriptor, into);
    }

    /** {@code type} with the annotations found put where their paths lead. */
    TypeUse apply(TypeUse type) {
        TypeUse annotated = type;
        for (Located located : found) {
            for (AnnotationUse annotation : located.annotation()) {
                annotated = annotate(annotated, located.path(), 0, annotation);
            }
        }
        return annotated;
    }

    /** Whether a path leads into a type argument or a wildcard's bound. */
    private static boolean nested(TypePath path) {
        for (int i = 0; i < path.getLength(); i++) {
            int step = path.getStep(i);
            if (step == TypePath.TYPE_ARGUMENT || step == TypePath.WILDCARD_BOUND) {
                return true;
            }
        }
        return false;
    }

    private static TypeUse annotate(TypeUse type, TypePath path, int step, AnnotationUse annotation) {
        if (step == path.getLength()) {
            if (type instanceof TypeUse.Named named) {
                List<AnnotationUse> annotations = new ArrayList<>(named.annotations());
                annotations.add(annotation);
                return new TypeUse.Named(named.name(), named.arguments(), annotations, null);
            }
            return type; // a type variable's or primitive's: nothing in the model holds it
        }
        switch (path.getStep(step)) {
            case TypePath.ARRAY_ELEMENT -> {
                if (type instanceof TypeUse.ArrayOf array) {
                    return new TypeUse.ArrayOf(annotate(array.component(), path, step + 1, annotation));
                }
            }
            case TypePath.WILDCARD_BOUND -> {
                if (type instanceof TypeUse.Wildcard wildcard && wildcard.bound() != null) {
                    return new TypeUse.Wildcard(annotate(wildcard.bound(), path, step + 1, annotation),
                            wildcard.upper());
                }
            }
            case TypePath.TYPE_ARGUMENT -> {
                int index = path.getStepArgument(step);
                if (type instanceof TypeUse.Named named && index < named.arguments().size()) {
                    List<TypeUse> arguments = new ArrayList<>(named.arguments());
                    arguments.set(index, annotate(arguments.get(index), path, step + 1, annotation));
                    return new TypeUse.Named(named.name(), arguments, named.annotations(), null);
                }
            }
            default -> {
                return annotate(type, path, step + 1, annotation); // a step into a nested class's name
            }
        }
        return type;
    }
}
