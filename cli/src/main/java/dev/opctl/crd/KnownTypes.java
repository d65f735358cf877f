package dev.opctl.crd;

import java.util.Map;
import java.util.Set;

/** The JDK types whose schema opctl knows without their source. */
final class KnownTypes {
    /** Simple types: qualified name to OpenAPI type. */
    static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("boolean", "boolean"), Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("byte", "integer"), Map.entry("java.lang.Byte", "integer"),
            Map.entry("short", "integer"), Map.entry("java.lang.Short", "integer"),
            Map.entry("int", "integer"), Map.entry("java.lang.Integer", "integer"),
            Map.entry("long", "integer"), Map.entry("java.lang.Long", "integer"),
            Map.entry("float", "number"), Map.entry("java.lang.Float", "number"),
            Map.entry("double", "number"), Map.entry("java.lang.Double", "number"),
            Map.entry("char", "string"), Map.entry("java.lang.Character", "string"),
            Map.entry("java.lang.String", "string"));

    /** Types that become an array of their single type argument. */
    static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.Collection", "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.SortedSet", "java.lang.Iterable");

    /** Types that become an object whose values have the schema of the second type argument. */
    static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap");

    private KnownTypes() {
    }

    static boolean isKnown(String qualifiedName) {
        return SCALARS.containsKey(qualifiedName) || COLLECTIONS.contains(qualifiedName)
                || MAPS.contains(qualifiedName);
    }
}
