package dev.opctl.crd;

import dev.opctl.crd.classfile.JdkClasses;
import dev.opctl.crd.model.TypeDeclaration;
import dev.opctl.crd.model.TypeUse;
import dev.opctl.engine.ExitCode;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The errors for a type opctl cannot find or map, each saying what to do. */
final class TypeErrors {
    /** The remedy of a field's type opctl does not map. */
    private static final String USE = "; use one of those";
    /** The types opctl maps, said in the first error of a type it does not map. */
    private static final String MAPS = " (it maps strings, numbers, booleans, dates, times, durations, UUIDs, arrays, "
            + "collections, maps, enums and Jackson's nodes; docs/crds.md lists them)" + USE;
    /** {@link #MAPS} in the errors after the first. */
    private static final String MAPS_AGAIN = " (the first such error lists the types it maps)" + USE;
    /** The remedy of a field of the sources: a class of the class path has {@code @SchemaSwap} instead. */
    private static final String FROM = ", or map the field with @SchemaFrom(type = ...)";
    /** The advice that ends an error of a property, to change its field: not for a field of the class path. */
    private static final Pattern ADVICE = Pattern.compile("; (give|hold|declare|drop|put) [^;]*$");
    /** Where an error is: {@code File.java:12}, then the rest. */
    private static final Pattern PLACE = Pattern.compile("^(.*?\\.java):(\\d{1,9}):");
    /** What to do about a type the sources and the class path do not declare. */
    private static final String ADD = "; add its sources or its jar (--sources, --classpath; in a project, a Maven "
            + "dependency)";

    private TypeErrors() {
    }

    /**
     * A supertype of {@code type} that neither the sources nor the class path declare. Of a type of the
     * class path, which has no place in the sources, the property that uses it gives the error one ({@link Unplaced}).
     */
    static OpctlException unknownSupertype(TypeDeclaration type, String what, String name) {
        String text;
        if (KubernetesCatalog.get().contains(name)) { // its schema is known, but not its Java declaration
            text = String.format("%s, the %s of %s, is a Kubernetes model class whose schema opctl knows but whose "
                    + "properties it reads from its jar, to inherit them; add fabric8's model jars to --classpath "
                    + "(kubernetes-model-core and kubernetes-model-common %s; in a project they come with its Maven "
                    + "dependencies)", name, what, type.name(), KubernetesCatalog.get().fabric8Version());
        } else {
            text = String.format("%s, the %s of %s, is not declared in the sources or on the class path, so the "
                    + "properties inherited from it are unknown" + ADD, name, what, type.name());
        }
        return type.doc().where() != null ? OpctlException.invalidInput(type.doc().where() + ": " + text)
                : new Unplaced(type.name(), text);
    }

    /**
     * Adds {@code e} and the errors suppressed in it (those found beside it) to {@code errors}, but one
     * that says what one of them says already (an error of a class, met through two uses of it).
     */
    static void record(List<OpctlException> errors, OpctlException e) {
        record(errors, e, error -> true);
    }

    /** {@link #record(List, OpctlException)}, of the errors {@code kept} keeps. */
    static void record(List<OpctlException> errors, OpctlException e, Predicate<OpctlException> kept) {
        for (OpctlException error : Stream.concat(Stream.of(e), Stream.of(e.getSuppressed()))
                .filter(OpctlException.class::isInstance).map(OpctlException.class::cast).filter(kept).toList()) {
            if (errors.stream().noneMatch(other -> key(other).equals(key(error)))) {
                errors.add(error);
            }
        }
    }

    /**
     * What makes two errors one: their message, or for an error of a property of a class of the class path, met
     * through two fields of the sources, that property's and its error's; for a cycle, the classes in it.
     */
    private static String key(OpctlException e) {
        return e instanceof Placed placed ? placed.key : e.getMessage();
    }

    /** Whether {@code e} is an error of a property (of its type, its annotations), which no other error causes. */
    static boolean ofProperty(OpctlException e) {
        return e instanceof Placed;
    }

    /** An error said once for every {@code key}: a cycle met from any of its classes, say. */
    static OpctlException keyed(String message, String key) {
        return new Placed(OpctlException.invalidInput(message), message, key);
    }

    /**
     * The errors of a run (not empty), as the command line says them: the first, with the others suppressed
     * in it, each a line. In the order javac says its errors, by file, then line; before them, those of no
     * place (a class path that failed, a CRD's two storage versions), which are often what the others come
     * of; errors at one place in the order found. The list of the types opctl maps is said once, in the first
     * error that has it.
     */
    static OpctlException toSay(List<OpctlException> errors) {
        Map<OpctlException, Place> places = new IdentityHashMap<>();
        for (OpctlException e : errors) {
            Matcher m = PLACE.matcher(e.getMessage());
            places.put(e, m.find() ? new Place(m.group(1), Integer.parseInt(m.group(2))) : Place.NONE);
        }
        List<OpctlException> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(places::get, Comparator.comparing((Place p) -> p != Place.NONE)
                .thenComparing(Place::file).thenComparingInt(Place::line)));
        OpctlException first = null;
        boolean listed = false;
        for (OpctlException e : sorted) {
            String message = e.getMessage();
            if (message.contains(MAPS)) {
                message = listed ? message.replace(MAPS, MAPS_AGAIN) : message;
                listed = true;
            }
            // Afresh: an error may hold others it was found with, which are in the list, each in its place.
            OpctlException said = new OpctlException(e.exitCode(), message, e.getCause());
            if (first == null) {
                first = said;
            } else {
                first.addSuppressed(said);
            }
        }
        return first;
    }

    private record Place(String file, int line) {
        static final Place NONE = new Place("", 0);
    }

    /**
     * {@code e}, an error of the property at {@code at}, whose {@code @SchemaFrom} gives the type it is about:
     * said of that type, and without advising {@code @SchemaFrom}, which is there.
     */
    static OpctlException ofSchemaFrom(OpctlException e, String at) {
        String message = e.getMessage();
        if (!message.startsWith(at + ": ") || !message.endsWith(FROM)) {
            return e; // of a property within the type it gives, where @SchemaFrom is advice
        }
        return new OpctlException(e.exitCode(), at + ": @SchemaFrom's type: " + message.substring(at.length() + 2,
                message.length() - FROM.length()), e.getCause());
    }

    /** The first of {@code errors} (not empty), with the others suppressed in it: the command line says each. */
    static OpctlException together(List<OpctlException> errors) {
        OpctlException first = errors.get(0);
        Set<Throwable> in = Collections.newSetFromMap(new IdentityHashMap<>());
        in.add(first);
        in.addAll(List.of(first.getSuppressed()));
        errors.stream().filter(e -> !in.contains(e)).forEach(first::addSuppressed);
        return first;
    }

    /**
     * {@code e}, an error of the property at {@code at} (the field {@code field} of {@code owner}) or of what it
     * reaches, as the property nearest to it has it, which those around it leave as it is: an {@link Unplaced}
     * one placed there; and one of a property of a class of the class path, which the user cannot change,
     * saying how to replace that property's schema.
     */
    static OpctlException placed(OpctlException e, String at, TypeDeclaration owner, String field) {
        if (e instanceof Placed) {
            return e;
        }
        String message = e instanceof Unplaced unplaced ? unplaced.at(at).getMessage() : e.getMessage();
        if (owner.doc().where() == null && message.startsWith(at + ": ")) {
            // Neither another type nor @SchemaFrom for a field of the class path, which the user cannot change: a swap.
            message = message.endsWith(FROM) ? message.substring(0, message.length() - FROM.length()) : message;
            message = message.endsWith(USE) ? message.substring(0, message.length() - USE.length()) : message;
            Matcher advice = ADVICE.matcher(message);
            message = advice.find() ? message.substring(0, advice.start()) : message; // what a source's field could do
            message += "; " + swap(owner, field);
        }
        // Of a class of the class path, the same whichever field of the sources reaches it: one error.
        String text = e.getMessage().startsWith(at + ": ") ? e.getMessage().substring(at.length() + 2) : e.getMessage();
        Placed placed = new Placed(e, message, owner.doc().where() == null ? owner.name() + "." + field + ": " + text
                : message);
        for (Throwable beside : e.getSuppressed()) { // the property's other errors (of its other annotations)
            if (beside instanceof OpctlException other) {
                placed.addSuppressed(placed(other, at, owner, field));
            }
        }
        return placed;
    }

    /** What to do about {@code field} of {@code owner}, a class of the class path: a swap on the resource class. */
    static String swap(TypeDeclaration owner, String field) {
        return String.format("%s is a class of the class path, not yours to change: instead, @SchemaSwap(originalType "
                + "= %s.class, fieldName = \"%s\", targetType = T.class) on the resource class gives the property T's "
                + "schema (without targetType, none: it is dropped)", owner.simpleName(), owner.name(), field);
    }

    /** An error as the property nearest to it has it ({@link #placed}), and what makes it one with another. */
    private static final class Placed extends OpctlException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Placed(OpctlException e, String message, String key) {
            super(e.exitCode(), message, e.getCause());
            this.key = key;
        }
    }

    /**
     * An error about a type of the class path, placed at the type's name until the property that uses it
     * places it in the sources ({@link #at}): {@code Spec.java:5: field 'holder', Holder.child: ...}.
     */
    static final class Unplaced extends OpctlException {
        private static final long serialVersionUID = 1L;
        private final String text;

        Unplaced(String type, String text) {
            super(ExitCode.INVALID_INPUT, type + ": " + text);
            this.text = text;
        }

        /** The error placed {@code where}. */
        OpctlException at(String where) {
            return OpctlException.invalidInput(where + ": " + text);
        }
    }

    /** The JDK's packages whose classes a field's type most often names, for a name not imported. */
    private static final List<String> COMMON_JDK_PACKAGES = List.of("java.util.", "java.time.", "java.math.",
            "java.net.", "java.util.concurrent.", "java.nio.file.");

    /** A type of a field opctl has no schema for. */
    static OpctlException unmappable(TypeUse type, String where) {
        return unmappable(type, where, simpleName -> List.of(), name -> Optional.empty());
    }

    /**
     * {@link #unmappable(TypeUse, String)}, with the types of the sources of a simple name ({@code declaring})
     * and the JDK's class files ({@code jdk}).
     */
    static OpctlException unmappable(TypeUse type, String where, Function<String, List<String>> declaring,
            Function<String, Optional<TypeDeclaration>> jdk) {
        if (type instanceof TypeUse.Named named && named.problem() != null) { // its name, which resolved to none
            return OpctlException.invalidInput(where + ": " + named.problem());
        }
        if (type instanceof TypeUse.Named named && JdkClasses.declares(named.name())
                && JdkSuperclasses.exception(named.name(), jdk)) {
            return OpctlException.invalidInput(String.format("%s: %s is an exception: Jackson writes its message, "
                    + "stack trace and cause, which have no CRD schema (fabric8 refuses it too); hold what you need of "
                    + "it in fields of your own, its message as a String, or leave it out of the JSON with @JsonIgnore",
                    where, named.asWritten()));
        }
        if (type instanceof TypeUse.Named named && JdkClasses.declares(named.name())) {
            return OpctlException.invalidInput(String.format("%s: opctl does not map the JDK class %s to a schema"
                    + MAPS + FROM, where, named.asWritten()));
        }
        if (type instanceof TypeUse.Named named && named.name().startsWith(KnownTypes.KUBERNETES_MODEL)) {
            // Generic ones (DefaultKubernetesResourceList<T>) are not in the catalog, nor are newer fabric8's.
            return OpctlException.invalidInput(String.format("%s: opctl's catalog of the Kubernetes model of fabric8 "
                    + "%s has no schema of %s; add fabric8's model jars to --classpath (kubernetes-model-core and "
                    + "kubernetes-model-common; in a project they come with its Maven dependencies)" + FROM, where,
                    KubernetesCatalog.get().fabric8Version(), written(named)));
        }
        // A simple name that resolved to nothing: a class of the sources or the JDK not imported (javac refuses it too).
        if (type instanceof TypeUse.Named simple && !simple.name().contains(".")) {
            List<String> ofSources = declaring.apply(simple.name());
            if (!ofSources.isEmpty()) {
                return OpctlException.invalidInput(String.format("%s: %s names no type of the file's package or its "
                        + "imports (javac refuses it too); import %s", where, simple.asWritten(),
                        String.join(" or ", ofSources)));
            }
            for (String jdkPackage : COMMON_JDK_PACKAGES) {
                if (JdkClasses.declares(jdkPackage + simple.name())) {
                    return OpctlException.invalidInput(String.format("%s: %s names no type of the file's package or "
                            + "its imports (javac refuses it too); import %s", where, simple.asWritten(),
                            jdkPackage + simple.name()));
                }
            }
        }
        return OpctlException.invalidInput(String.format("%s: opctl cannot map type %s to a schema (it is not "
                + "declared in the sources or on the class path, not a JDK type opctl knows and not a Kubernetes "
                + "model class of fabric8 %s)" + ADD + FROM, where,
                type instanceof TypeUse.Named named ? written(named) : type, KubernetesCatalog.get().fabric8Version()));
    }

    /** The type as written, with the name it resolved to when that says more ({@code Money (org.acme.Money)}). */
    private static String written(TypeUse.Named type) {
        String written = type.asWritten();
        String simple = written.replaceFirst("<.*", "");
        return simple.equals(type.name()) || !type.name().contains(".") ? written : written + " (" + type.name() + ")";
    }
}
