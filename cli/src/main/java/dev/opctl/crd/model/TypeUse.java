package dev.opctl.crd.model;

import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A generic type as a declaration uses it, with names resolved: {@code List<Map<String, Foo>>},
 * {@code int[]}, a type variable {@code T}, a wildcard {@code ? extends Foo}.
 */
public sealed interface TypeUse {
    /**
     * {@code java.util.List<java.lang.String>}: a class, interface, enum or record, by its qualified
     * name, with the type annotations written on it ({@code @Pattern("[a-z]+") String} in
     * {@code List<@Pattern("[a-z]+") String>}) and the name as written, for messages ({@code Money} of
     * {@code org.acme.Money}); the source reader fills these two, the class-file reader not. They
     * take no part in equality.
     *
     * @param problem why the source reader could not resolve the name as written, which it keeps as
     *     {@code name} ("Item is ambiguous: ..."): an error of the declaration that uses it; else null
     */
    record Named(String name, List<TypeUse> arguments, List<AnnotationUse> annotations, String written,
            String problem) implements TypeUse {
        public Named {
            Objects.requireNonNull(name, "name == null");
            arguments = List.copyOf(arguments);
            annotations = List.copyOf(annotations);
        }

        /** A type as the source reader resolved it. */
        public Named(String name, List<TypeUse> arguments, List<AnnotationUse> annotations, String written) {
            this(name, arguments, annotations, written, null);
        }

        /** A type as a class file has it. */
        public Named(String name, List<TypeUse> arguments) {
            this(name, arguments, List.of(), null);
        }

        /** A type without type arguments. */
        public static Named of(String name) {
            return new Named(name, List.of());
        }

        /** This type, when its names (its own, its type arguments') resolved; else the error of its use at {@code where}. */
        public Named resolved(String where) {
            if (problem != null) {
                throw OpctlException.invalidInput(where + ": " + problem);
            }
            arguments.forEach(argument -> requireResolved(argument, where));
            return this;
        }

        private static void requireResolved(TypeUse type, String where) {
            if (type instanceof Named named) {
                named.resolved(where);
            } else if (type instanceof ArrayOf array) {
                requireResolved(array.component(), where);
            } else if (type instanceof Wildcard wildcard && wildcard.bound() != null) {
                requireResolved(wildcard.bound(), where);
            }
        }

        /** The type as written in the source, type arguments included; as {@link #toString()} when not known. */
        public String asWritten() {
            if (written == null) {
                return toString();
            }
            if (arguments.isEmpty()) {
                return written;
            }
            StringJoiner joined = new StringJoiner(", ", written + "<", ">");
            arguments.forEach(a -> joined.add(a instanceof Named n ? n.asWritten() : a.toString()));
            return joined.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Named n && n.name.equals(name) && n.arguments.equals(arguments);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + arguments.hashCode();
        }

        @Override
        public String toString() {
            if (arguments.isEmpty()) {
                return name;
            }
            StringJoiner joined = new StringJoiner(", ", name + "<", ">");
            arguments.forEach(a -> joined.add(a.toString()));
            return joined.toString();
        }
    }

    /** {@code int}, {@code boolean}, ..., and {@code void}. */
    record Primitive(String name) implements TypeUse {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code T[]}. */
    record ArrayOf(TypeUse component) implements TypeUse {
        @Override
        public String toString() {
            return component + "[]";
        }
    }

    /** A type variable of the declaration or of an enclosing one. */
    record Variable(String name) implements TypeUse {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code ?}, {@code ? extends bound}, {@code ? super bound}; {@code bound} is null for {@code ?}. */
    record Wildcard(TypeUse bound, boolean upper) implements TypeUse {
        @Override
        public String toString() {
            return bound == null ? "?" : (upper ? "? extends " : "? super ") + bound;
        }
    }

    /** This type without the type annotations written on it and on its type arguments. */
    default TypeUse unannotated() {
        if (this instanceof ArrayOf array) {
            return new ArrayOf(array.component().unannotated());
        }
        if (this instanceof Wildcard wildcard && wildcard.bound() != null) {
            return new Wildcard(wildcard.bound().unannotated(), wildcard.upper());
        }
        if (this instanceof Named named && (!named.annotations().isEmpty() || !named.arguments().isEmpty())) {
            return new Named(named.name(), named.arguments().stream().map(TypeUse::unannotated).toList(), List.of(),
                    named.written(), named.problem());
        }
        return this;
    }

    /** This type with its type variables replaced as {@code bindings} says (unbound ones stay). */
    default TypeUse substitute(Map<String, TypeUse> bindings) {
        if (bindings.isEmpty()) {
            return this;
        }
        if (this instanceof Variable variable) {
            return bindings.getOrDefault(variable.name(), this);
        }
        if (this instanceof ArrayOf array) {
            return new ArrayOf(array.component().substitute(bindings));
        }
        if (this instanceof Wildcard wildcard && wildcard.bound() != null) {
            return new Wildcard(wildcard.bound().substitute(bindings), wildcard.upper());
        }
        if (this instanceof Named named && !named.arguments().isEmpty()) {
            return new Named(named.name(), named.arguments().stream().map(a -> a.substitute(bindings)).toList(),
                    named.annotations(), named.written(), named.problem());
        }
        return this;
    }
}
