package dev.opctl.rbac;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The permissions a role grants, built up from every source of them, then written once as sorted rules. */
final class Grants {
    /** By API group, then by the names the rules are limited to ({@code ""} for none), resource and verbs. */
    private final Map<String, Map<String, Map<String, TreeSet<String>>>> byGroup = new TreeMap<>();
    private final Map<String, TreeSet<String>> byUrl = new TreeMap<>();

    /** Grants {@code verbs} on {@code resource} (e.g. {@code stores/status}) of API group {@code group}. */
    void add(String group, String resource, List<String> verbs) {
        add(group, resource, List.of(), verbs);
    }

    /**
     * Grants {@code verbs} on the objects named {@code names} of {@code resource} in API group
     * {@code group}; on every object where {@code names} is empty.
     */
    void add(String group, String resource, List<String> names, List<String> verbs) {
        byGroup.computeIfAbsent(group, g -> new TreeMap<>())
                .computeIfAbsent(String.join(";", new TreeSet<>(names)), n -> new TreeMap<>())
                .computeIfAbsent(resource, r -> new TreeSet<>()).addAll(verbs);
    }

    /** The verbs granted on {@code resource} of API group {@code group}, on every object or on some. */
    Set<String> verbs(String group, String resource) {
        Set<String> verbs = new TreeSet<>();
        byGroup.getOrDefault(group, Map.of()).values().forEach(byResource ->
                verbs.addAll(byResource.getOrDefault(resource, new TreeSet<>())));
        return verbs;
    }

    /** Whether every permission {@code other} grants is granted here too, on the same objects or on every one. */
    boolean covers(Grants other) {
        return other.byGroup.entrySet().stream().allMatch(group -> group.getValue().entrySet().stream().allMatch(
                names -> names.getValue().entrySet().stream().allMatch(resource -> {
                    Map<String, Map<String, TreeSet<String>>> here = byGroup.getOrDefault(group.getKey(), Map.of());
                    Set<String> verbs = new TreeSet<>(here.getOrDefault("", Map.of()).getOrDefault(resource.getKey(),
                            new TreeSet<>()));
                    verbs.addAll(here.getOrDefault(names.getKey(), Map.of()).getOrDefault(resource.getKey(),
                            new TreeSet<>()));
                    return verbs.containsAll(resource.getValue());
                })))
                && other.byUrl.entrySet().stream().allMatch(url -> byUrl.getOrDefault(url.getKey(), new TreeSet<>())
                        .containsAll(url.getValue()));
    }

    /** Grants {@code verbs} on the non-resource URL {@code url} ({@code /metrics}, {@code /healthz/*}). */
    void addUrl(String url, List<String> verbs) {
        byUrl.computeIfAbsent(url, u -> new TreeSet<>()).addAll(verbs);
    }

    /**
     * Adds the rules to {@code rules}, as controller-gen writes them: one per API group, set of
     * resource names and set of verbs; then one per set of verbs on non-resource URLs.
     */
    void writeTo(ArrayNode rules) {
        byGroup.forEach((group, byNames) -> byNames.forEach((names, resources) ->
                byVerbs(resources).forEach((verbs, resourceList) -> {
                    var rule = rules.addObject();
                    rule.putArray("apiGroups").add(group);
                    if (!names.isEmpty()) {
                        addAll(rule.putArray("resourceNames"), names);
                    }
                    resourceList.forEach(rule.putArray("resources")::add);
                    addAll(rule.putArray("verbs"), verbs);
                })));
        byVerbs(byUrl).forEach((verbs, urls) -> {
            var rule = rules.addObject();
            urls.forEach(rule.putArray("nonResourceURLs")::add);
            addAll(rule.putArray("verbs"), verbs);
        });
    }

    /** The rules on resources, each as the marker that grants it: {@code groups=core,resources=pods,verbs=get}. */
    List<String> markers() {
        List<String> markers = new ArrayList<>();
        byGroup.forEach((group, byNames) -> byNames.forEach((names, resources) ->
                byVerbs(resources).forEach((verbs, resourceList) -> markers.add("groups=" + (group.isEmpty() ? "core"
                        : group) + ",resources=" + String.join(";", resourceList) + ",verbs=" + verbs
                        + (names.isEmpty() ? "" : ",resourceNames=" + names)))));
        return markers;
    }

    /** The keys of {@code verbsByKey}, grouped by their verbs (joined by {@code ;}). */
    private static Map<String, List<String>> byVerbs(Map<String, TreeSet<String>> verbsByKey) {
        Map<String, List<String>> byVerbs = new TreeMap<>();
        verbsByKey.forEach((key, verbs) -> byVerbs.computeIfAbsent(String.join(";", verbs), k -> new ArrayList<>())
                .add(key));
        return byVerbs;
    }

    private static void addAll(ArrayNode array, String joined) {
        for (String item : joined.split(";")) {
            array.add(item);
        }
    }
}
