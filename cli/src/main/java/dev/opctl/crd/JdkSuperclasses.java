package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An object type of the sources or a jar whose superclass is one of the JDK's, whose properties opctl
 * does not inherit ({@link ModelProperties}): an exception, a subclass of {@code Throwable}, has no
 * schema (Jackson writes its message, stack trace, cause and suppressed exceptions; fabric8 refuses it,
 * through {@code Throwable.cause}'s cycle) and is refused, as {@code Throwable} itself is; the getters
 * of another JDK superclass ({@code EventObject.getSource()}) are said, as the API server prunes what
 * Jackson writes for them.
 */
final class JdkSuperclasses {
    private static final String J = Annotations.JACKSON;
    private static final Set<String> NO_PROPERTIES = Set.of("java.lang.Object", "java.lang.Record",
            "java.lang.Enum");

    private JdkSuperclasses() {
    }

    /** Whether the JDK's class {@code name} is an exception (a {@code Throwable}), as {@code classFiles} reads it. */
    static boolean exception(String name, Function<String, Optional<TypeDeclaration>> classFiles) {
        String n = name;
        for (int depth = 0; n != null && depth < 32; depth++) {
            if (n.equals("java.lang.Throwable")) {
                return true;
            }
            n = classFiles.apply(n).map(TypeDeclaration::superclass).map(TypeUse.Named::name).orElse(null);
        }
        return false;
    }

    /**
     * What {@code type}, used in a schema at {@code at}, loses to a JDK superclass: a warning naming the properties,
     * for a type of the sources (a jar's is not the user's to change); its {@code hierarchy} is the type and its
     * superclasses whose properties it has.
     *
     * @throws OpctlException (invalid input) for an exception, of the sources or a jar
     */
    static Optional<String> lost(TypeDeclaration type, Function<TypeDeclaration, List<TypeDeclaration>> hierarchy,
            TypeLookup types, String at) {
        // The classes whose properties it has, as ModelProperties takes them: up to the JDK's, a library's, or
        // a class that is not there (said elsewhere, if at all); none of them asks the class path for more.
        List<TypeDeclaration> below = hierarchy.apply(type);
        TypeUse.Named superclass = below.get(below.size() - 1).superclass();
        if (superclass == null || !JdkClasses.inPackage(superclass.name()) || NO_PROPERTIES.contains(superclass.name())) {
            return Optional.empty();
        }
        Set<String> getters = new TreeSet<>();
        for (String name = superclass.name(); name != null && !NO_PROPERTIES.contains(name); ) {
            if (name.equals("java.lang.Throwable")) {
                throw OpctlException.invalidInput(String.format("%s: %s is an exception (it extends %s): Jackson "
                        + "writes its message, stack trace and cause, which have no CRD schema (fabric8 refuses it "
                        + "too); hold what you need of it in fields of your own, its message as a String",
                        at, type.simpleName(), type.superclass().asWritten()));
            }
            Optional<TypeDeclaration> jdk = types.classFile(name);
            jdk.ifPresent(t -> t.methods().stream().map(JdkSuperclasses::property).filter(Objects::nonNull)
                    .forEach(getters::add));
            name = jdk.map(TypeDeclaration::superclass).map(TypeUse.Named::name).orElse(null);
        }
        if (type.doc().where() == null || type.find(J + "JsonAutoDetect").flatMap(a -> a.enumConstant(
                "getterVisibility")).filter("NONE"::equals).isPresent()) {
            return Optional.empty(); // a jar's, or one whose getters Jackson does not read
        }
        // What the classes below the JDK's make properties, or have Jackson ignore, is no loss: getSource()
        // overridden, @JsonIgnoreProperties("source"); nor what @JsonIncludeProperties leaves out.
        for (TypeDeclaration t : below) {
            t.fields().stream().filter(f -> JacksonAccessors.explicit(f)
                    || JacksonAccessors.visible(f, JacksonAccessors.Visibility.DEFAULT))
                    .forEach(f -> getters.remove(f.name()));
            t.methods().stream().map(JdkSuperclasses::property).filter(Objects::nonNull).forEach(getters::remove);
            t.find(J + "JsonIgnoreProperties").filter(a -> !a.bool("allowGetters").orElse(false))
                    .ifPresent(a -> getters.removeAll(a.strings("value")));
            t.find(J + "JsonIncludeProperties").ifPresent(a -> getters.retainAll(a.strings("value")));
        }
        return getters.isEmpty() ? Optional.empty() : Optional.of(String.format("%s: %s extends the JDK's %s, whose "
                + "properties (%s) opctl leaves out of its schema, so the API server prunes what Jackson writes for "
                + "them; override their getters in %s, or ignore them, @JsonIgnoreProperties", at, type.simpleName(),
                superclass.name(), String.join(", ", getters), type.simpleName()));
    }

    /** The property of a getter Jackson takes by default, else null. */
    private static String property(MethodDeclaration method) {
        return JacksonAccessors.getterName(method, JacksonAccessors.Visibility.DEFAULT);
    }
}
