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
     * method's return type): its bound, as Jackson resolves it; a bound that is another of them
     * ({@code <T extends Number, U extends T>}) stands for that one's bound. One without a bound is
     * left out (it stays a variable, as {@code Object} would).
     */
    public static Map<String, TypeUse> bounds(List<TypeParameter> parameters) {
        Map<String, TypeUse> bounds = new HashMap<>();
        for (TypeParameter parameter : parameters) {
            if (parameter.bound() != null) {
                bounds.put(parameter.name(), parameter.bound());
            }
        }
        Map<String, TypeUse> written = Map.copyOf(bounds);
        bounds.replaceAll((name, bound) -> {
            TypeUse resolved = bound;
            for (int i = 0; i < written.size() && resolved instanceof TypeUse.Variable v
                    && written.containsKey(v.name()); i++) {
                resolved = written.get(v.name());
            }
            return resolved;
        });
        return bounds;
    }

    /** A parameter without a bound. */
    public static TypeParameter of(String name) {
        return new TypeParameter(name, null);
    }
}
