package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
    private static final Set<String> NO_PROPERTIES = Set.of("java.lang.Object", "java.lang.Record",
            "java.lang.Enum");

    private JdkSuperclasses() {
    }

    /**
     * Checks {@code type}, used in a schema at {@code at}, whose {@code hierarchy} is the type and its superclasses
     * whose properties it has; says (to {@code say}) what it leaves out.
     */
    static void check(TypeDeclaration type, Function<TypeDeclaration, List<TypeDeclaration>> hierarchy,
            TypeLookup types, String at, Consumer<String> say) {
        // The classes whose properties it has, as ModelProperties takes them: up to the JDK's, a library's, or
        // a class that is not there (said elsewhere, if at all); none of them asks the class path for more.
        List<TypeDeclaration> below = hierarchy.apply(type);
        TypeUse.Named superclass = below.get(below.size() - 1).superclass();
        if (superclass == null || !JdkClasses.inPackage(superclass.name()) || NO_PROPERTIES.contains(superclass.name())) {
            return;
        }
        // What the classes below the JDK's declare or ignore is no loss: getSource() overridden, say.
        Set<String> own = new HashSet<>();
        for (TypeDeclaration t : below) {
            t.fields().forEach(f -> own.add(f.name()));
            t.methods().stream().map(JdkSuperclasses::property).filter(Objects::nonNull).forEach(own::add);
            t.find(Annotations.JACKSON + "JsonIgnoreProperties").ifPresent(a -> own.addAll(a.strings("value")));
        }
        Set<String> properties = new TreeSet<>();
        for (String name = superclass.name(); name != null && !NO_PROPERTIES.contains(name); ) {
            if (name.equals("java.lang.Throwable")) {
                throw OpctlException.invalidInput(String.format("%s: %s is an exception (it extends %s): Jackson "
                        + "writes its message, stack trace and cause, which have no CRD schema (fabric8 refuses it "
                        + "too); hold what you need of it in fields of your own, its message as a String",
                        at, type.simpleName(), type.superclass().asWritten()));
            }
            Optional<TypeDeclaration> jdk = types.classFile(name);
            jdk.ifPresent(t -> t.methods().stream().map(JdkSuperclasses::property).filter(Objects::nonNull)
                    .filter(p -> !own.contains(p)).forEach(properties::add));
            name = jdk.map(TypeDeclaration::superclass).map(TypeUse.Named::name).orElse(null);
        }
        if (!properties.isEmpty()) {
            say.accept(String.format("%s: %s extends the JDK's %s, whose properties (%s) opctl leaves out of its "
                    + "schema, so the API server prunes what Jackson writes for them; override their getters in "
                    + "%s, or ignore them, @JsonIgnoreProperties", at, type.simpleName(), superclass.name(),
                    String.join(", ", properties), type.simpleName()));
        }
    }

    /** The property of a getter Jackson takes by default, else null. */
    private static String property(MethodDeclaration method) {
        return JacksonAccessors.getterName(method, JacksonAccessors.Visibility.DEFAULT);
    }
}
