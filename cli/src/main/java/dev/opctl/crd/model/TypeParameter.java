package dev.opctl.crd.model;

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

    /** A parameter without a bound. */
    public static TypeParameter of(String name) {
        return new TypeParameter(name, null);
    }
}
