package dev.opctl.crd.syntax;

import java.util.List;
import java.util.stream.Collectors;

/** A type as written, its names not resolved. */
public sealed interface TypeExpr {
    /** A primitive type or {@code void}. */
    record Primitive(String name) implements TypeExpr {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An array of {@code component}. */
    record ArrayOf(TypeExpr component) implements TypeExpr {
        @Override
        public String toString() {
            return component + "[]";
        }
    }

    /**
     * A wildcard type argument: {@code ?}, {@code ? extends B}, {@code ? super B}.
     *
     * @param bound the bound, or null for none
     * @param upper whether the bound is {@code extends}
     */
    record Wildcard(TypeExpr bound, boolean upper) implements TypeExpr {
        @Override
        public String toString() {
            return bound == null ? "?" : "? " + (upper ? "extends " : "super ") + bound;
        }
    }

    /**
     * A class or interface type, or a type variable: the reader cannot tell them apart.
     *
     * @param name its name with the scope written ({@code List}, {@code Map.Entry}, {@code java.util.List})
     * @param arguments its type arguments ({@code <>} gives none), or null when it has no {@code <...>}
     * @param annotations the type annotations before it ({@code @Pattern("[a-z]+") String})
     * @param line the line it is written on
     */
    record ClassType(String name, List<TypeExpr> arguments, List<Annotation> annotations, int line)
            implements TypeExpr {
        public ClassType {
            arguments = arguments == null ? null : List.copyOf(arguments);
            annotations = List.copyOf(annotations);
        }

        /** Its type arguments, none when it has no {@code <...>}. */
        public List<TypeExpr> typeArguments() {
            return arguments == null ? List.of() : arguments;
        }

        @Override
        public String toString() {
            return arguments == null ? name : name + arguments.stream().map(TypeExpr::toString)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
    }
}
