package dev.opctl.crd.model;

import java.util.List;
import java.util.Locale;

/**
 * A constant of an enum.
 *
 * @param name its name
 * @param annotations its annotations ({@code @JsonProperty("x")}, {@code @JsonIgnore})
 * @param doc its comments
 * @param jsonValue what Jackson writes for it when the enum has a {@code @JsonValue} field, or a
 *     getter returning one, that the constructor sets from a constant argument; else null
 */
public record EnumConstant(String name, List<AnnotationUse> annotations, Doc doc, String jsonValue)
        implements Annotated {
    public EnumConstant {
        annotations = List.copyOf(annotations);
    }

    /** A constant without a {@code @JsonValue}. */
    public EnumConstant(String name, List<AnnotationUse> annotations, Doc doc) {
        this(name, annotations, doc, null);
    }

    /**
     * What a {@code @JsonValue} that returns {@code name()} with {@code changes} returns for a constant:
     * the changes in order, each {@code "toLowerCase"}, {@code "toUpperCase"} or {@code "replace"}
     * followed by its two arguments ({@code name().toLowerCase().replace('_', '-')} is
     * {@code [toLowerCase, replace, _, -]}).
     */
    public static String renamed(String name, List<String> changes) {
        String value = name;
        for (int i = 0; i < changes.size(); i++) {
            switch (changes.get(i)) {
                case "toLowerCase" -> value = value.toLowerCase(Locale.ROOT);
                case "toUpperCase" -> value = value.toUpperCase(Locale.ROOT);
                default -> {
                    value = value.replace(changes.get(i + 1), changes.get(i + 2));
                    i += 2;
                }
            }
        }
        return value;
    }

    /**
     * The text of a {@code @JsonValue} as fabric8 writes it in the enum's schema (its
     * {@code String.valueOf}), given the constant the constructor stores and the type of the field
     * it is stored in ({@code int}, {@code java.lang.Boolean}, {@code java.lang.String}, ...), which
     * decides what the constant is: class files hold a {@code boolean} or {@code char} as an int.
     * Null when the field's type is not a String, a primitive or a box of one.
     */
    public static String jsonText(Object constant, String fieldType) {
        String type = fieldType.startsWith("java.lang.") ? fieldType.substring("java.lang.".length()) : fieldType;
        if (constant instanceof String text) {
            return type.equals("String") ? text : null;
        }
        if (constant instanceof Boolean bool) {
            return type.equals("boolean") || type.equals("Boolean") ? bool.toString() : null;
        }
        long whole;
        if (constant instanceof Character c) {
            whole = c;
        } else if (constant instanceof Number number) {
            if (constant instanceof Double || constant instanceof Float) {
                return switch (type) {
                    case "float", "Float" -> Float.toString(number.floatValue());
                    case "double", "Double" -> Double.toString(number.doubleValue());
                    default -> null;
                };
            }
            whole = number.longValue();
        } else {
            return null;
        }
        return switch (type) {
            case "boolean", "Boolean" -> whole == 0 || whole == 1 ? Boolean.toString(whole == 1) : null;
            case "char", "Character" -> String.valueOf((char) whole);
            case "byte", "Byte" -> Byte.toString((byte) whole);
            case "short", "Short" -> Short.toString((short) whole);
            case "int", "Integer" -> Integer.toString((int) whole);
            case "long", "Long" -> Long.toString(whole);
            case "float", "Float" -> Float.toString(whole);
            case "double", "Double" -> Double.toString(whole);
            default -> null;
        };
    }
}
