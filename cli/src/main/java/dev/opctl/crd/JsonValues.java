package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Jackson's {@code @JsonValue}: the member whose value it writes in place of an object or an enum
 * constant, declared by the type itself, a superclass, or an interface it implements (on whose
 * method's implementation Jackson applies it).
 */
final class JsonValues {
    private static final String J = Annotations.JACKSON;

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
     * the superclasses) put for its type variables; none for an unbound type variable or the class itself.
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
                return valueType(declared.get().returnType(), Map.of(), hierarchy);
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

    private static Optional<TypeUse> valueType(TypeUse type, Map<String, TypeUse> bindings,
            List<TypeDeclaration> hierarchy) {
        TypeUse bound = type.substitute(bindings);
        boolean itself = bound instanceof TypeUse.Named n && n.name().equals(hierarchy.get(0).name());
        return bound instanceof TypeUse.Variable || itself ? Optional.empty() : Optional.of(bound);
    }
}
