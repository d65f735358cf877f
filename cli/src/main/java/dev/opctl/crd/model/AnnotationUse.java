package dev.opctl.crd.model;

import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An annotation on a declaration, by its type's qualified name, with the attributes given where it
 * is written (attributes left to their defaults are absent, in sources as in class files).
 *
 * @param type the annotation type's qualified name, e.g. {@code com.fasterxml.jackson.annotation.JsonProperty}
 * @param values attribute name to value, in the order written
 * @param problem what is wrong with the attributes as written in the sources (one the annotation type does
 *     not have, a value of another kind), which javac refuses too, or null; reading any attribute then throws
 *     it, so that the declaration the annotation is on, not its whole type, fails
 */
public record AnnotationUse(String type, Map<String, Value> values, String problem) {
    public AnnotationUse {
        Objects.requireNonNull(type, "type == null");
        values = Map.copyOf(values);
    }

    /** An annotation written right. */
    public AnnotationUse(String type, Map<String, Value> values) {
        this(type, values, null);
    }

    /**
     * Throws the problem of this annotation, or of one nested in it ({@code @ValidationRules({...})}).
     *
     * @throws OpctlException (invalid input) saying where it is and what is wrong
     */
    public void requireValid() {
        valid();
        for (Value value : values.values()) {
            for (Value element : value instanceof Value.Array array ? array.values() : List.of(value)) {
                if (element instanceof Value.Nested nested) {
                    nested.annotation().requireValid();
                }
            }
        }
    }

    private void valid() {
        if (problem != null) {
            throw OpctlException.invalidInput(problem);
        }
    }

    /** The value of attribute {@code name} ("value" for the single member), if given. */
    public Optional<Value> value(String name) {
        valid();
        return Optional.ofNullable(values.get(name));
    }

    // Plain code rather than Optional chains: these run for every property, and a lambda costs a
    // cold JVM more than the work it does.

    /** A string attribute; a one-element array of strings counts. */
    public Optional<String> string(String name) {
        return known(single(name)) instanceof Value.Text t ? Optional.of(t.value()) : Optional.empty();
    }

    /** A boolean attribute. */
    public Optional<Boolean> bool(String name) {
        return known(single(name)) instanceof Value.Bool b ? Optional.of(b.value()) : Optional.empty();
    }

    /** A numeric attribute, as a double; a char ({@code @Min('a')}) widens to its code, as javac widens it. */
    public Optional<Double> number(String name) {
        Value value = known(single(name));
        return value instanceof Value.Number n ? Optional.of(n.value().doubleValue())
                : value instanceof Value.Char c ? Optional.of((double) c.value()) : Optional.empty();
    }

    /** The constant's name of an enum attribute ({@code format = DATE} gives "DATE"). */
    public Optional<String> enumConstant(String name) {
        Value v = single(name);
        return v instanceof Value.EnumConstant e ? Optional.of(e.name())
                : v instanceof Value.Unknown u ? Optional.of(u.name()) : Optional.empty();
    }

    /** The type of a class literal attribute. */
    public Optional<TypeUse> classLiteral(String name) {
        return single(name) instanceof Value.ClassLiteral c ? Optional.of(c.type()) : Optional.empty();
    }

    /** The value of attribute {@code name}, a one-element array as its element; null when not given. */
    private Value single(String name) {
        valid();
        Value v = values.get(name);
        return v == null ? null : single(v);
    }

    /** The strings of a string array attribute (a single string is an array of one); empty if not given. */
    public List<String> strings(String name) {
        List<String> strings = new ArrayList<>();
        for (Value v : elements(name)) {
            if (known(evaluated(v)) instanceof Value.Text t) {
                strings.add(t.value());
            }
        }
        return strings;
    }

    /** The nested annotations of an annotation array attribute, e.g. the rules of {@code @ValidationRules}. */
    public List<AnnotationUse> annotations(String name) {
        List<AnnotationUse> nested = new ArrayList<>();
        for (Value v : elements(name)) {
            if (v instanceof Value.Nested n) {
                nested.add(n.annotation());
            }
        }
        return nested;
    }

    private List<Value> elements(String name) {
        valid();
        Value v = values.get(name);
        return v == null ? List.of() : v instanceof Value.Array array ? array.values() : List.of(v);
    }

    private static Value single(Value v) {
        return evaluated(v instanceof Value.Array array && array.values().size() == 1 ? array.values().get(0) : v);
    }

    /** {@code v}, unless it is a name opctl knows no value for where one is needed: then an error. */
    private static Value known(Value v) {
        if (v instanceof Value.Unknown unknown) {
            throw OpctlException.invalidInput(unknown.problem());
        }
        return v;
    }

    private static Value evaluated(Value v) {
        if (v instanceof Value.Unevaluated unevaluated) {
            throw OpctlException.invalidInput(unevaluated.problem());
        }
        return v;
    }
}
