package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import dev.opctl.engine.OpctlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An {@code +opctl:rbac} marker of the sources, checked: the values of its keys
 * ({@code groups=apps,resources=deployments,verbs=get;list}, the group {@code core} read as the
 * core group's {@code ""}), and where it is written ({@code File.java:12}). Read once, for the
 * rules it grants and for the calls it answers ({@link MarkedCalls}).
 */
record RbacMarker(String text, String location, Map<String, List<String>> values) {
    private static final String PREFIX = "opctl:rbac:";
    /** The verbs of Kubernetes' API servers on resources: the usual ones, then those of RBAC, policy and CSRs. */
    private static final Set<String> VERBS = Set.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection", "bind", "escalate", "impersonate", "use", "approve", "sign");
    /** The verbs on non-resource URLs: the HTTP method's, lower-case. */
    private static final Set<String> URL_VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Set<String> RESOURCE_KEYS = Set.of("groups", "resources", "verbs");
    private static final Set<String> NAMED_KEYS = Set.of("groups", "resources", "verbs", "resourceNames");
    private static final Set<String> URL_KEYS = Set.of("urls", "verbs");
    /** A resource as the API server names it: a lower-case plural, perhaps with a subresource (pods/log). */
    private static final Pattern RESOURCE = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(/[a-z0-9]([-a-z0-9]*[a-z0-9])?)?");
    /** An API group: a lower-case DNS subdomain (the core group is read as ""). */
    private static final Pattern GROUP = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    /**
     * The {@code +opctl:rbac} markers of {@code model}, in its order.
     *
     * @throws OpctlException for a marker that is not one (its file and line, and what to write)
     */
    static List<RbacMarker> of(SourceModel model) {
        List<RbacMarker> found = new ArrayList<>();
        for (SourceModel.Marker m : model.markers()) {
            String name = m.marker().name();
            if (name.startsWith(PREFIX)) {
                String value = m.marker().value();
                found.add(parse(name.substring(PREFIX.length()) + (value == null ? "" : "=" + value), m.location()));
            }
        }
        return found;
    }

    /** The marker {@code +opctl:rbac:TEXT} at {@code location}, checked. */
    static RbacMarker parse(String text, String location) {
        Map<String, List<String>> values = new TreeMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw invalid(location, text, "write key=value pairs separated by commas");
            }
            String key = pair.substring(0, eq).strip();
            List<String> items = new ArrayList<>();
            for (String written : pair.substring(eq + 1).strip().split(";", -1)) {
                if (written.isBlank() && !pair.substring(eq + 1).isBlank()) { // groups=apps; (but groups="" is core)
                    throw invalid(location, text, "'" + key + "' has an empty value: a ';' too many?");
                }
                String item = written.replace("\"", "").strip();
                items.add(key.equals("groups") && item.equals("core") ? "" : item);
            }
            if (values.put(key, List.copyOf(items)) != null) {
                throw invalid(location, text, "'" + key + "' is given twice: separate several values with ';'");
            }
        }
        RbacMarker marker = new RbacMarker(text, location, values);
        if (marker.urls()) {
            marker.checkUrls();
        } else {
            marker.checkResources();
        }
        return marker;
    }

    /** Whether it grants verbs on non-resource URLs ({@code urls=/metrics,verbs=get}). */
    boolean urls() {
        return values.keySet().equals(URL_KEYS);
    }

    /** The values of {@code key}; none for a key it does not have. */
    List<String> get(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** Whether it grants on {@code kind}: names its group, and its resource or one of its subresources. */
    boolean names(Kinds.Kind kind) {
        return get("groups").contains(kind.group()) && get("resources").stream()
                .anyMatch(r -> r.equals(kind.plural()) || r.startsWith(kind.plural() + "/"));
    }

    private void checkResources() {
        if (!values.keySet().equals(RESOURCE_KEYS) && !values.keySet().equals(NAMED_KEYS)) {
            throw invalid("give groups=..., resources=... and verbs=..., and resourceNames=... to "
                    + "limit them to objects of those names; or urls=... and verbs=...");
        }
        for (String verb : get("verbs")) {
            if (!VERBS.contains(verb)) {
                throw invalid("verb '" + verb + "' is not one of " + new TreeSet<>(VERBS)
                        + (verb.equals("*") ? "; opctl never grants '*': list the verbs the controller needs" : ""));
            }
        }
        for (String resource : get("resources")) {
            if (resource.isEmpty() || resource.contains("*")) {
                throw invalid("name each resource, e.g. resources=deployments; opctl never grants '*'");
            }
            if (!RESOURCE.matcher(resource).matches()) {
                throw invalid("'" + resource + "' is not a resource's name: the API server names resources in lower "
                        + "case, as plurals (resources=deployments;pods/log), and RBAC compares them as written");
            }
        }
        // A signer's name may end in /* (example.com/*): the API server asks for that one too, for every signer
        // of the domain.
        boolean signers = get("resources").stream().allMatch(r -> r.equals("signers"))
                && get("groups").stream().allMatch(g -> g.equals("certificates.k8s.io"));
        for (String name : get("resourceNames")) {
            if (name.isEmpty() || name.contains("*") && !(signers && name.matches("[^*/]+/\\*"))) {
                throw invalid("give each resource name in full, e.g. resourceNames=my-config; opctl never grants '*'");
            }
        }
        for (String group : get("groups")) {
            if (group.contains("*")) {
                throw invalid("name each API group; opctl never grants '*'");
            }
            if (!group.isEmpty() && !GROUP.matcher(group).matches()) {
                throw invalid("'" + group + "' is not an API group's name: groups are lower-case DNS names "
                        + "(groups=apps;example.com, core for the core group), and RBAC compares them as written");
            }
        }
    }

    private void checkUrls() {
        for (String verb : get("verbs")) {
            if (!URL_VERBS.contains(verb)) {
                throw invalid("verb '" + verb + "' on a URL is not one of " + new TreeSet<>(URL_VERBS));
            }
        }
        for (String url : get("urls")) {
            if (!url.startsWith("/") || url.indexOf('*') >= 0 && url.indexOf('*') != url.length() - 1) {
                throw invalid("a URL is a path such as /metrics, with '*' only at its end (/healthz/*)");
            }
        }
    }

    private OpctlException invalid(String hint) {
        return invalid(location, text, hint);
    }

    private static OpctlException invalid(String location, String text, String hint) {
        return OpctlException.invalidInput(String.format("%s: invalid marker '+opctl:rbac:%s': %s", location, text,
                hint));
    }
}
