package dev.opctl.crd.syntax;

import java.util.List;
import java.util.Optional;

/**
 * An annotation as written: {@code @Max(10)} has the one attribute {@code value}.
 *
 * @param name the annotation type's name as written ({@code Max}, {@code io.fabric8.generator.annotation.Max})
 * @param attributes its attributes, in the order written
 * @param line the line of its {@code @}
 */
public record Annotation(String name, List<Attribute> attributes, int line) {
    public Annotation {
        attributes = List.copyOf(attributes);
    }

    /** The value written for attribute {@code attribute}, if any. */
    public Optional<Expr> attribute(String attribute) {
        return attributes.stream().filter(a -> a.name().equals(attribute)).map(Attribute::value).findFirst();
    }

    /** The simple name of its type, the last identifier of its name. */
    public String identifier() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** An attribute and its value; the single value of {@code @A(v)} is the attribute {@code value}. */
    public record Attribute(String name, Expr value) {
    }
}
