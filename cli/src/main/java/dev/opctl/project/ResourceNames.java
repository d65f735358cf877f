package dev.opctl.project;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import dev.opctl.project.ProjectFile.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names a new kind takes in a project, checked against the kinds already there before anything
 * is planned: its classes must not be another kind's classes, and its CRD names (plural, singular,
 * short names, categories) must be ones the API server accepts ({@code NamesAccepted}) and kubectl
 * can tell apart.
 */
public final class ResourceNames {
    /** The longest CRD name, {@code PLURAL.GROUP}: a DNS subdomain. */
    private static final int MAX_CRD_NAME = 253;
    /** What opctl appends to a kind's name for the classes it generates (api and controller packages). */
    private static final List<String> API_CLASS_SUFFIXES = List.of("", "Spec", "Status", "Reconciler",
            "ReconcilerTest", "Deployment", "StatefulSet", "Service");
    private static final List<String> BUILT_IN_CLASS_SUFFIXES = List.of("Reconciler", "ReconcilerTest");

    private ResourceNames() {
    }

    /**
     * Checks that {@code kind}, to be added in {@code group}, has classes of its own: none of the
     * names opctl generates for it (KIND, KINDSpec, KINDStatus, KINDReconciler, ...) is a name it
     * generates for another kind of the project. Versions of one kind share names and are fine.
     *
     * @throws OpctlException (invalid input) naming the class and the kind it belongs to
     */
    public static void requireOwnClasses(ProjectFile project, String group, String kind) {
        List<String> mine = classes(kind, API_CLASS_SUFFIXES);
        for (Resource other : project.resources()) {
            if (other.kind().equals(kind)) {
                continue;
            }
            List<String> theirs = classes(other.kind(), other.api() ? API_CLASS_SUFFIXES : BUILT_IN_CLASS_SUFFIXES);
            Optional<String> clash = mine.stream().filter(theirs::contains).findFirst();
            if (clash.isPresent()) {
                throw OpctlException.invalidInput(String.format("invalid kind '%s': opctl generates a class %s for "
                        + "kind %s (%s), and %s would need one of that name; choose another kind name", kind,
                        clash.get(), other.kind(), other.apiVersion(), kind));
            }
        }
    }

    /**
     * Checks the CRD names of {@code kind} in {@code group}: the plural, short names and categories
     * are DNS-1035 labels, none empty or repeated, the CRD name {@code PLURAL.GROUP} fits 253
     * characters, no short name is the plural, singular or a short name of another kind of the
     * project (or of this kind), and neither plural nor singular is a name of another kind in the
     * same group.
     */
    public static void requireFreeNames(ProjectFile project, String group, String kind, String plural,
            List<String> shortNames, List<String> categories) {
        Names.requireDns1035Label("plural", plural);
        String singular = kind.toLowerCase(Locale.ROOT);
        if (plural.length() + 1 + group.length() > MAX_CRD_NAME) {
            throw OpctlException.invalidInput(String.format("invalid plural '%s': the CRD name %s.%s would be "
                    + "longer than the %d characters Kubernetes allows; choose a shorter plural or group", plural,
                    plural, group, MAX_CRD_NAME));
        }
        requireEach("short name", shortNames);
        requireEach("category", categories);
        for (String shortName : shortNames) {
            if (shortName.equals(plural) || shortName.equals(singular)) {
                throw OpctlException.invalidInput(String.format("invalid short name '%s': it is already the %s of "
                        + "%s; a short name is another, shorter name", shortName, shortName.equals(plural)
                        ? "plural" : "singular", kind));
            }
        }
        for (Resource other : project.resources()) {
            if (!other.api() || other.group().equals(group) && other.kind().equals(kind)) {
                continue;
            }
            for (String shortName : shortNames) {
                clash("short name", shortName, other);
            }
            if (other.group().equals(group)) {
                clash("plural", plural, other);
                clash("singular (the kind in lower case)", singular, other);
                // A kind is taken by another's list kind too (KindConflict, ListKindConflict).
                if (kind.equals(other.kind() + "List") || other.kind().equals(kind + "List")) {
                    throw OpctlException.invalidInput(String.format("invalid kind '%s': %s kind %s (%s), and the "
                            + "API server refuses CRDs of a group whose kinds and list kinds clash (NamesAccepted=False); "
                            + "choose another", kind, kind.equals(other.kind() + "List") ? "it is the list kind of"
                            : "its list kind, " + kind + "List, is", other.kind(), other.apiVersion()));
                }
            }
        }
    }

    private static void requireEach(String what, List<String> values) {
        List<String> seen = new ArrayList<>();
        for (String value : values) {
            Names.requireDns1035Label(what, value);
            if (seen.contains(value)) {
                throw OpctlException.invalidInput(String.format("invalid %s '%s': it is given twice; give each "
                        + "once", what, value));
            }
            seen.add(value);
        }
    }

    private static void clash(String what, String name, Resource other) {
        String taken = name.equals(other.plural()) ? "plural"
                : name.equals(other.kind().toLowerCase(Locale.ROOT)) ? "singular"
                : other.shortNames().contains(name) ? "short name" : null;
        if (taken != null) {
            throw OpctlException.invalidInput(String.format("invalid %s '%s': it is the %s of kind %s (%s), and the "
                    + "API server refuses CRDs whose names clash (NamesAccepted=False) as kubectl cannot tell them "
                    + "apart; choose another", what, name, taken, other.kind(), other.apiVersion()));
        }
    }

    private static List<String> classes(String kind, List<String> suffixes) {
        return suffixes.stream().map(suffix -> kind + suffix).toList();
    }
}
