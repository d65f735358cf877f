package dev.opctl.crd;

/**
 * The names of the accessors Lombok generates for a field ({@code @Getter}, {@code @Setter},
 * {@code @Data}, {@code @Value}): {@code getXName} for {@code xName}, and for a {@code boolean}
 * field {@code isActive} for {@code active} but {@code isCA} for {@code isCA}.
 */
final class LombokNames {
    private LombokNames() {
    }

    /** The getter of {@code field}; {@code primitiveBoolean} when its type is {@code boolean}. */
    static String getter(String field, boolean primitiveBoolean) {
        if (primitiveBoolean) {
            return startsWithIs(field) ? field : "is" + capitalize(field);
        }
        return "get" + capitalize(field);
    }

    /** The setter of {@code field}. */
    static String setter(String field, boolean primitiveBoolean) {
        return "set" + capitalize(primitiveBoolean && startsWithIs(field) ? field.substring(2) : field);
    }

    private static boolean startsWithIs(String field) {
        return field.length() > 2 && field.startsWith("is") && Character.isUpperCase(field.charAt(2));
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
