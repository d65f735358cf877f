package dev.opctl.crd.model;

import java.util.List;
import java.util.Objects;

/**
 * The constant value of an annotation attribute, as javac evaluates it: a string, number, boolean
 * (or char), an enum constant, a class literal, an array of values or a nested annotation.
 */
public sealed interface Value {
    /** A string. */
    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value == null");
        }
    }

    /** Any primitive number: Integer, Long, Double, ... as the attribute's type makes it. */
    record Number(java.lang.Number value) implements Value {
        public Number {
            Objects.requireNonNull(value, "value == null");
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Value {
    }

    /** A {@code char}. */
    record Char(char value) implements Value {
    }

    /** {@code PrinterColumnFormat.DATE}: the enum's qualified name and the constant's name. */
    record EnumConstant(String type, String name) implements Value {
    }

    /**
     * A name a source gives as a value ({@code Limits.MAX}, a statically imported {@code MAX}) that
     * opctl finds neither a constant nor an enum for: its type is not in the sources or on the class
     * path. Read as an enum constant, it is one by its name; read as anything else, an error that
     * {@code problem} states with the file and line.
     *
     * @param type the qualified name of the type it is written in, "" when imported statically
     */
    record Unknown(String type, String name, String problem) implements Value {
    }

    /** {@code Foo.class}, {@code int.class}, {@code void.class}. */
    record ClassLiteral(TypeUse type) implements Value {
    }

    /** {@code {a, b}}; a single value given for an array attribute is an array of one. */
    record Array(List<Value> values) implements Value {
        public Array {
            values = List.copyOf(values);
        }
    }

    /** An annotation as an attribute's value, e.g. each {@code @ValidationRule} in {@code @ValidationRules}. */
    record Nested(AnnotationUse annotation) implements Value {
    }

    /** The value of a constant of an attribute (a String, Boolean, Character or Number); null for anything else. */
    static Value ofConstant(Object constant) {
        if (constant instanceof String s) {
            return new Text(s);
        }
        if (constant instanceof Boolean b) {
            return new Bool(b);
        }
        if (constant instanceof Character c) {
            return new Char(c);
        }
        return constant instanceof java.lang.Number n ? new Number(n) : null;
    }

    /**
     * A value written in a source that is not a constant opctl can evaluate ({@code Groups.pick()}):
     * reading it is an error, which {@code problem} states with the file and line.
     */
    record Unevaluated(String problem) implements Value {
    }
}
