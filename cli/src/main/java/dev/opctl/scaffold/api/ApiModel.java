package dev.opctl.scaffold.api;

import dev.opctl.project.ProjectFile.Resource;
import dev.opctl.scaffold.ProjectModel;
import java.util.Objects;

/**
 * What {@code opctl add api} generates a kind from.
 *
 * @param project the project
 * @param resource the kind as the {@code PROJECT} file records it, with its short names and categories
 * @param explicitPlural whether the plural was given rather than derived (then the class names it)
 * @param storage whether this version is the storage version
 * @param workload what a workload controller runs for each resource; null for a plain kind
 */
public record ApiModel(ProjectModel project, Resource resource, boolean explicitPlural, boolean storage,
        Workload workload) {
    public ApiModel {
        Objects.requireNonNull(project, "project == null");
        Objects.requireNonNull(resource, "resource == null");
    }

    /** The kind, e.g. {@code Memcached}. */
    public String kind() {
        return resource.kind();
    }

    /** The package of the kind's classes. */
    public String javaPackage() {
        return resource.javaPackage();
    }
}
