package dev.opctl.rbac;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The permissions a role grants, built up from every source of them, then written once as sorted rules. */
final class Grants {
    private final Map<String, Map<String, TreeSet<String>>> byGroup = new TreeMap<>();

    /** Grants {@code verbs} on {@code resource} (e.g. {@code stores/status}) of API group {@code group}. */
    void add(String group, String resource, List<String> verbs) {
        byGroup.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(resource, r -> new TreeSet<>())
                .addAll(verbs);
    }

    /** Adds the rules to {@code rules}: one per group and set of verbs, as controller-gen writes them. */
    void writeTo(ArrayNode rules) {
        byGroup.forEach((group, resources) -> {
            Map<String, List<String>> byVerbs = new TreeMap<>();
            resources.forEach((resource, verbs) -> byVerbs.computeIfAbsent(String.join(";", verbs),
                    k -> new ArrayList<>()).add(resource));
            byVerbs.forEach((verbs, names) -> {
                var rule = rules.addObject();
                rule.putArray("apiGroups").add(group);
                ArrayNode list = rule.putArray("resources");
                names.forEach(list::add);
                ArrayNode verbList = rule.putArray("verbs");
                for (String verb : verbs.split(";")) {
                    verbList.add(verb);
                }
            });
        });
    }
}
