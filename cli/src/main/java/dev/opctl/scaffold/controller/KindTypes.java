package dev.opctl.scaffold.controller;

import java.util.List;
import java.util.Set;

/**
 * The names a controller scaffold writes for the classes of its kind, {@code Memcached},
 * {@code MemcachedSpec} and {@code MemcachedStatus}: the simple name, or the fully qualified one
 * for those in {@code qualified}, simple names the file uses for another class (see
 * {@link Controllers#renderOfKind}).
 *
 * @param kindPackage the package of the kind's classes, e.g. {@code com.example.api.cache.v1alpha1}
 * @param kind the kind
 * @param qualified the simple names of the kind's classes to write fully qualified
 */
record KindTypes(String kindPackage, String kind, Set<String> qualified) {
    KindTypes {
        qualified = Set.copyOf(qualified);
    }

    /** The simple names of the classes of {@code kind}: the kind, its spec, its status. */
    static List<String> classes(String kind) {
        return List.of(kind, kind + "Spec", kind + "Status");
    }

    String kindType() {
        return name(kind);
    }

    String specType() {
        return name(kind + "Spec");
    }

    String statusType() {
        return name(kind + "Status");
    }

    private String name(String simpleName) {
        return qualified.contains(simpleName) ? kindPackage + "." + simpleName : simpleName;
    }
}
