package dev.opctl.crd;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.Type;
import java.util.Map;

/**
 * A type as written in the sources, with where it was written (for name resolution) and what the
 * type variables in scope stand for there ({@code S -> FooSpec} inside {@code Base<S>} when the
 * class at hand extends {@code Base<FooSpec>}).
 *
 * @param type the type as written
 * @param context the node it was written at
 * @param bindings type variable name to the type it stands for
 */
record TypeRef(Type type, Node context, Map<String, TypeRef> bindings) {
    TypeRef {
        bindings = Map.copyOf(bindings);
    }

    /** The type written at {@code context}, with no type variables bound. */
    static TypeRef of(Type type, Node context) {
        return new TypeRef(type, context, Map.of());
    }

    /** A type written in the same scope as this one, e.g. one of its type arguments. */
    TypeRef with(Type other) {
        return new TypeRef(other, context, bindings);
    }

    /** The type this one stands for when it is a bound type variable, else itself. */
    TypeRef unwrap() {
        TypeRef ref = this;
        while (ref.type.isClassOrInterfaceType() && ref.type.asClassOrInterfaceType().getScope().isEmpty()
                && ref.type.asClassOrInterfaceType().getTypeArguments().isEmpty()
                && ref.bindings.containsKey(ref.type.asClassOrInterfaceType().getNameAsString())) {
            ref = ref.bindings.get(ref.type.asClassOrInterfaceType().getNameAsString());
        }
        return ref;
    }
}
