package dev.opctl.crd.syntax;

import java.util.Set;

/**
 * What both readers take to say the type of the elements a value holds, and of an element taken from
 * it: a variable declared {@code Optional<T>}, {@code List<T>}, {@code Set<T>} ({@code Collection},
 * {@code Iterable}, {@code Stream}) holds Ts, and so does JOSDK's {@code context.getSecondaryResource(T.class)}
 * ({@code getSecondaryResources}, {@code getSecondaryResourcesAsStream}); their {@code stream()},
 * {@code filter(...)}, {@code findFirst()} and {@code findAny()} hold the same; their {@code get()},
 * {@code orElse(...)}, {@code orElseGet(...)} and {@code orElseThrow()} (and a list's {@code get(i)}) is one.
 * Nothing else is inferred: javac's inference is not opctl's to redo. And the calls that make a collection of
 * their arguments ({@link #factory}).
 */
final class Elements {
    /** The types whose one type argument is the type of their elements. */
    private static final Set<String> HOLDERS = Set.of("Optional", "List", "Set", "Collection", "Iterable", "Stream");
    /** JOSDK's Context methods whose class literal argument is the type of the elements they return. */
    private static final Set<String> SECONDARY = Set.of("getSecondaryResource", "getSecondaryResources",
            "getSecondaryResourcesAsStream");
    /** The methods that return one of the elements of what they are called on. */
    private static final Set<String> TAKING = Set.of("get", "orElse", "orElseGet", "orElseThrow");

    private Elements() {
    }

    /** Whether {@code method}, called with a class literal alone, holds elements of its type (JOSDK's). */
    static boolean secondary(String method) {
        return SECONDARY.contains(method);
    }

    /** Whether a call of {@code method} with {@code arity} arguments holds the elements of what it is called on. */
    static boolean same(String method, int arity) {
        return switch (method) {
            case "stream", "findFirst", "findAny" -> arity == 0;
            case "filter" -> arity == 1;
            default -> false;
        };
    }

    /** Whether a call of {@code method} with {@code arity} arguments returns an element of what it is called on. */
    static boolean taking(String method, int arity) {
        return TAKING.contains(method) && arity <= 1;
    }

    /** The type of the elements of a value of {@code type}, where it is one of the holders; else null. */
    static TypeExpr held(TypeExpr type) {
        return type instanceof TypeExpr.ClassType holder
                && HOLDERS.contains(holder.name().substring(holder.name().lastIndexOf('.') + 1))
                && holder.typeArguments().size() == 1
                && holder.typeArguments().get(0) instanceof TypeExpr.ClassType element ? element : null;
    }

    /**
     * Whether {@code scope.method(...)} makes a collection of its arguments: {@code Set.of},
     * {@code List.of}, {@code Arrays.asList}, {@code Collections.singleton} and {@code singletonList}.
     */
    static boolean factory(String scope, String method) {
        if (scope == null) {
            return false;
        }
        String type = scope.startsWith("java.util.") ? scope.substring("java.util.".length()) : scope;
        return (type.equals("Set") || type.equals("List")) && method.equals("of")
                || type.equals("Arrays") && method.equals("asList")
                || type.equals("Collections") && (method.equals("singleton") || method.equals("singletonList"));
    }
}
