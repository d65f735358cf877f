package dev.opctl.crd;

import dev.opctl.crd.model.AnnotationUse;
import dev.opctl.crd.model.FieldDeclaration;
import dev.opctl.crd.model.MethodDeclaration;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Properties whose schema, as fabric8's generator writes it and opctl after it, the API server holds
 * against what fabric8's client writes for them: a {@code java.time} value Jackson writes without a date
 * and an offset under {@code format: date-time} (a {@code Duration} as {@code "PT1M30S"}), a
 * {@code byte[]} (Base64 text) as an array of integers; and an {@code Optional}, which the client's
 * Jackson cannot write or read at all; and Jackson annotations that write a property otherwise than its
 * schema says ({@link #check}). Noted as found, by any thread; said once each, by file and line.
 */
final class ClientValues {
    private static final String J = Annotations.JACKSON;
    private static final String PRUNED = ", where the API server prunes what its schema (as fabric8's generator "
            + "writes it) does not have: ";
    /** What fabric8's client writes for the types whose date-time schema refuses it, then what to hold instead. */
    private static final Map<String, List<String>> NOT_DATE_TIMES = Map.of(
            "java.time.LocalDateTime", List.of("\"2024-05-01T10:15:30\" (no offset)",
                    "an OffsetDateTime or an Instant"),
            "java.time.Duration", List.of("\"PT1M30S\"", "fabric8's io.fabric8.kubernetes.api.model.Duration "
                    + "(\"1m30s\") or a String"),
            "java.time.Year", List.of("\"2024\"", "an int or a String"),
            "java.time.YearMonth", List.of("\"2024-05\"", "a String"),
            "java.time.MonthDay", List.of("\"--05-01\"", "a String"),
            "java.time.OffsetTime", List.of("\"01:00Z\"", "a String"),
            "java.sql.Time", List.of("\"10:15:30\"", "a LocalTime"),
            "java.sql.Date", List.of("\"2024-05-01\"", "a LocalDate"));
    private static final Set<String> OPTIONALS = Set.of("java.util.Optional", "java.util.OptionalInt",
            "java.util.OptionalLong", "java.util.OptionalDouble");

    /** A warning of a property of the class path, {@code F.java:3: field 'a', Lib.b, Lib.c: ...}: from the last. */
    private static final Pattern THROUGH = Pattern.compile("^.*?\\.java:\\d+: field '[^']*'(?:, [A-Za-z_$][\\w$]*\\.[^,:]+)*"
            + ", ([A-Za-z_$][\\w$]*\\.[^,:]+: .*)$", Pattern.DOTALL);
    /** Where a warning is: {@code File.java:12}, then the rest. */
    private static final Pattern PLACE = Pattern.compile("^(.*?\\.java):(\\d{1,9}):");
    /** Warnings by file, then line (12 after 6), then text. */
    private static final Comparator<String> BY_PLACE = Comparator.comparing((String w) -> place(w, 1))
            .thenComparingInt(w -> Integer.parseInt(place(w, 2))).thenComparing(Comparator.naturalOrder());

    private final Set<String> said = new ConcurrentSkipListSet<>(BY_PLACE);

    /**
     * Notes {@code property} of {@code owner}, of declared type {@code type} (whose class {@code types} finds)
     * and schema {@code schema}, at {@code at}, if it is one; and where Jackson writes it otherwise than the
     * schema says, by {@code @JsonUnwrapped}, {@code @JsonRawValue}, a date's {@code @JsonFormat(pattern)}, or
     * its class's {@code @JsonFormat(shape = ARRAY)} or {@code @JsonTypeInfo}. Each ends with what to change:
     * the property's declaration, or where {@code owner} is a class of the class path, not the user's to change,
     * what the resource class can do instead (a swap).
     */
    void check(Property property, TypeDeclaration owner, TypeUse type, JsonSchema schema, String at,
            Function<String, Optional<TypeDeclaration>> types) {
        String name = type instanceof TypeUse.Named named ? named.name() : "";
        Remedy remedy = new Remedy(owner, property.name());
        jackson(property, schema, at, remedy);
        classOf(type, schema, at, types, 0, remedy);
        identity(property, name, schema, at, types, remedy);
        if (NOT_DATE_TIMES.containsKey(name) && "date-time".equals(schema.getFormat())) {
            said.add(String.format("%s: its schema (format: date-time, as fabric8's generator writes it) refuses what "
                    + "fabric8's client writes for a %s, %s; %s", at, name.substring(name.lastIndexOf('.') + 1),
                    NOT_DATE_TIMES.get(name).get(0), remedy.or("hold " + NOT_DATE_TIMES.get(name).get(1))));
        } else if (OPTIONALS.contains(name)) {
            said.add(String.format("%s: fabric8's client cannot write or read an %s (its Jackson has no Jdk8Module), "
                    + "so every read of the resource fails; %s", at, name.substring(name.lastIndexOf('.') + 1),
                    remedy.or("hold the value itself, null when absent (unless your client's KubernetesSerialization "
                    + "registers Jdk8Module)", "register Jdk8Module with your client's KubernetesSerialization")));
        } else if (type instanceof TypeUse.ArrayOf array && array.component() instanceof TypeUse.Primitive p
                && p.name().equals("char") && Objects.equals(schema.getType(), "array")) {
            said.add(String.format("%s: its schema (an array of strings, as fabric8's generator writes it) refuses "
                    + "what fabric8's client writes for a char[], one string (\"ab\"); %s", at,
                    remedy.or("give it a string's, @SchemaFrom(type = String.class), or hold a String")));
        } else if (bytes(type, schema)) {
            said.add(String.format("%s: its schema (an array of integers, as fabric8's generator writes it) refuses "
                    + "what fabric8's client writes for a byte[], Base64 text; %s", at, remedy.or(type instanceof
                    TypeUse.ArrayOf ? "give it a string's, @SchemaFrom(type = String.class)" : "hold Strings of Base64 "
                    + "text instead")));
        }
    }

    /**
     * What to change about a property: its declaration, or, of a class of the class path, a swap on the
     * resource class that gives it the schema of a class of the user's.
     */
    private record Remedy(TypeDeclaration owner, String field) {
        boolean ofClassPath() {
            return owner != null && owner.doc().where() == null;
        }

        /** {@code sources}, the advice for a property of the sources, or the swap. */
        String or(String sources) {
            return ofClassPath() ? TypeErrors.swap(owner, field) : sources;
        }

        /** {@code sources}, the advice for a property of the sources, or {@code instead}. */
        String or(String sources, String instead) {
            return ofClassPath() ? owner.simpleName() + " is a class of the class path, not yours to change: " + instead
                    : sources;
        }
    }

    private void jackson(Property property, JsonSchema schema, String at, Remedy remedy) {
        if (Annotations.enabled(property.find(J + "JsonUnwrapped"))) {
            // A swap gives the property another schema, but cannot move its properties into the object that holds it.
            said.add(String.format("%s: Jackson writes the properties of its value into the object that holds it "
                    + "(@JsonUnwrapped)%s%s", at, PRUNED, remedy.or("declare them there, or drop @JsonUnwrapped",
                    "give the field of yours that holds it @PreserveUnknownFields")));
        }
        if (property.find(J + "JsonRawValue").filter(a -> a.bool("value").orElse(true)).isPresent()) {
            said.add(String.format("%s: Jackson writes its text as JSON (@JsonRawValue), which its schema (a string) "
                    + "refuses unless it holds a quoted string; %s", at, remedy.or("give it the schema of what it "
                    + "holds, @SchemaFrom(type = ...), or any JSON's, @PreserveUnknownFields")));
        }
        // On a property, whatever its class: the id as a property of the value, or a wrapper object or array.
        property.find(J + "JsonTypeInfo").filter(ClientValues::writesTypeId).ifPresent(a -> said.add(String.format(
                "%s: Jackson writes a type id with its value (@JsonTypeInfo on the property, include = %s)%s%s", at,
                a.enumConstant("include").orElse("PROPERTY"), PRUNED,
                remedy.or("drop it, or give the property @PreserveUnknownFields"))));
        Optional<String> pattern = property.find(JacksonShapes.JSON_FORMAT).flatMap(a -> a.string("pattern"))
                .filter(p -> !p.isEmpty());
        if (pattern.isPresent() && "date-time".equals(schema.getFormat())
                && !(pattern.get().contains("'T'") && pattern.get().matches(".*[XxZO].*"))) {
            // A zone by its ID (VV): an offset (Z, +02:00) passes, a region (Europe/Paris, UTC) not.
            boolean zoneId = pattern.get().contains("'T'") && pattern.get().replaceAll("'[^']*'", "").contains("V");
            said.add(String.format("%s: Jackson writes it by the pattern \"%s\" (@JsonFormat), which its schema "
                    + "(format: date-time) refuses%s%s", at, pattern.get(), zoneId ? " where the zone is a region "
                    + "(\"...T10:15:30Europe/Paris\", \"...UTC\"), though not an offset (\"Z\", \"+02:00\")" : "",
                    remedy.ofClassPath() ? "; " + remedy.or("")
                    : ": write a date, a 'T', a time and an offset (yyyy-MM-dd'T'HH:mm:ssXXX), or give it a string's "
                    + "schema, @SchemaFrom(type = String.class)"));
        }
    }

    /**
     * Where Jackson writes an object of class {@code use} otherwise than its schema says, by its class's
     * {@code @JsonFormat(shape = ARRAY)}, {@code @JsonTypeInfo} or {@code @JsonAnyGetter}; of the elements of
     * a collection or the values of a map it declares too ({@code Set<Shape>}, {@code Map<String, Shape>}).
     */
    private void classOf(TypeUse use, JsonSchema schema, String at, Function<String, Optional<TypeDeclaration>> types,
            int depth, Remedy remedy) {
        if (!(use instanceof TypeUse.Named named) || schema == null || depth > 8) {
            return;
        }
        String type = named.name();
        if ("array".equals(schema.getType()) && KnownTypes.COLLECTIONS.contains(type)
                && named.arguments().size() == 1) {
            classOf(named.arguments().get(0), schema.getItems(), at, types, depth + 1, remedy);
            return;
        }
        if ("object".equals(schema.getType()) && KnownTypes.MAPS.contains(type) && named.arguments().size() == 2) {
            classOf(named.arguments().get(1), schema.getAdditionalProperties(), at, types, depth + 1, remedy);
            return;
        }
        // An object's class: the walk has read it already (a JDK or catalog class is none of the sources').
        // Not where the schema keeps unknown fields (@PreserveUnknownFields on the property or its class).
        Optional<TypeDeclaration> declaration = "object".equals(schema.getType()) && !type.isEmpty()
                && !KnownTypes.isKnown(type) && !Boolean.TRUE.equals(schema.getPreserveUnknownFields())
                ? types.apply(type) : Optional.empty();
        declaration.flatMap(t -> t.find(JacksonShapes.JSON_FORMAT)).flatMap(a -> a.enumConstant("shape"))
                .filter("ARRAY"::equals).ifPresent(a -> said.add(String.format("%s: Jackson writes a %s as an array "
                        + "of its properties' values (@JsonFormat(shape = ARRAY)), which its schema (an object) "
                        + "refuses; %s", at, type.substring(type.lastIndexOf('.') + 1), remedy.or("drop the shape"))));
        String simple = type.substring(type.lastIndexOf('.') + 1);
        // Of the elements of a collection or the values of a map: the field's annotation would be the container's.
        String elements = "@PreserveUnknownFields (on the field, it applies to the list or map, not to its elements)";
        // A class without subtypes whose id is one of its properties is written as its schema says.
        declaration.filter(t -> t.find(J + "JsonTypeInfo").filter(a -> writesTypeId(a)
                || t.find(J + "JsonSubTypes").isPresent() && polymorphic(a)).isPresent()).ifPresent(base -> {
                    String name = base.simpleName();
                    said.add(String.format("%s: Jackson writes the type property and the properties of the subtypes "
                            + "of %s (@JsonTypeInfo)%s%s", at, name, PRUNED, remedy.or(base.doc().where() != null
                            ? "give the base class every field, or " + (depth == 0 ? "@PreserveUnknownFields"
                                    : "put on it " + elements)
                            // Of a jar (trial36 L5): the field is the user's to change, the base class not.
                            : (depth == 0 ? "give the field @PreserveUnknownFields, or the schema of a class of yours "
                                    + "with every field, @SchemaFrom(type = T.class)" : "give its elements a class of "
                                    + "yours with every field of " + name + "'s subtypes, or one with "
                                    + "@PreserveUnknownFields") + " (" + name + " is a class of the class path, not yours "
                            + "to change" + (depth == 0 ? ")" : "; on the field, @PreserveUnknownFields applies to the "
                                    + "list or map, not to its elements)"))));
                });
        // A jar's class keeps in getAdditionalProperties() what a server sent that its model lacks, as fabric8's
        // do (Strimzi's UnknownPropertyPreserving, trial45 M1): not the operator's to write.
        declaration.ifPresent(t -> anyGetter(t, types).filter(any -> t.doc().where() != null
                || !any.equals("getAdditionalProperties()")).ifPresent(any -> said.add(String.format("%s: Jackson writes "
                + "the entries of %s (@JsonAnyGetter) as properties of %s%s%s", at, any, simple, PRUNED, remedy.or(
                depth == 0 ? "put @PreserveUnknownFields on the field (or on the class, where the sources declare it)"
                : t.doc().where() != null ? "put on the class " + simple + " " + elements
                : "give its elements a class of yours that extends " + simple + ", with " + elements)))));
    }

    /**
     * Where Jackson writes an object of a class with {@code @JsonIdentityInfo} by its id alone, which its
     * schema (an object) refuses: always with {@code @JsonIdentityReference(alwaysAsId = true)}, else each
     * time after the first in the same resource.
     */
    private void identity(Property property, String type, JsonSchema schema, String at,
            Function<String, Optional<TypeDeclaration>> types, Remedy remedy) {
        if (!"object".equals(schema.getType()) || type.isEmpty() || KnownTypes.isKnown(type)
                || Boolean.TRUE.equals(schema.getPreserveUnknownFields())) {
            return;
        }
        Optional<AnnotationUse> info = types.apply(type).flatMap(t -> t.find(J + "JsonIdentityInfo"))
                .filter(a -> a.classLiteral("generator").filter(g -> !(g instanceof TypeUse.Named n
                        && n.name().endsWith("ObjectIdGenerators.None"))).isPresent());
        if (info.isEmpty()) {
            return;
        }
        boolean asId = property.find(J + "JsonIdentityReference").flatMap(a -> a.bool("alwaysAsId")).orElse(false);
        said.add(String.format("%s: Jackson writes a %s %s by its id alone (@JsonIdentityInfo%s), which its schema "
                + "(an object) refuses; %s", at, type.substring(type.lastIndexOf('.') + 1), asId ? "always"
                : "met before in the same resource", asId ? ", @JsonIdentityReference(alwaysAsId = true)" : "",
                remedy.or(asId ? "give it the id's schema, @SchemaFrom(type = String.class) for a String id"
                : "drop @JsonIdentityInfo, or give the field @PreserveUnknownFields")));
    }

    /**
     * The {@code @JsonAnyGetter} method ({@code getExtra()}) or field of {@code type}, a superclass or an interface
     * they implement (whose annotation Jackson gives the method that overrides it: Microcks' statuses implement
     * an {@code AdditionalPropertyPreserving} so, trial43 L1), if any.
     */
    private static Optional<String> anyGetter(TypeDeclaration type, Function<String, Optional<TypeDeclaration>> types) {
        Deque<TypeDeclaration> next = new ArrayDeque<>(List.of(type));
        Set<String> seen = new HashSet<>();
        // Not of fabric8's models (cert-manager's, ...), as of the catalog's, nor of a class extending one (a
        // Condition of the user's): their getAdditionalProperties() holds what a server sent that the model lacks.
        while (!next.isEmpty() && seen.size() < 64) {
            TypeDeclaration t = next.poll();
            if (t.name().startsWith("io.fabric8.") || !seen.add(t.name())) {
                continue;
            }
            for (MethodDeclaration method : t.methods()) {
                if (Annotations.enabled(method.find(J + "JsonAnyGetter"))) {
                    return Optional.of(method.name() + "()");
                }
            }
            for (FieldDeclaration field : t.fields()) {
                if (Annotations.enabled(field.find(J + "JsonAnyGetter"))) {
                    return Optional.of(field.name());
                }
            }
            List<String> supertypes = new ArrayList<>();
            supertypes.add(t.superclass() == null ? "java.lang.Object" : t.superclass().name());
            t.interfaces().forEach(i -> supertypes.add(i.name()));
            for (String supertype : supertypes) {
                // The JDK's classes and the libraries opctl reads by name (CustomResource) declare no @JsonAnyGetter.
                if (!supertype.startsWith("java.") && !LibraryNames.contains(supertype)) {
                    types.apply(supertype).ifPresent(next::add);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a class's {@code @JsonTypeInfo} makes Jackson write a type id: all but {@code use = NONE}. */
    static boolean polymorphic(AnnotationUse typeInfo) {
        return !typeInfo.enumConstant("use").filter("NONE"::equals).isPresent();
    }

    /**
     * Whether a {@code @JsonTypeInfo} makes Jackson write a type id beside the properties: polymorphic, and not
     * one of them ({@code include = EXISTING_PROPERTY}).
     */
    private static boolean writesTypeId(AnnotationUse typeInfo) {
        return polymorphic(typeInfo) && !typeInfo.enumConstant("include").filter("EXISTING_PROPERTY"::equals)
                .isPresent();
    }

    /**
     * Notes another warning on the sources: a constraint that changes no schema ({@link IgnoredConstraints}), a
     * marker opctl does not read ({@link KubebuilderMarkers}).
     */
    void say(String warning) {
        said.add(warning);
    }

    /**
     * What was noted, by file, line and text; of a property of a class of the class path, reached by many
     * paths ({@code field 'a', Lib.key}, {@code field 'b', Lib.key}), the first only: one change answers all.
     */
    List<String> said() {
        Set<String> throughClassPath = new HashSet<>();
        List<String> out = new ArrayList<>(said.size());
        for (String warning : said) {
            Matcher through = THROUGH.matcher(warning);
            if (!through.matches() || throughClassPath.add(through.group(1))) {
                out.add(warning);
            }
        }
        return out;
    }

    private static String place(String warning, int group) {
        Matcher m = PLACE.matcher(warning);
        return m.find() ? m.group(group) : group == 1 ? warning : "0";
    }

    /** Whether a schema makes an array of a byte[]: the value's, or its elements' or values' ({@code List<byte[]>}). */
    private static boolean bytes(TypeUse type, JsonSchema schema) {
        if (schema == null) {
            return false;
        }
        if (type instanceof TypeUse.ArrayOf array && array.component() instanceof TypeUse.Primitive p
                && p.name().equals("byte")) {
            return Objects.equals(schema.getType(), "array");
        }
        TypeUse.Named named = type instanceof TypeUse.Named n ? n : null;
        if (named != null && KnownTypes.COLLECTIONS.contains(named.name()) && named.arguments().size() == 1) {
            return bytes(named.arguments().get(0), schema.getItems());
        }
        return named != null && KnownTypes.MAPS.contains(named.name()) && named.arguments().size() == 2
                && bytes(named.arguments().get(1), schema.getAdditionalProperties());
    }
}
