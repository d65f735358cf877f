package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Jackson's default accessor rules: which fields and methods it sees, and the property names it gives them. */
final class JacksonAccessors {
    private static final String J = Annotations.JACKSON;
    /**
     * The annotations that make a field or method a property to Jackson, whatever its access or name
     * (its {@code findNameForSerialization}: a name, or the implicit one, "inferred" from them).
     */
    private static final List<String> EXPLICIT = List.of(J + "JsonProperty", J + "JsonGetter",
            "com.fasterxml.jackson.databind.annotation.JsonSerialize", J + "JsonView", J + "JsonFormat",
            J + "JsonTypeInfo", J + "JsonRawValue", J + "JsonUnwrapped", J + "JsonBackReference",
            J + "JsonManagedReference");

    private JacksonAccessors() {
    }

    /**
     * The annotated setters ({@code setX(value)}) of a type and its superclasses, by the implicit
     * property name (the others cannot ignore or name a property).
     */
    static Map<String, List<Annotated>> setters(List<TypeDeclaration> hierarchy) {
        Map<String, List<Annotated>> setters = Map.of();
        for (TypeDeclaration type : hierarchy) {
            for (MethodDeclaration method : type.methods()) {
                if (!method.annotations().isEmpty() && method.parameters().size() == 1 && !method.is(Modifier.STATIC)
                        && method.name().length() > 3 && method.name().startsWith("set")) {
                    setters = setters.isEmpty() ? new HashMap<>() : setters;
                    setters.computeIfAbsent(mangle(method.name().substring(3)), k -> new ArrayList<>()).add(method);
                }
            }
        }
        return setters;
    }

    /**
     * What {@code @JsonAutoDetect} (of the class, else inherited) lets Jackson see by itself: fields,
     * {@code getX()} and {@code isX()} getters, each public by default.
     */
    record Visibility(String field, String getter, String isGetter) {
        static final Visibility DEFAULT = new Visibility("DEFAULT", "DEFAULT", "DEFAULT");

        static Visibility of(Optional<AnnotationUse> autoDetect) {
            return autoDetect.map(a -> new Visibility(a.enumConstant("fieldVisibility").orElse("DEFAULT"),
                    a.enumConstant("getterVisibility").orElse("DEFAULT"),
                    a.enumConstant("isGetterVisibility").orElse("DEFAULT"))).orElse(DEFAULT);
        }
    }

    /**
     * Whether an annotation names the member a property or infers it ({@code @JsonProperty}, {@code @JsonFormat},
     * {@code @JsonSerialize}, ...): Jackson then writes it, private or transient too.
     */
    static boolean explicit(Annotated member) {
        for (String annotation : EXPLICIT) {
            if (member.find(annotation).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Jackson sees a record's component by itself: through its accessor, a getter to
     * {@code @JsonAutoDetect(getterVisibility = ...)} whatever its type, or its private field.
     */
    static boolean visible(MethodDeclaration accessor, Visibility visibility) {
        return visible(accessor, visibility.getter()) || visibility.field().equals("ANY");
    }

    /**
     * The methods of the interfaces of {@code type} (and theirs) that a method {@code name()} without
     * parameters overrides, of the sources or the class path, but those Jackson makes properties of by
     * themselves: Jackson merges their annotations into a record's accessor ({@code @Max(4) int level()}).
     */
    static List<MethodDeclaration> overridden(TypeDeclaration type, String name,
            Function<String, Optional<TypeDeclaration>> lookup, int depth) {
        List<MethodDeclaration> found = new ArrayList<>();
        for (TypeUse.Named implemented : depth < 32 ? type.interfaces() : List.<TypeUse.Named>of()) {
            if (JdkClasses.inPackage(implemented.name()) || LibraryNames.contains(implemented.name())) {
                continue;
            }
            lookup.apply(implemented.name()).ifPresent(t -> {
                for (MethodDeclaration method : t.methods()) {
                    if (method.name().equals(name) && method.parameters().isEmpty() && !method.is(Modifier.STATIC)
                            && getterName(method, Visibility.DEFAULT) == null) {
                        found.add(method);
                    }
                }
                found.addAll(overridden(t, name, lookup, depth + 1));
            });
        }
        return found;
    }

    /** Whether a field is visible to Jackson by {@code @JsonAutoDetect(fieldVisibility = ...)} (public by default). */
    static boolean visible(FieldDeclaration field, Visibility visibility) {
        return visible(field, visibility.field());
    }

    private static boolean visible(Annotated member, String visibility) {
        Set<Modifier> modifiers = member instanceof FieldDeclaration f ? f.modifiers()
                : ((MethodDeclaration) member).modifiers();
        return switch (visibility) {
            case "ANY" -> true;
            case "NON_PRIVATE" -> !modifiers.contains(Modifier.PRIVATE);
            case "PROTECTED_AND_PUBLIC" -> modifiers.contains(Modifier.PUBLIC)
                    || modifiers.contains(Modifier.PROTECTED);
            case "NONE" -> false;
            default -> modifiers.contains(Modifier.PUBLIC);
        };
    }

    /**
     * The implicit property name of a getter {@code visibility} shows (public ones by default;
     * {@code getURL} is "url"), or of any method without parameters {@linkplain #explicit made a
     * property} by an annotation or marked {@code @JsonAnyGetter} (its name); null for other methods.
     */
    static String getterName(MethodDeclaration method, Visibility visibility) {
        if (method.is(Modifier.STATIC) || !method.parameters().isEmpty() || method.isVoid()) {
            return null;
        }
        boolean annotated = explicit(method) || method.find(J + "JsonAnyGetter").isPresent();
        String name = method.name();
        if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
            return annotated || visible(method, visibility.getter()) ? mangle(name.substring(3)) : null;
        }
        boolean bool = method.returnType() instanceof TypeUse.Primitive p && p.name().equals("boolean")
                || method.returnType() instanceof TypeUse.Named n && n.name().equals("java.lang.Boolean");
        if (name.startsWith("is") && name.length() > 2 && bool) {
            return annotated || visible(method, visibility.isGetter()) ? mangle(name.substring(2)) : null;
        }
        return annotated ? name : null;
    }

    /**
     * Refuses a class with two getters Jackson takes for one property and ranks alike, {@code getX()} and
     * {@code getx()} without annotations: Jackson refuses the class when it writes one ("Conflicting getter
     * definitions"), and fabric8 when it generates the CRD.
     */
    static void requireOneGetterEach(TypeDeclaration type, Visibility visibility) {
        Map<String, MethodDeclaration> seen = new HashMap<>();
        for (MethodDeclaration method : type.methods()) {
            String name = method.annotations().isEmpty() && method.name().startsWith("get")
                    ? getterName(method, visibility) : null;
            MethodDeclaration other = name == null ? null : seen.putIfAbsent(name, method);
            if (other != null && !other.name().equals(method.name())) {
                String where = method.doc().where();
                throw OpctlException.invalidInput(String.format("%s: %s() and %s() are both getters of property "
                        + "'%s', and Jackson refuses the class (\"Conflicting getter definitions\"; fabric8 fails "
                        + "too); %s", where != null ? where : type.name() + " (from the class path)", other.name(),
                        method.name(), name, where != null ? "rename one, or mark one @JsonIgnore"
                        : "Jackson cannot write it: hold another type where it is used"));
            }
        }
    }

    /** Jackson's default: lower-case the leading upper-case letters. */
    static String mangle(String base) {
        StringBuilder name = new StringBuilder(base.length());
        int i = 0;
        while (i < base.length() && Character.isUpperCase(base.charAt(i))) {
            name.append(Character.toLowerCase(base.charAt(i)));
            i++;
        }
        return name.append(base, i, base.length()).toString();
    }

    /**
     * The type of a property a getter gives, whose field has the type {@code field}: the getter's
     * {@code returned} type, without type annotations but those of the field's last type argument where
     * the getter's is a {@code java.util.List} or {@code Map} of the same argument (an {@code ArrayList<@Pattern(...)
     * String>} field behind a {@code List<String>} getter), which fabric8 reads from the field whatever its container.
     */
    static TypeUse fieldAnnotations(TypeUse returned, TypeUse field) {
        if (!(returned.unannotated() instanceof TypeUse.Named getter && field instanceof TypeUse.Named own)
                || !getter.name().equals("java.util.List") && !getter.name().equals("java.util.Map")
                || own.arguments().isEmpty() || own.arguments().size() != getter.arguments().size()) {
            return returned.unannotated();
        }
        int last = own.arguments().size() - 1;
        if (!own.arguments().get(last).equals(getter.arguments().get(last))) {
            return getter;
        }
        List<TypeUse> arguments = new ArrayList<>(getter.arguments());
        arguments.set(last, own.arguments().get(last));
        return new TypeUse.Named(getter.name(), arguments, List.of(), getter.written());
    }
}
