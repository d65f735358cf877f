package dev.opctl.crd.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A type parameter of a declaration: {@code N} of {@code class Holder<N extends Number>}.
 *
 * @param name its name
 * @param bound its first bound ({@code java.lang.Number}), which stands for it in a raw use, as
 *     Jackson resolves it; null when it has none or it is {@code Object} (a class file writes that bound
 *     for a parameter without one)
 */
public record TypeParameter(String name, TypeUse bound) {
    public TypeParameter {
        Objects.requireNonNull(name, "name == null");
        if (bound instanceof TypeUse.Named named && named.name().equals("java.lang.Object")) {
            bound = null;
        }
    }

    /**
     * What each of {@code parameters} stands for where nothing binds it (a raw use, a generic
     * method's return type): its bound, as Jackson resolves it; another of them in a bound stands
     * for that one's bound ({@code <T extends Number, U extends T, L extends List<T>>}: {@code U} is
     * a {@code Number}, {@code L} a {@code List<Number>}), but a parameter in its own bound stays a
     * variable ({@code <C extends Comparable<C>>}). One without a bound is left out (it stays a
     * variable, as {@code Object} would).
     */
    public static Map<String, TypeUse> bounds(List<TypeParameter> parameters) {
        Map<String, TypeUse> bounds = new HashMap<>();
        for (TypeParameter parameter : parameters) {
            if (parameter.bound() != null) {
                bounds.put(parameter.name(), parameter.bound());
            }
        }
        // As often as there are parameters, so that a chain of them is followed to its end (a cycle, which
        // javac rejects, stops there).
        for (int i = 0; i < parameters.size(); i++) {
            Map<String, TypeUse> before = Map.copyOf(bounds);
            bounds.replaceAll((name, bound) -> {
                Map<String, TypeUse> others = new HashMap<>(before);
                others.remove(name);
                return bound.substitute(others);
            });
        }
        return bounds;
    }

    /** A parameter without a bound. */
    public static TypeParameter of(String name) {
        return new TypeParameter(name, null);
    }
}
