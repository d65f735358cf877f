package dev.opctl.crd;

import dev.opctl.crd.model.Annotated;
import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.Modifier;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Jackson's passes over the properties {@link ModelProperties} collects, in the order its
 * introspector runs them: {@code @JsonIgnore} over a property's members, the names setters give,
 * {@code @JsonAnyGetter} methods, and the order in which the members' annotations merge.
 */
final class JacksonPasses {
    private static final String J = Annotations.JACKSON;
    private static final String DATABIND = "com.fasterxml.jackson.databind.annotation.";
    /** An ignoral Jackson reads as it reads {@code @JsonIgnore}. */
    private static final String TRANSIENT = "java.beans.Transient";
    /** The annotations that name a property for Jackson's reading only (its findNameForDeserialization). */
    private static final List<String> READ_ONLY = List.of(DATABIND + "JsonDeserialize", J + "JsonSetter",
            J + "JsonMerge");
    /** The annotations that name a field's or getter's property, and a setter's (Jackson's ANNOTATIONS_TO_INFER_*). */
    private static final List<String> INFER_GETTER = List.of(J + "JsonProperty", J + "JsonGetter",
            DATABIND + "JsonSerialize", J + "JsonView", J + "JsonFormat", J + "JsonTypeInfo", J + "JsonRawValue",
            J + "JsonUnwrapped", J + "JsonBackReference", J + "JsonManagedReference");
    private static final List<String> INFER_SETTER = List.of(J + "JsonProperty", J + "JsonSetter",
            DATABIND + "JsonDeserialize", J + "JsonView", J + "JsonFormat", J + "JsonTypeInfo", J + "JsonUnwrapped",
            J + "JsonBackReference", J + "JsonManagedReference", J + "JsonMerge");

    private JacksonPasses() {
    }

    /**
     * Jackson's {@code @JsonIgnore}, over a property's fields, getters and setters alike: where one is
     * ignored, the whole property goes unless another one, not ignored, names it explicitly
     * ({@link #explicit}); then only the ignored ones go.
     * fabric8 then drops a property whose setter carries a {@code @JsonIgnore} at all, even
     * {@code @JsonIgnore(false)} (the rest of that check is {@link PropertySchemas#member}'s).
     * A property so gone that Jackson still reads, one not ignored of its members naming it for reading only
     * ({@link #READ_ONLY}), is said to {@code said}: the API server prunes what the CRD leaves out (trial39 M1).
     */
    static void removeIgnored(Map<String, Property> properties, Map<String, List<Annotated>> setters,
            Consumer<String> said) {
        for (Iterator<Map.Entry<String, Property>> it = properties.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Property> entry = it.next();
            Property p = entry.getValue();
            List<Annotated> ofSetters = setters.getOrDefault(p.implicitName(), List.of());
            if (ofSetters.isEmpty() && Annotated.first(p.members(), J + "JsonIgnore").isEmpty()
                    && Annotated.first(p.members(), TRANSIENT).isEmpty()) {
                continue; // most properties: nothing to do, nothing to allocate
            }
            boolean markedSetter = ofSetters.stream().anyMatch(s -> !ignored(s) && s.find(J + "JsonIgnore")
                    .isPresent());
            if (markedSetter || ignoredWhole(p.members(), ofSetters)) {
                it.remove();
                sayRead(p, setters, said);
            } else if (p.members().stream().anyMatch(m -> ignored(m, p.members()))) {
                entry.setValue(p.with(p.name(), p.members().stream().filter(m -> !ignored(m, p.members())).toList()));
            }
        }
    }

    /**
     * Says to {@code said} where {@code p}, a property Jackson writes none of (an ignoral), is one it reads: a member
     * of it (or setter) not ignored, written in a source, names it for Jackson's reading alone ({@link #READ_ONLY}).
     */
    static void sayRead(Property p, Map<String, List<Annotated>> setters, Consumer<String> said) {
        Stream.concat(p.members().stream().filter(m -> !ignored(m, p.members())), setters.getOrDefault(
                p.implicitName(), List.of()).stream().filter(s -> !ignored(s))).filter(m -> m.doc().where() != null)
                .flatMap(m -> READ_ONLY.stream().filter(a -> m.find(a).isPresent()).limit(1).map(a -> String.format(
                        "%s: field '%s': Jackson reads it (@%s) but writes none of it (a @JsonIgnore on one of its "
                        + "members), so the CRD leaves it out, as fabric8's generator does, and the API server drops it "
                        + "from every object; name it @JsonProperty where Jackson writes it, or take the @JsonIgnore "
                        + "away", m.doc().where(), p.name(), a.substring(a.lastIndexOf('.') + 1))))
                .findFirst().ifPresent(said);
    }

    /**
     * Whether Jackson drops the whole property of these members and setters: one is ignored, and
     * no other names it explicitly, or all of its fields and getters are ignored. It drops it before
     * it renames any property, so such a property takes no name from another one.
     */
    static boolean ignoredWhole(List<Annotated> members, List<Annotated> setters) {
        boolean anyIgnored = false;
        boolean explicit = false;
        boolean kept = false;
        for (Annotated member : members) {
            boolean ignored = ignored(member, members);
            anyIgnored |= ignored;
            kept |= !ignored;
            explicit |= !ignored && explicit(member, members);
        }
        for (Annotated setter : setters) {
            boolean ignored = ignored(setter);
            anyIgnored |= ignored;
            explicit |= !ignored && explicit(setter);
        }
        return anyIgnored && (!explicit || !kept);
    }

    /**
     * Jackson 2.20 (fabric8 7.5.2's) keeps a {@code @JsonAnyGetter} method as a property even when the
     * name it gives is ignored ({@code @JsonIgnore} on a field of that name, {@code @JsonIgnoreProperties}):
     * then the property is named after the method ({@code getExtra}). It refuses a class with two, or
     * with two {@code @JsonAnyGetter} fields and no such method.
     */
    static void keepAnyGetters(TypeDeclaration type, List<TypeDeclaration> hierarchy, Map<String, Property> properties,
            List<Property> anyGetters) {
        Set<String> names = new TreeSet<>();
        anyGetters.forEach(any -> names.add(any.name() + "()"));
        if (names.isEmpty()) {
            hierarchy.stream().flatMap(t -> t.fields().stream()).filter(f -> !f.is(Modifier.STATIC))
                    .filter(f -> Annotations.enabled(f.find(Annotations.JACKSON + "JsonAnyGetter")))
                    .forEach(f -> names.add(f.name()));
        }
        if (names.size() > 1) {
            throw OpctlException.invalidInput(String.format("%s: %s has more than one @JsonAnyGetter %s (%s); "
                    + "Jackson refuses that: keep one", type.doc().where() != null ? type.doc().where() : type.name(),
                    type.simpleName(), anyGetters.isEmpty() ? "field" : "method", String.join(", ", names)));
        }
        for (Property any : anyGetters) {
            Annotated method = any.members().get(0);
            boolean kept = ignored(method) || properties.containsKey(any.name());
            for (Iterator<Property> it = properties.values().iterator(); !kept && it.hasNext(); ) {
                for (Annotated member : it.next().members()) {
                    kept |= member == method;
                }
            }
            if (!kept) {
                properties.put(any.name(), any);
            }
        }
    }

    /**
     * The error of a second property of one class that its members name {@code name} ({@code @JsonProperty}
     * giving two of them one name), as Jackson refuses it ("Conflicting getter definitions", "Multiple
     * fields representing property"), but for a getter and a field, which it merges; null for none. It is
     * placed at the second property's member that names it.
     *
     * @param named the names the class's members gave so far; {@code name} is added
     * @param properties the properties so far, by name
     */
    static String clash(TypeDeclaration type, Set<String> named, Map<String, Property> properties,
            String name, String implicitName, List<Annotated> members) {
        Property earlier = properties.get(name);
        if (named.add(name) || earlier == null || earlier.implicitName().equals(implicitName)
                || members.stream().anyMatch(JacksonPasses::ignored) || earlier.members().stream()
                        .anyMatch(JacksonPasses::ignored)) {
            return null; // an ignored member's property goes, or merges: Jackson has no conflict to refuse
        }
        // Jackson keeps a getter over a field, and one named by its own annotation over one named implicitly.
        boolean getter = members.stream().anyMatch(JacksonPasses::isGetter);
        if (getter == earlier.members().stream().anyMatch(JacksonPasses::isGetter)
                && explicitlyNamed(members, getter) == explicitlyNamed(earlier.members(), getter)) {
            String where = members.stream().filter(m -> m.find(Annotations.JACKSON + "JsonProperty").isPresent()
                    || m.find(Annotations.JACKSON + "JsonGetter").isPresent()).map(m -> m.doc().where())
                    .filter(Objects::nonNull).findFirst().orElse(type.doc().where() != null ? type.doc().where()
                    : type.name());
            return String.format("%s: %s has two properties named '%s' (%s and %s); Jackson refuses that: give one "
                    + "another name", where, type.simpleName(), name, earlier.implicitName(), implicitName);
        }
        return null;
    }

    private static boolean explicitlyNamed(List<Annotated> members, boolean getters) {
        return members.stream().filter(m -> isGetter(m) == getters).anyMatch(m -> m.find(Annotations.JACKSON
                + "JsonProperty").isPresent() || m.find(Annotations.JACKSON + "JsonGetter").isPresent());
    }

    /**
     * The property with its members in the order Jackson merges their annotations, the first one
     * found winning: getters, then fields (and components), then the creator's parameters, then setters,
     * each the most derived first. A setter counts where the property has a getter, else only when public;
     * an ignored parameter or setter not at all.
     */
    static Property inJacksonsOrder(Property p, List<Annotated> parameters, List<Annotated> setters) {
        boolean getter = false;
        boolean sorted = true;
        for (Annotated member : p.members()) {
            sorted &= getter || !isGetter(member);
            getter |= isGetter(member);
        }
        if (sorted && parameters.isEmpty() && setters.isEmpty()) {
            return p; // most properties: a field alone, or the getter first already
        }
        List<Annotated> members = new ArrayList<>(p.members().size() + parameters.size() + setters.size());
        p.members().stream().filter(JacksonPasses::isGetter).forEach(members::add);
        p.members().stream().filter(m -> !isGetter(m)).forEach(members::add);
        parameters.stream().filter(m -> !ignored(m)).forEach(members::add);
        for (Annotated setter : setters) {
            if (!ignored(setter) && (getter || ((MethodDeclaration) setter).is(Modifier.PUBLIC))) {
                members.add(setter);
            }
        }
        return p.with(p.name(), members);
    }

    /** The name {@code @JsonProperty} or {@code @JsonGetter} gives the first of the members it names; or null. */
    static String explicitName(List<Annotated> members) {
        return members.stream().flatMap(m -> Stream.of(m.find(J + "JsonProperty"), m.find(J + "JsonGetter")))
                .flatMap(Optional::stream).map(a -> a.string("value").orElse("")).filter(v -> !v.isEmpty())
                .findFirst().orElse(null);
    }

    static boolean isGetter(Annotated member) {
        return member instanceof MethodDeclaration method && method.parameters().isEmpty();
    }

    /**
     * A property no field or getter names explicitly takes the name its setter gives it. One they name
     * keeps its name, as Jackson splits another name of its setter off into a property it only reads; but
     * a getter that names it not at all besides (Lombok's, say) makes Jackson refuse the class.
     */
    static void renameBySetters(Map<String, Property> properties, Map<String, List<Annotated>> setters) {
        for (Property p : List.copyOf(properties.values())) {
            List<Annotated> ofSetters = setters.get(p.implicitName());
            String name = ofSetters == null ? null : ofSetters.stream()
                    .flatMap(m -> Stream.of(m.find(J + "JsonProperty"), m.find(J + "JsonSetter")))
                    .flatMap(Optional::stream).map(a -> a.string("value").orElse("")).filter(v -> !v.isEmpty())
                    .findFirst().orElse(null);
            if (name == null || name.equals(p.name())) {
                continue;
            }
            if (explicitName(p.members()) == null && p.name().equals(p.implicitName())) {
                properties.remove(p.name());
                properties.put(name, p.with(name, p.members()));
                continue;
            }
            Optional<Annotated> unnamed = p.members().stream()
                    .filter(m -> isGetter(m) && explicitName(List.of(m)) == null).findFirst();
            if (unnamed.isPresent()) {
                MethodDeclaration setter = (MethodDeclaration) ofSetters.get(0);
                throw OpctlException.invalidInput(String.format("%s: %s(...) names property '%s' \"%s\" and its field "
                        + "or getter names it \"%s\", but %s() gives it no name; Jackson refuses that (\"Conflicting/"
                        + "ambiguous property name definitions\"): name it alike everywhere, or in the setter only",
                        setter.doc().where() != null ? setter.doc().where() : p.implicitName(), setter.name(),
                        p.implicitName(), name, p.name(), ((MethodDeclaration) unnamed.get()).name()));
            }
        }
    }

    /**
     * Whether Jackson ignores {@code member} of a property of {@code members} (the most derived first): a
     * getter is one accessor with the getters it overrides, whose annotations Jackson merges into it, the
     * nearest of a type winning (a base getter's {@code @JsonIgnore} ignores the override, unless that says
     * {@code @JsonIgnore(false)}).
     */
    private static boolean ignored(Annotated member, List<Annotated> members) {
        if (!isGetter(member)) {
            return ignored(member);
        }
        for (Annotated other : overridden((MethodDeclaration) member, members)) {
            Optional<AnnotationUse> ignore = other.find(J + "JsonIgnore").or(() -> other.find(TRANSIENT));
            if (ignore.isPresent()) {
                return ignore.get().bool("value").orElse(true);
            }
        }
        return false;
    }

    /** Whether {@code member} (a getter with those it overrides, as {@link #ignored(Annotated, List)}) is named. */
    private static boolean explicit(Annotated member, List<Annotated> members) {
        return isGetter(member) ? overridden((MethodDeclaration) member, members).stream()
                .anyMatch(JacksonPasses::explicit) : explicit(member);
    }

    /** {@code getter} and the getters of {@code members} it overrides (of its name), the most derived first. */
    private static List<Annotated> overridden(MethodDeclaration getter, List<Annotated> members) {
        return members.stream().filter(m -> isGetter(m) && ((MethodDeclaration) m).name().equals(getter.name()))
                .toList();
    }

    /**
     * Whether Jackson ignores a member: {@code @JsonIgnore}, or else {@code @java.beans.Transient}
     * (each may say {@code false}).
     */
    private static boolean ignored(Annotated member) {
        Optional<AnnotationUse> ignore = member.find(J + "JsonIgnore").or(() -> member.find(TRANSIENT));
        return ignore.isPresent() && ignore.get().bool("value").orElse(true);
    }

    /**
     * Whether an accessor names its property explicitly, which keeps it when another one is ignored:
     * as Jackson's introspector has it, by {@code @JsonProperty}, {@code @JsonGetter} ({@code @JsonSetter}
     * on a setter), or an annotation from which Jackson infers that it is a property.
     */
    private static boolean explicit(Annotated member) {
        boolean setter = member instanceof MethodDeclaration method && method.parameters().size() == 1;
        for (String annotation : setter ? INFER_SETTER : INFER_GETTER) {
            if (member.find(annotation).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Jackson reads a property but never writes it: {@code @JsonProperty(access = WRITE_ONLY)},
     * or the back link of a parent-child pair ({@code @JsonBackReference}).
     */
    static boolean writeOnly(List<Annotated> members) {
        return Annotated.first(members, J + "JsonProperty").flatMap(a -> a.enumConstant("access"))
                .filter("WRITE_ONLY"::equals).isPresent() || Annotated.first(members, J + "JsonBackReference")
                        .isPresent();
    }
}
