package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Jackson's {@code @JsonValue}: the member whose value it writes in place of an object or an enum
 * constant, declared by the type itself, a superclass, or an interface it implements (on whose
 * method's implementation Jackson applies it).
 */
final class JsonValues {
    private static final String J = Annotations.JACKSON;
    private static final TypeUse OBJECT = TypeUse.Named.of("java.lang.Object");

    private JsonValues() {
    }

    /**
     * The member whose value Jackson writes for a constant, or for an object of a class
     * ({@code @JsonValue}, not turned off), if the type declares one.
     */
    static Optional<Annotated> member(TypeDeclaration type) {
        List<Annotated> members = new ArrayList<>(type.fields());
        members.addAll(type.methods());
        for (Annotated member : members) {
            Optional<AnnotationUse> found = member.find(J + "JsonValue");
            if (found.isPresent() && found.get().bool("value").orElse(true)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether Jackson writes an enum's constants as an interface's {@code @JsonValue} method gives
     * them: it declares one, and the enum's implementation does not turn it off with {@code @JsonValue(false)}.
     */
    static boolean inheritedByEnum(TypeDeclaration type, Function<String, Optional<TypeDeclaration>> types) {
        return inherited(type, types, 0).filter(declared -> type.methods().stream().noneMatch(m -> m.name()
                .equals(declared.name()) && m.parameters().isEmpty() && m.find(J + "JsonValue").isPresent()))
                .isPresent();
    }

    /**
     * The {@code @JsonValue} method of an interface {@code type} implements, directly or through
     * others, which Jackson applies to its implementation; {@code types} finds the interfaces.
     */
    static Optional<MethodDeclaration> inherited(TypeDeclaration type,
            Function<String, Optional<TypeDeclaration>> types, int depth) {
        for (TypeUse.Named implemented : type.interfaces()) {
            // The JDK's interfaces declare no @JsonValue (and need no class path).
            Optional<TypeDeclaration> declared = depth < 16 && !implemented.name().startsWith("java.")
                    ? types.apply(implemented.name()) : Optional.empty();
            Optional<MethodDeclaration> method = declared.flatMap(JsonValues::member)
                    .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                    .or(() -> declared.flatMap(d -> inherited(d, types, depth + 1)));
            if (method.isPresent()) {
                return method;
            }
        }
        return Optional.empty();
    }

    /**
     * The type of a class's {@code @JsonValue} field or method (its own, a superclass's or an interface's),
     * whose value Jackson writes in place of the object, with the type arguments of {@code use} (and of
     * the superclasses) put for its type variables, Object for one nothing binds; none for the class itself.
     *
     * @param hierarchy the class and its superclasses, in order
     */
    static Optional<TypeUse> valueType(List<TypeDeclaration> hierarchy, TypeUse.Named use,
            Function<String, Optional<TypeDeclaration>> types) {
        List<Map<String, TypeUse>> bindings = bindings(hierarchy, use);
        for (int i = 0; i < hierarchy.size(); i++) {
            Optional<Annotated> member = member(hierarchy.get(i));
            TypeUse type = member.orElse(null) instanceof FieldDeclaration f ? f.is(Modifier.STATIC) ? null : f.type()
                    : member.orElse(null) instanceof MethodDeclaration m && m.parameters().isEmpty() && !m.isVoid()
                            ? m.returnType() : null;
            Optional<TypeUse> value = type == null ? Optional.empty() : valueType(type, bindings.get(i), hierarchy);
            if (value.isPresent()) {
                return value;
            }
        }
        for (TypeDeclaration t : hierarchy) { // an interface's, on the method implementing it
            Optional<MethodDeclaration> declared = inherited(t, types, 0);
            if (declared.isPresent() && declared.get().parameters().isEmpty() && !declared.get().isVoid()) {
                for (int i = 0; i < hierarchy.size(); i++) {
                    for (MethodDeclaration m : hierarchy.get(i).methods()) {
                        if (m.name().equals(declared.get().name()) && m.parameters().isEmpty()) {
                            // @JsonValue(false) on the implementation turns the interface's off.
                            return m.find(J + "JsonValue").isPresent() ? Optional.empty()
                                    : valueType(m.returnType(), bindings.get(i), hierarchy);
                        }
                    }
                }
                return interfaceValueType(hierarchy, bindings, declared.get().name(), types);
            }
        }
        return Optional.empty();
    }

    /**
     * The type of the {@code name()} method of the interfaces of {@code hierarchy}, nearer ones first
     * (a default method before the method it implements), with the type arguments put in that the
     * classes and interfaces give on the way; none when one turns it off ({@code @JsonValue(false)}).
     */
    private static Optional<TypeUse> interfaceValueType(List<TypeDeclaration> hierarchy,
            List<Map<String, TypeUse>> bindings, String name, Function<String, Optional<TypeDeclaration>> types) {
        Deque<TypeUse.Named> queue = new ArrayDeque<>();
        for (int i = 0; i < hierarchy.size(); i++) {
            for (TypeUse.Named implemented : hierarchy.get(i).interfaces()) {
                queue.add((TypeUse.Named) implemented.substitute(bindings.get(i)));
            }
        }
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty() && seen.size() < 64) {
            TypeUse.Named use = queue.poll();
            Optional<TypeDeclaration> declared = use.name().startsWith("java.") || !seen.add(use.name())
                    ? Optional.empty() : types.apply(use.name());
            if (declared.isEmpty()) {
                continue;
            }
            Map<String, TypeUse> arguments = declared.get().bindings(use.arguments());
            for (MethodDeclaration m : declared.get().methods()) {
                if (m.name().equals(name) && m.parameters().isEmpty() && !m.isVoid()) {
                    boolean off = m.find(J + "JsonValue").flatMap(a -> a.bool("value")).filter(on -> !on).isPresent();
                    return off ? Optional.empty() : valueType(m.returnType(), arguments, hierarchy);
                }
            }
            for (TypeUse.Named extended : declared.get().interfaces()) {
                queue.add((TypeUse.Named) extended.substitute(arguments));
            }
        }
        return Optional.empty();
    }

    /** For each class of {@code hierarchy}, what its type variables stand for, from {@code use} down. */
    private static List<Map<String, TypeUse>> bindings(List<TypeDeclaration> hierarchy, TypeUse.Named use) {
        List<Map<String, TypeUse>> bindings = new ArrayList<>(hierarchy.size());
        bindings.add(hierarchy.get(0).bindings(use.arguments()));
        for (int i = 1; i < hierarchy.size(); i++) {
            TypeUse.Named superclass = hierarchy.get(i - 1).superclass();
            bindings.add(superclass == null ? Map.of() : hierarchy.get(i).bindings(((TypeUse.Named) superclass
                    .substitute(bindings.get(i - 1))).arguments()));
        }
        return bindings;
    }

    /**
     * {@code type} with {@code bindings} put in: a type variable nothing binds (a raw use) is its
     * erasure, Object, as Jackson and fabric8 see it; none for the class itself.
     */
    private static Optional<TypeUse> valueType(TypeUse type, Map<String, TypeUse> bindings,
            List<TypeDeclaration> hierarchy) {
        TypeUse bound = type.substitute(bindings);
        boolean itself = bound instanceof TypeUse.Named n && n.name().equals(hierarchy.get(0).name());
        return itself ? Optional.empty() : Optional.of(bound instanceof TypeUse.Variable ? OBJECT : bound);
    }
}
