package dev.opctl.crd;

import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes of one CRD, one a version, checked as the API server would check the CRD: they agree on
 * what it has once, each version once, exactly one stored; in Kubernetes' version order.
 *
 * @param sorted the versions by Kubernetes priority
 * @param storage the storage version, whose categories, labels and annotations the CRD takes
 */
record CrdVersionSet(List<CustomResourceType> sorted, CustomResourceType storage) {
    private static final Pattern KUBE_VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");
    /** What a CRD has once, for all its versions, which they must agree on. */
    private static final Map<String, Function<CustomResourceType, Object>> SHARED = new LinkedHashMap<>();
    /** What a CRD has once and takes from its storage version, which the others had better agree on. */
    private static final Map<String, Function<CustomResourceType, Object>> FROM_STORAGE = new LinkedHashMap<>();

    static {
        SHARED.put("kind", CustomResourceType::kind);
        SHARED.put("scope", t -> t.namespaced() ? "Namespaced" : "Cluster");
        SHARED.put("singular", CustomResourceType::singular);
        SHARED.put("short names", CustomResourceType::shortNames);
        FROM_STORAGE.put("categories", CustomResourceType::categories);
        FROM_STORAGE.put("labels", CustomResourceType::labels);
        FROM_STORAGE.put("annotations", CustomResourceType::annotations);
    }

    /**
     * The versions of one CRD, checked.
     *
     * @throws OpctlException (invalid input) naming the classes that disagree, define one version twice, or
     *     leave the CRD with no storage version or several
     */
    static CrdVersionSet of(List<CustomResourceType> versions, SourceIndex index) {
        CustomResourceType first = versions.get(0);
        for (CustomResourceType other : versions) {
            SHARED.forEach((what, of) -> {
                if (!of.apply(other).equals(of.apply(first))) {
                    throw OpctlException.invalidInput(String.format("%s and %s both define CRD %s but disagree on "
                            + "its %s (%s, %s); make them the same", index.location(first.declaration()),
                            index.location(other.declaration()), first.crdName(), what, of.apply(first),
                            of.apply(other)));
                }
            });
        }
        List<CustomResourceType> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(CustomResourceType::version, CrdVersionSet::byPriority));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version().equals(sorted.get(i - 1).version())) {
                throw OpctlException.invalidInput(String.format("%s and %s both define version %s of CRD %s; a CRD "
                        + "has each version once: change one's @Version or @Kind, or leave it out of --sources",
                        index.location(sorted.get(i - 1).declaration()), index.location(sorted.get(i).declaration()),
                        sorted.get(i).version(), first.crdName()));
            }
        }
        List<CustomResourceType> stored = sorted.stream().filter(CustomResourceType::storage).toList();
        if (stored.size() != 1) {
            String named = String.join(", ", (stored.isEmpty() ? sorted : stored).stream()
                    .map(t -> t.version() + " (" + index.location(t.declaration()) + ")").toList());
            throw OpctlException.invalidInput(stored.isEmpty()
                    ? String.format("CRD %s has no storage version: %s %s @Version(storage = false); drop "
                            + "storage = false on the one the API server stores", first.crdName(), named,
                            sorted.size() == 1 ? "says" : "all say")
                    : String.format("CRD %s has %d storage versions: %s; the API server stores one: write "
                            + "@Version(value = \"...\", storage = false) on the others", first.crdName(),
                            stored.size(), named));
        }
        return new CrdVersionSet(List.copyOf(sorted), stored.get(0));
    }

    /**
     * Where a version of a CRD has other categories, labels or annotations than its storage version,
     * whose the CRD takes (fabric8 takes those of the version it read first): a warning each, not an
     * error, as a version {@code add api} adds has none of those a user wrote on the first.
     */
    static List<String> metadataWarnings(List<CustomResourceType> versions, SourceIndex index) {
        List<CustomResourceType> stored = versions.stream().filter(CustomResourceType::storage).toList();
        List<String> said = new ArrayList<>();
        if (stored.size() != 1) {
            return said; // an error of its own
        }
        CustomResourceType storage = stored.get(0);
        for (CustomResourceType other : versions) {
            FROM_STORAGE.forEach((what, of) -> {
                if (!of.apply(other).equals(of.apply(storage))) {
                    said.add(String.format("%s: version %s of CRD %s has other %s than its storage version %s (%s): "
                            + "%s, %s; the CRD takes the storage version's: make them the same",
                            index.location(other.declaration()), other.version(), other.crdName(), what,
                            storage.version(), index.location(storage.declaration()), of.apply(other),
                            of.apply(storage)));
                }
            });
        }
        return said;
    }

    /**
     * Kubernetes version priority: GA before beta before alpha, higher numbers first; versions that
     * do not look like Kubernetes versions last, alphabetically.
     */
    static int byPriority(String a, String b) {
        Matcher ma = KUBE_VERSION.matcher(a);
        Matcher mb = KUBE_VERSION.matcher(b);
        boolean ka = ma.matches();
        boolean kb = mb.matches();
        if (!ka || !kb) {
            return ka == kb ? a.compareTo(b) : ka ? -1 : 1;
        }
        int stability = Integer.compare(stability(mb.group(2)), stability(ma.group(2)));
        if (stability != 0) {
            return stability;
        }
        int major = Integer.compare(Integer.parseInt(mb.group(1)), Integer.parseInt(ma.group(1)));
        if (major != 0 || ma.group(3) == null) {
            return major;
        }
        return Integer.compare(Integer.parseInt(mb.group(3)), Integer.parseInt(ma.group(3)));
    }

    private static int stability(String qualifier) {
        return qualifier == null ? 2 : qualifier.equals("beta") ? 1 : 0;
    }
}
