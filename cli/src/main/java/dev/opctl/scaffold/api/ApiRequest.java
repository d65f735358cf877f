package dev.opctl.scaffold.api;

import dev.opctl.engine.OpctlException;
import dev.opctl.naming.Names;
import dev.opctl.naming.Pluralizer;
import dev.opctl.project.GroupVersionKind;
import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.project.ProjectFile;
import dev.opctl.project.ResourceNames;
import dev.opctl.project.Scope;
import dev.opctl.scaffold.ProjectModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code opctl add api} is asked for, as the command line gives it, and the rules that make it
 * a kind of the project: the full group and the package, the names every version of a kind shares,
 * and which version is stored.
 *
 * @param group the group: a name joined to the domain, or a full group with dots
 * @param domain the domain to join the group to instead of the project's, or {@code null}
 * @param version the version, e.g. {@code v1alpha1}
 * @param kind the kind, e.g. {@code Memcached}
 * @param plural the resource name, or {@code null} for the English plural of the kind
 * @param scope where objects of the kind live
 * @param shortNames short names for kubectl, or {@code null} to keep those of the kind's other versions
 * @param categories categories, none to keep those of the kind's other versions
 * @param controller whether a controller comes with it
 * @param storage whether this version becomes the storage version of the kind
 * @param workload what a workload controller runs, or {@code null}
 */
public record ApiRequest(String group, String domain, String version, String kind, String plural,
        Scope scope, List<String> shortNames, List<String> categories, boolean controller, boolean storage,
        Workload workload) {
    public ApiRequest {
        Objects.requireNonNull(group, "group == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(scope, "scope == null");
        categories = List.copyOf(categories);
    }

    /**
     * The kind as {@code project} will record it, or an error (exit code 2) naming the rule the
     * request breaks.
     */
    public ApiModel resolve(ProjectFile project) {
        Names.requireKind(kind);
        Names.requireApiVersion(version);
        String fullGroup = fullGroup(project);
        ResourceNames.requireOwnClasses(project, fullGroup, kind);
        List<Resource> versions = otherVersions(project, fullGroup);
        // A new version takes the plural of the others (recorded when they were added), unless told.
        String resourceName = plural != null ? Names.requireDns1035Label("plural", plural)
                : versions.isEmpty() ? Pluralizer.plural(kind) : versions.get(0).plural();
        List<String> names = shortNames == null ? List.of() : shortNames;
        List<String> cats = categories;
        if (!versions.isEmpty()) {
            // Versions of a kind share one CRD: the new one takes the names of the others unless told.
            Resource other = versions.get(0);
            names = shortNames != null ? names : other.shortNames();
            cats = categories.isEmpty() ? other.categories() : cats;
            if (other.scope() != scope || !other.plural().equals(resourceName)
                    || !other.shortNames().equals(names) || !other.categories().equals(cats)) {
                throw OpctlException.invalidInput(String.format("%s %s is %s with plural %s, short names %s and "
                        + "categories %s; a new version of it must keep them", kind, other.apiVersion(),
                        other.scope(), other.plural(), other.shortNames(),
                        other.categories()));
            }
        }
        ResourceNames.requireFreeNames(project, fullGroup, kind, resourceName, names, cats);
        // One storage version per kind: the first added, until --storage moves it to another.
        Optional<String> storedAs = project.storageVersion(fullGroup, kind);
        if (storage && project.hasConversion(fullGroup, kind) && !storedAs.orElse(version).equals(version)) {
            throw OpctlException.invalidInput(String.format("%s converts through its storage version %s (the hub of "
                    + "its conversion webhook); --storage cannot move it, as every converter is written against it",
                    kind, storedAs.get()));
        }
        boolean stored = storage || storedAs.isEmpty() || storedAs.get().equals(version);
        String javaPackage = project.javaPackage() + ".api." + packageSegments(fullGroup, project) + "." + version;
        requireOwnFiles(project, fullGroup, javaPackage);
        boolean controlled = controller || workload != null || project.resources(fullGroup, kind).stream()
                .anyMatch(r -> r.version().equals(version) && r.controller());
        Resource resource = Resource.api(new GroupVersionKind(fullGroup, version, kind), resourceName, scope,
                javaPackage)
                .withNames(names, cats).withStorage(stored);
        resource = controlled ? resource.withController() : resource;
        return new ApiModel(ProjectModel.of(project), resource, plural != null, stored, workload);
    }

    /** The version that loses its storage flag to this one: with {@code --storage}, the one stored so far. */
    public List<Resource> demoted(ProjectFile project, ApiModel api) {
        Optional<String> storedAs = project.storageVersion(api.resource().group(), kind);
        return storage ? otherVersions(project, api.resource().group()).stream()
                .filter(r -> storedAs.isPresent() && r.version().equals(storedAs.get())).toList() : List.of();
    }

    private List<Resource> otherVersions(ProjectFile project, String fullGroup) {
        return project.resources(fullGroup, kind).stream().filter(Resource::api)
                .filter(r -> !r.version().equals(version)).toList();
    }

    private String fullGroup(ProjectFile project) {
        if (group.equals("core") || group.isEmpty()) {
            throw OpctlException.invalidInput("the core group is Kubernetes' own; give your API a group, e.g. "
                    + "--group apps (joined to the domain)");
        }
        String full = group.contains(".") ? group
                : group + "." + (domain != null ? Names.requireDnsSubdomain("domain", domain) : project.domain());
        return Names.requireDnsSubdomain("API group", full);
    }

    /**
     * Refuses the kind when its files would be another group's kind's of the same name and version: its
     * classes, where two groups take one package (a.b.c and c.b.a.DOMAIN), or its sample, named after the
     * group's first label (cache.example.com and cache.other.io).
     */
    private void requireOwnFiles(ProjectFile project, String fullGroup, String javaPackage) {
        String sample = AddApi.samplePath(fullGroup, version, kind);
        for (Resource other : project.resources()) {
            if (!other.api() || !other.kind().equals(kind) || !other.version().equals(version)
                    || other.group().equals(fullGroup)) {
                continue;
            }
            String mine = javaPackage.equals(other.javaPackage()) ? "classes (package " + javaPackage + ")"
                    : AddApi.samplePath(other.group(), version, kind).equals(sample) ? "sample (" + sample + ")" : null;
            if (mine != null) {
                throw OpctlException.invalidInput(String.format("%s %s/%s would take the %s of %s (%s); choose "
                        + "another group or kind", kind, fullGroup, version, mine, other.kind(), other.apiVersion()));
            }
        }
    }

    /** The package segments of a group: the part before the project's domain, or the whole group reversed. */
    private static String packageSegments(String group, ProjectFile project) {
        List<String> labels = new ArrayList<>();
        String suffix = "." + project.domain();
        if (group.endsWith(suffix)) {
            labels.addAll(List.of(group.substring(0, group.length() - suffix.length()).split("\\.")));
        } else {
            List<String> parts = new ArrayList<>(List.of(group.split("\\.")));
            Collections.reverse(parts);
            labels.addAll(parts);
        }
        return String.join(".", labels.stream().map(Names::packageSegment).toList());
    }
}
