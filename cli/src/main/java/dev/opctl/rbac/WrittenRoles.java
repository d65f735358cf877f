package dev.opctl.rbac;

import dev.opctl.crd.SourceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of the Roles and ClusterRoles the code writes, and the kinds of the roles its bindings refer to. The API
 * server takes a role, or a binding of one, only from one that holds every permission the role grants (or may
 * {@code escalate}, {@code bind} it): where opctl reads every rule, the operator is granted them (Debezium's
 * operator writes a Role that reads Secrets and ConfigMaps, per resource: trial40 M1).
 */
final class WrittenRoles {
    private static final String RBAC = "io.fabric8.kubernetes.api.model.rbac.";
    /** The calls of fabric8's {@code PolicyRuleBuilder} (and a role builder's nested rule) that fill a rule. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("withApiGroups", "groups"),
            Map.entry("addToApiGroups", "groups"), Map.entry("withResources", "resources"),
            Map.entry("addToResources", "resources"), Map.entry("withVerbs", "verbs"), Map.entry("addToVerbs", "verbs"),
            Map.entry("withResourceNames", "names"), Map.entry("addToResourceNames", "names"),
            Map.entry("withNonResourceURLs", "urls"), Map.entry("addToNonResourceURLs", "urls"));

    /** A rule: the strings of each of its fields ({@link #FIELDS}' values). */
    record Rule(Map<String, List<String>> fields) {
        List<String> get(String field) {
            return fields.getOrDefault(field, List.of());
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<String> roleRefKinds = new ArrayList<>();
    private boolean unread;

    private WrittenRoles() {
    }

    /** Those of the types of {@code model}, whose calls {@code calls} gives. */
    static WrittenRoles read(SourceModel model, Function<String, List<SourceModel.Call>> calls) {
        WrittenRoles written = new WrittenRoles();
        for (String type : model.types().keySet()) {
            for (SourceModel.Call call : calls.apply(type)) {
                written.rule(call);
                written.roleRef(call);
            }
        }
        return written;
    }

    /** Reads the rule {@code call} ends: {@code new PolicyRuleBuilder()...build()}, {@code addNewRule()...endRule()}. */
    private void rule(SourceModel.Call call) {
        boolean built = call.method().equals("build");
        if (!built && !call.method().equals("endRule")) {
            return;
        }
        Map<String, List<String>> fields = new HashMap<>();
        boolean read = true;
        boolean named = true; // every resource name is a literal
        SourceModel.Call step = call.receiver();
        for (; step != null; step = step.receiver()) {
            if (built ? step.method().equals("new") : step.method().startsWith("addNewRule")) {
                break;
            }
            String field = FIELDS.get(step.method());
            boolean literals = step.arguments().stream().allMatch(a -> !a.strings().isEmpty());
            if (field != null && (literals || field.equals("names"))) { // a name told at run time: any name
                step.arguments().forEach(a -> fields.computeIfAbsent(field, f -> new ArrayList<>()).addAll(a.strings()));
                named &= literals;
            } else {
                read = false;
            }
        }
        boolean rule = step != null && (!built || step.target() != null && (step.target().equals(RBAC
                + "PolicyRuleBuilder") || step.target().equals("PolicyRuleBuilder")));
        if (rule) {
            if (!named) {
                fields.remove("names");
            }
            Rule written = new Rule(fields);
            rules.add(written);
            unread |= !read || written.get("verbs").isEmpty() || written.get("groups").isEmpty() != written
                    .get("resources").isEmpty();
        }
    }

    /**
     * Reads the kind of the role a binding refers to, where {@code call} names it: {@code withKind(k)} of a
     * {@code new RoleRefBuilder()} or of a binding's {@code withNewRoleRef()}, {@code withNewRoleRef(group, k, name)},
     * {@code new RoleRef(group, k, name)}.
     */
    private void roleRef(SourceModel.Call call) {
        int kind = -1;
        if (call.method().equals("withKind")) {
            for (SourceModel.Call step = call.receiver(); step != null; step = step.receiver()) {
                if (step.method().equals("withNewRoleRef") || step.method().equals("new") && step.target() != null
                        && step.target().endsWith("RoleRefBuilder")) {
                    kind = 0;
                    break;
                }
                if (step.method().startsWith("end") || step.method().equals("new")) {
                    break;
                }
            }
        } else if (call.arguments().size() == 3 && (call.method().equals("withNewRoleRef") || call.method()
                .equals("new") && call.target() != null && (call.target().equals(RBAC + "RoleRef")
                        || call.target().equals("RoleRef")))) {
            kind = 1;
        }
        if (kind >= 0) {
            List<String> strings = kind < call.arguments().size() ? call.arguments().get(kind).strings() : List.of();
            roleRefKinds.add(strings.size() == 1 ? strings.get(0) : null);
        }
    }

    /** Grants {@code grants} every rule read. */
    void grant(Grants grants) {
        for (Rule rule : rules) {
            List<String> verbs = rule.get("verbs");
            rule.get("urls").forEach(url -> grants.addUrl(url, verbs));
            for (String group : rule.get("groups")) {
                for (String resource : rule.get("resources")) {
                    grants.add(group, resource, rule.get("names"), verbs);
                }
            }
        }
    }

    /** Whether the code writes rules, and opctl read each one whole. */
    boolean read() {
        return !rules.isEmpty() && !unread;
    }

    /**
     * Whether each binding the code makes refers to a role of a kind it writes ({@code kinds}: Role, ClusterRole),
     * whose rules the operator then holds.
     */
    boolean bindsOwn(Set<String> kinds) {
        return read() && !roleRefKinds.isEmpty() && roleRefKinds.stream().allMatch(k -> k != null && kinds.contains(k));
    }
}
